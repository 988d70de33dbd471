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

    @Test
    void pueAndBasisAreRequired() {
        assertThatThrownBy(() -> new PueAssumption(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("pue");
        assertThatThrownBy(() -> new PueAssumption(Pue.of(1.1), null)).isInstanceOf(NullPointerException.class).hasMessage("basis");
    }
}
