package io.wattprint.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Co2eTest {

    @ParameterizedTest(name = "{0} {1} = {2} g")
    @CsvSource({
            "1,     g,  1",
            "1,     kg, 1000",
            "28.54, kg, 28540",
            "1,     t,  1000000",
            "552,   t,  552000000",
            "0.5,   t,  500000",
    })
    void factoriesConvertToGrams(double amount, String unit, double grams) {
        Co2e c = switch (unit) {
            case "g" -> Co2e.ofGrams(amount);
            case "kg" -> Co2e.ofKilograms(amount);
            case "t" -> Co2e.ofTonnes(amount);
            default -> throw new IllegalArgumentException(unit);
        };
        assertThat(c.grams()).isEqualTo(grams);
    }

    @Test
    void readsBackInKilogramsAndTonnes() {
        Co2e c = Co2e.ofGrams(1_140_800);
        assertThat(c.kilograms()).isEqualTo(1140.8);
        assertThat(c.tonnes()).isEqualTo(1.1408);
    }

    @Test
    void plusAndTimes() {
        assertThat(Co2e.ofGrams(26.178).plus(Co2e.ofGrams(14.2416)).grams()).isEqualTo(26.178 + 14.2416);
        assertThat(Co2e.ofKilograms(2).times(0.25)).isEqualTo(Co2e.ofGrams(500));
        assertThat(Co2e.ZERO.grams()).isZero();
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, Double.NaN, Double.NEGATIVE_INFINITY})
    void negativeOrNonFiniteMassIsRejected(double grams) {
        assertThatThrownBy(() -> Co2e.ofGrams(grams)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("CO2e must be finite and not negative");
    }

    @Test
    void ordersByMass() {
        assertThat(Co2e.ofKilograms(1)).isGreaterThan(Co2e.ofGrams(999)).isLessThan(Co2e.ofTonnes(0.0011));
    }

    @Test
    void printsKilogramsWithSixDecimals() {
        assertThat(Co2e.ofGrams(1234.5)).hasToString("1.234500 kgCO2e");
    }
}
