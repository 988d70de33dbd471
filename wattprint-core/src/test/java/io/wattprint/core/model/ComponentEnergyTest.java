package io.wattprint.core.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.quantity.Energy;
import org.junit.jupiter.api.Test;

class ComponentEnergyTest {
    private static final Provenance P = new Provenance.Estimated("m");

    @Test
    void everyFieldIsRequired() {
        assertThatThrownBy(() -> new ComponentEnergy(null, P, Energy.ZERO)).isInstanceOf(NullPointerException.class).hasMessage("component");
        assertThatThrownBy(() -> new ComponentEnergy(Component.CPU, null, Energy.ZERO)).isInstanceOf(NullPointerException.class).hasMessage("provenance");
        assertThatThrownBy(() -> new ComponentEnergy(Component.CPU, P, null)).isInstanceOf(NullPointerException.class).hasMessage("energy");
    }
}
