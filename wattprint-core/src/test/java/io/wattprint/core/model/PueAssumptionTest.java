package io.wattprint.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.quantity.Pue;
import org.junit.jupiter.api.Test;

class PueAssumptionTest {

    @Test
    void notAppliedIsPueOneAndSaysWhy() {
        PueAssumption a = PueAssumption.notApplied();
        assertThat(a.pue()).isEqualTo(Pue.NONE);
        assertThat(a.basis()).isEqualTo("not applied (no facility, cloud region or --pue given; IT energy only)");
    }

    /** Issue 16 item 7: which stored bases mean "IT energy only" (no PUE known), and which do not. */
    @Test
    void aBasisSayingNoPueWasAppliedIsItEnergyOnly() {
        assertThat(PueAssumption.itEnergyOnly(PueAssumption.notApplied().basis())).isTrue();
        assertThat(PueAssumption.itEnergyOnly("not applied (the CodeCarbon file has no pue column; its energy is IT energy)")).isTrue();
        assertThat(PueAssumption.itEnergyOnly("given with --pue")).isFalse();
        assertThat(PueAssumption.itEnergyOnly("declared in the CodeCarbon file (column pue)")).isFalse();
        assertThat(PueAssumption.itEnergyOnly(null)).isFalse();
    }

    @Test
    void pueAndBasisAreRequired() {
        assertThatThrownBy(() -> new PueAssumption(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("pue");
        assertThatThrownBy(() -> new PueAssumption(Pue.of(1.1), null)).isInstanceOf(NullPointerException.class).hasMessage("basis");
    }
}
