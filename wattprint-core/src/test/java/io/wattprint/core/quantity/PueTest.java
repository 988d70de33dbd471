package io.wattprint.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PueTest {

    @Test
    void facilityEnergyIsItEnergyTimesPue() {
        assertThat(Pue.of(1.5).facilityEnergy(Energy.ofKilowattHours(10))).isEqualTo(Energy.ofKilowattHours(15));
    }

    @Test
    void noneLeavesItEnergyUnchanged() {
        assertThat(Pue.NONE.value()).isEqualTo(1.0);
        assertThat(Pue.NONE.facilityEnergy(Energy.ofJoules(123.25))).isEqualTo(Energy.ofJoules(123.25));
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0, 1.09, 1.58, 5.0})
    void acceptsValuesFromOneToFive(double v) {
        assertThat(Pue.of(v).value()).isEqualTo(v);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.99, 0, -1.2, 5.01, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsValuesOutsideOneToFive(double v) {
        assertThatThrownBy(() -> Pue.of(v)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PUE must be between 1.0 and 5.0, got " + v);
    }

    @Test
    void printsThreeDecimals() {
        assertThat(Pue.of(1.135)).hasToString("1.135");
        assertThat(Pue.of(1.1)).hasToString("1.100");
    }
}
