package io.wattprint.core.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.core.quantity.Energy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The metered-vs-run rule (METHODOLOGY.md §8.7); oracles by hand. */
class MeteredShareTest {
    @ParameterizedTest(name = "metered {0} kWh, runs inside {1} kWh → scale {2}, not attributed {3} kWh")
    @CsvSource({
            // issue 16 item 3: a 1,200 kWh bill, runs 400 + 500 kWh
            "1200, 900, 1, 300",
            // runs reach the meter exactly: nothing left, nothing scaled
            "1200, 1200, 1, 0",
            // no run inside: the whole bill is not attributed
            "1200, 0, 1, 1200",
            // runs above the meter: 900 × 800/900 = 800, no negative line
            "800, 900, 0.888888888888889, 0"})
    void runsAllocateWithinTheMeteredEnergy(double metered, double runs, double scale, double unattributed) {
        MeteredShare s = MeteredShare.of(Energy.ofKilowattHours(metered), Energy.ofKilowattHours(runs));
        assertThat(s.scale()).isCloseTo(scale, within(1e-12));
        assertThat(s.unattributed().kilowattHours()).isCloseTo(unattributed, within(1e-9));
        // the runs as scaled and the unattributed part add up to the meter
        assertThat(runs * s.scale() + s.unattributed().kilowattHours()).isCloseTo(metered, within(1e-9));
    }

    @Test
    void runsAboveTheMeterSayByHowMuch() {
        MeteredShare s = MeteredShare.of(Energy.ofKilowattHours(800), Energy.ofKilowattHours(900));
        assertThat(s.runsExceedMeter()).isTrue();
        assertThat(s.excess()).isCloseTo(0.125, within(1e-12));
        assertThat(MeteredShare.of(Energy.ofKilowattHours(1200), Energy.ofKilowattHours(900)).excess()).isZero();
    }

    @Test
    void nothingMeteredIsRefused() {
        assertThatThrownBy(() -> MeteredShare.of(Energy.ZERO, Energy.ofKilowattHours(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("metered energy must be more than 0 kWh");
    }
}
