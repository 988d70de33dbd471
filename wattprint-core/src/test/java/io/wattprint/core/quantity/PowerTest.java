package io.wattprint.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PowerTest {

    @ParameterizedTest(name = "{0} W for {1} ms = {2} J")
    @CsvSource({
            "100,  1000,    100",
            "330,  3600000, 1188000",
            "21.25, 10000,  212.5",
            "250,  500,     125",
            "7,    0,       0",
    })
    void powerOverDurationIsWattsTimesSeconds(double watts, long millis, double joules) {
        assertThat(Power.ofWatts(watts).over(Duration.ofMillis(millis)).joules()).isEqualTo(joules);
    }

    @Test
    void oneKilowattForAnHourIsOneKilowattHour() {
        assertThat(Power.ofKilowatts(1).over(Duration.ofHours(1))).isEqualTo(Energy.ofKilowattHours(1));
    }

    @Test
    void unitFactoriesConvertToWatts() {
        assertThat(Power.ofMilliwatts(682_600).watts()).isEqualTo(682.6);
        assertThat(Power.ofKilowatts(0.4).watts()).isEqualTo(400);
        assertThat(Power.ofWatts(1500).kilowatts()).isEqualTo(1.5);
    }

    @Test
    void negativeDurationIsRejected() {
        assertThatThrownBy(() -> Power.ofWatts(1).over(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duration must not be negative");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, Double.NaN, Double.POSITIVE_INFINITY})
    void negativeOrNonFinitePowerIsRejected(double watts) {
        assertThatThrownBy(() -> Power.ofWatts(watts)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("power must be finite and not negative");
    }

    @Test
    void plusTimesAndOrder() {
        assertThat(Power.ofWatts(10).plus(Power.ofWatts(2.5))).isEqualTo(Power.ofWatts(12.5));
        assertThat(Power.ofWatts(10).times(0.5)).isEqualTo(Power.ofWatts(5));
        assertThat(Power.ofWatts(10)).isGreaterThan(Power.ofWatts(9.99));
    }

    @Test
    void printsWattsWithThreeDecimals() {
        assertThat(Power.ofWatts(21.25)).hasToString("21.250 W");
    }
}
