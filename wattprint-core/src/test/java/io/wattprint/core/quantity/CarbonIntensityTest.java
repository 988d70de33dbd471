package io.wattprint.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CarbonIntensityTest {

    @ParameterizedTest(name = "{0} {1} = {2} g/kWh")
    @CsvSource({
            "475,    g/kWh,  475",
            "475,    kg/MWh, 475",
            "0.400,  t/MWh,  400",
            "0.429,  t/MWh,  429",
            "1,      lb/MWh, 0.45359237",
            "1000,   lb/MWh, 453.59237",
    })
    void factoriesConvertToGramsPerKilowattHour(double amount, String unit, double gPerKwh) {
        CarbonIntensity ci = switch (unit) {
            case "g/kWh" -> CarbonIntensity.ofGramsPerKwh(amount);
            case "kg/MWh" -> CarbonIntensity.ofKgPerMwh(amount);
            case "t/MWh" -> CarbonIntensity.ofTonnesPerMwh(amount);
            case "lb/MWh" -> CarbonIntensity.ofPoundsPerMwh(amount);
            default -> throw new IllegalArgumentException(unit);
        };
        assertThat(ci.gramsPerKwh()).isCloseTo(gPerKwh, within(1e-12 * Math.max(1, gPerKwh)));
    }

    @Test
    void onePoundPerMegawattHourIsTheAvoirdupoisPoundInGramsPerThousandKilowattHours() {
        assertThat(CarbonIntensity.ofPoundsPerMwh(1).gramsPerKwh()).isEqualTo(0.45359237);
    }

    @Test
    void readsBackInTonnesPerMegawattHour() {
        assertThat(CarbonIntensity.ofGramsPerKwh(550).tonnesPerMwh()).isEqualTo(0.55);
    }

    @Test
    void timesEnergyGivesGramsOfKilowattHoursTimesIntensity() {
        // Green Algorithms oracle (DOMAIN.md §1): 2.4016 kWh × 475 g/kWh = 1140.76 g (≈ 1140.8).
        Co2e c = CarbonIntensity.ofGramsPerKwh(475).times(Energy.ofKilowattHours(2.4016));
        assertThat(c.grams()).isCloseTo(1140.76, within(1e-9));
        // DOMAIN.md §2 location-based: 1,000 MWh at 0.400 t/MWh = 400 t.
        assertThat(CarbonIntensity.ofTonnesPerMwh(0.400).times(Energy.ofMegawattHours(1000)).tonnes())
                .isCloseTo(400, within(1e-9));
    }

    @Test
    void zeroEnergyHasNoEmissions() {
        assertThat(CarbonIntensity.ofGramsPerKwh(900).times(Energy.ZERO)).isEqualTo(Co2e.ZERO);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, Double.NaN, Double.POSITIVE_INFINITY})
    void negativeOrNonFiniteIntensityIsRejected(double g) {
        assertThatThrownBy(() -> CarbonIntensity.ofGramsPerKwh(g)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("carbon intensity must be finite and not negative");
    }

    @Test
    void ordersByIntensityAndPrintsThreeDecimals() {
        assertThat(CarbonIntensity.ofGramsPerKwh(56)).isLessThan(CarbonIntensity.ofGramsPerKwh(56.5));
        assertThat(CarbonIntensity.ofTonnesPerMwh(0.4)).hasToString("400.000 gCO2e/kWh");
    }
}
