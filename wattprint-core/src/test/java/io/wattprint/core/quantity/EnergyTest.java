package io.wattprint.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnergyTest {

    @Test
    void oneKilowattHourIsExactlyThreePointSixMegajoules() {
        assertThat(Energy.ofKilowattHours(1).joules()).isEqualTo(3_600_000d);
        assertThat(Energy.ofJoules(3_600_000).kilowattHours()).isEqualTo(1d);
    }

    @ParameterizedTest(name = "{0} {1} = {2} J")
    @CsvSource({
            // amount, unit, joules
            "1,       J,   1",
            "1500,    mJ,  1.5",
            "2500000, uJ,  2.5",
            "1,       Wh,  3600",
            "0.5,     Wh,  1800",
            "1,       kWh, 3600000",
            "2.5,     kWh, 9000000",
            "1,       MWh, 3600000000",
            "1000,    MWh, 3600000000000",
    })
    void factoriesConvertToJoulesBySiDefinitions(double amount, String unit, double joules) {
        Energy e = switch (unit) {
            case "J" -> Energy.ofJoules(amount);
            case "mJ" -> Energy.ofMillijoules(amount);
            case "uJ" -> Energy.ofMicrojoules(amount);
            case "Wh" -> Energy.ofWattHours(amount);
            case "kWh" -> Energy.ofKilowattHours(amount);
            case "MWh" -> Energy.ofMegawattHours(amount);
            default -> throw new IllegalArgumentException(unit);
        };
        assertThat(e.joules()).isEqualTo(joules);
    }

    @ParameterizedTest(name = "{0} J = {1} Wh = {2} kWh = {3} MWh")
    @CsvSource({
            "3600,          1,       0.001, 0.000001",
            "7200000,       2000,    2,     0.002",
            "3600000000,    1000000, 1000,  1",
            "0,             0,       0,     0",
    })
    void readsBackInEveryUnit(double joules, double wh, double kwh, double mwh) {
        Energy e = Energy.ofJoules(joules);
        assertThat(e.wattHours()).isEqualTo(wh);
        assertThat(e.kilowattHours()).isEqualTo(kwh);
        assertThat(e.megawattHours()).isEqualTo(mwh);
    }

    static Stream<Long> seeds() { return LongStream.range(0, 20).boxed(); }

    @ParameterizedTest
    @MethodSource("seeds")
    void kilowattHourRoundTripKeepsTheValue(long seed) {
        double kwh = new Random(seed).nextDouble() * 1e6;
        assertThat(Energy.ofKilowattHours(kwh).kilowattHours()).isCloseTo(kwh, within(Math.ulp(kwh) * 4));
        assertThat(Energy.ofMegawattHours(kwh / 1000).kilowattHours()).isCloseTo(kwh, within(Math.ulp(kwh) * 8));
    }

    @Test
    void plusAndTimesAddAndScale() {
        assertThat(Energy.ofJoules(1.5).plus(Energy.ofJoules(2.25))).isEqualTo(Energy.ofJoules(3.75));
        assertThat(Energy.ofKilowattHours(10).times(1.5)).isEqualTo(Energy.ofKilowattHours(15));
    }

    @Test
    void overADurationGivesMeanPower() {
        assertThat(Energy.ofJoules(500).over(Duration.ofSeconds(4))).isEqualTo(Power.ofWatts(125));
        assertThat(Energy.ofKilowattHours(1).over(Duration.ofHours(2))).isEqualTo(Power.ofWatts(500));
    }

    @Test
    void overAZeroDurationIsRejected() {
        assertThatThrownBy(() -> Energy.ofJoules(1).over(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duration must be positive");
    }

    @Test
    void negativeEnergyIsRejected() {
        assertThatThrownBy(() -> Energy.ofJoules(-0.001))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("energy must not be negative, got -0.001 J");
        assertThatThrownBy(() -> Energy.ofJoules(1).times(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void nonFiniteEnergyIsRejected(double joules) {
        assertThatThrownBy(() -> Energy.ofJoules(joules))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("energy must be finite");
    }

    @Test
    void ordersByJoules() {
        assertThat(Energy.ofWattHours(1)).isGreaterThan(Energy.ofJoules(3599)).isLessThan(Energy.ofJoules(3601));
    }

    @Test
    void printsKilowattHoursWithSixDecimals() {
        assertThat(Energy.ofJoules(1800)).hasToString("0.000500 kWh");
        assertThat(Energy.ofKilowattHours(12.5)).hasToString("12.500000 kWh");
    }

    @org.junit.jupiter.api.Test
    void negativeZeroIsTheSameZero() {
        assertThat(Energy.ofJoules(-0.0)).isEqualTo(Energy.ZERO);
        assertThat(io.wattprint.core.quantity.Power.ofWatts(0).times(-1)).isEqualTo(io.wattprint.core.quantity.Power.ZERO);
        assertThat(Co2e.ofGrams(-0.0)).isEqualTo(Co2e.ZERO);
    }
}
