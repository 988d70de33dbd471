package io.wattprint.meter.rapl;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.meter.rapl.RaplCounter.Doubt;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RaplCounterTest {

    private static OptionalLong opt(Long v) { return v == null ? OptionalLong.empty() : OptionalLong.of(v); }

    /**
     * Oracle cases worked by hand. Columns: max_energy_range_uj (blank: missing), max power µW
     * (blank: none declared, 1,000 W assumed), previous reading, this reading, ms in between,
     * energy in µJ, doubt.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # case                                        | range        | maxPowerUw | previous     | now        | ms     | expectedUj  | doubt
        plain step                                    | 262143328850 | 125000000  | 1000000      | 6000000    | 1000   | 5000000     | NONE
        no change                                     | 262143328850 | 125000000  | 42           | 42         | 1000   | 0           | NONE
        one wrap: 262143328851 - 262143000000 + 500000 | 262143328850 | 125000000  | 262143000000 | 500000     | 1000   | 828851      | NONE
        wrap from the top value to 0 is 1 uJ          | 262143328850 | 125000000  | 262143328850 | 0          | 1000   | 1           | NONE
        AMD range, 280 W, 200 s: 56 kJ < one lap      | 65532610987  | 280000000  | 1000000      | 2000000    | 200000 | 1000000     | NONE
        AMD range, 280 W, 300 s: 84 kJ > 1 J + lap    | 65532610987  | 280000000  | 1000000      | 2000000    | 300000 | 1000000     | EXTRA_LAP_POSSIBLE
        no constraint: 1000 W x 60 s < 1 J + lap      | 65532610987  |            | 1000000      | 2000000    | 60000  | 1000000     | NONE
        no constraint: 1000 W x 70 s > 1 J + lap      | 65532610987  |            | 1000000      | 2000000    | 70000  | 1000000     | EXTRA_LAP_POSSIBLE
        70 s but 60 kJ seen: 70 kJ < 60 kJ + lap      | 65532610987  |            | 1000000      | 60001000000 | 70000 | 60000000000 | NONE
        boundary: 1 W x 12 s = 1 uJ + lap, flagged    | 11999998     | 1000000    | 5            | 6          | 12000  | 1           | EXTRA_LAP_POSSIBLE
        boundary: 1 W x 11.999 s < 1 uJ + lap         | 11999998     | 1000000    | 5            | 6          | 11999  | 1           | NONE
        range missing, forward                        |              | 125000000  | 100          | 350        | 1000   | 250         | NONE
        range missing, backwards: counted from 0      |              | 125000000  | 1000         | 300        | 1000   | 300         | RANGE_UNKNOWN
        """)
    void energyBetweenTwoReadings(String name, Long range, Long maxPowerUw, long previous, long now, long ms,
                                  long expectedUj, Doubt doubt) {
        RaplCounter c = new RaplCounter(opt(range), opt(maxPowerUw), previous);
        assertThat(c.next(now, Duration.ofMillis(ms))).isEqualTo(new RaplCounter.Step(expectedUj, doubt));
    }

    @Test
    void eachReadingIsMeasuredFromThePreviousOne() {
        RaplCounter c = new RaplCounter(OptionalLong.of(999), OptionalLong.of(1_000_000), 900);
        assertThat(c.next(100, Duration.ofMillis(1))).isEqualTo(new RaplCounter.Step(200, Doubt.NONE)); // 1000 - 900 + 100
        assertThat(c.next(150, Duration.ofMillis(1))).isEqualTo(new RaplCounter.Step(50, Doubt.NONE));
    }

    @Test
    void boundAndLapAreThoseOfTheZone() {
        assertThat(new RaplCounter(OptionalLong.of(999), OptionalLong.of(280_000_000), 0).maxWatts()).isEqualTo(280.0);
        assertThat(new RaplCounter(OptionalLong.of(999), OptionalLong.empty(), 0).maxWatts()).isEqualTo(1000.0);
        assertThat(new RaplCounter(OptionalLong.of(999), OptionalLong.empty(), 0).lapMicrojoules()).hasValue(1000);
        assertThat(new RaplCounter(OptionalLong.empty(), OptionalLong.empty(), 0).lapMicrojoules()).isEmpty();
    }
}
