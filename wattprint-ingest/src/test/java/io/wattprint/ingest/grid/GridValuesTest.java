package io.wattprint.ingest.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GridValuesTest {
    @Test
    void utcInstantReadsLocalTimesAsUtcAndHonoursOffsets() throws BadValue {
        Instant t = Instant.parse("2024-01-01T10:00:00Z");
        assertThat(GridValues.utcInstant("f", "2024-01-01 10:00:00")).isEqualTo(t);
        assertThat(GridValues.utcInstant("f", "2024-01-01T10:00:00")).isEqualTo(t);
        assertThat(GridValues.utcInstant("f", "2024-01-01T10:00:00.000Z")).isEqualTo(t);
        assertThat(GridValues.utcInstant("f", "2024-01-01T12:00:00+02:00")).isEqualTo(t);
        assertThat(GridValues.utcInstant("f", "2024-01-01T05:00:00-05:00")).isEqualTo(t);
    }

    @Test
    void utcInstantRefusesTextThatIsNoTime() {
        for (String bad : new String[] {"2024-13-01 00:00:00", "yesterday", "2024-01-01", "2024-01-01T10:00:00+25:00"}) {
            assertThatThrownBy(() -> GridValues.utcInstant("Datetime (UTC)", bad)).isInstanceOf(BadValue.class)
                    .hasMessageContaining("is not a date-time");
        }
    }

    @Test
    void hoursMinutesReadsTheSdkTimeSpanForms() throws BadValue {
        assertThat(GridValues.hoursMinutes("d", "01:00")).isEqualTo(Duration.ofHours(1));
        assertThat(GridValues.hoursMinutes("d", "00:05:30")).isEqualTo(Duration.ofSeconds(330));
        assertThat(GridValues.hoursMinutes("d", "24:00")).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void hoursMinutesRefusesZeroNegativeAndOtherForms() {
        for (String bad : new String[] {"00:00", "-01:00", "1h", "01:60", "01", ""}) {
            assertThatThrownBy(() -> GridValues.hoursMinutes("d", bad)).isInstanceOf(BadValue.class).hasMessageContaining("expected a positive length");
        }
    }

    @Test
    void numberRefusesNegativeNonNumericAndNonFinite() {
        for (String bad : new String[] {"-0.5", "abc", "NaN", "Infinity", " "}) {
            assertThatThrownBy(() -> GridValues.number("v", bad, "g/kWh")).isInstanceOf(BadValue.class).hasMessageContaining("g/kWh");
        }
    }

    @Test
    void numberTakesUpTo1e15AndRefusesMoreSoNothingDerivedFromItOverflows() throws BadValue {
        assertThat(GridValues.number("v", "1e15", "g/kWh")).isEqualTo(1e15);
        for (String bad : new String[] {"1.0000000000001e15", "1e308", "1.7976931348623157E308"}) {
            assertThatThrownBy(() -> GridValues.number("v", bad, "g/kWh")).isInstanceOf(BadValue.class)
                    .hasMessage("'" + bad + "' is too large (expected g/kWh, a number 0 or more and at most 1e15)");
        }
    }

    static Stream<Long> seeds() { return IntStream.range(0, 20).mapToObj(i -> 20261123L + i); }

    /** Any instant written in any of the accepted forms reads back as itself. */
    @ParameterizedTest
    @MethodSource("seeds")
    void utcInstantRoundTripsRandomInstantsInEveryForm(long seed) throws BadValue {
        Random r = new Random(seed);
        Instant t = Instant.ofEpochSecond(946_684_800L + (long) (r.nextDouble() * 1_000_000_000L));
        int offsetHours = r.nextInt(27) - 12;
        ZoneOffset off = ZoneOffset.ofHours(offsetHours);
        assertThat(GridValues.utcInstant("f", DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC).format(t))).isEqualTo(t);
        assertThat(GridValues.utcInstant("f", t.toString())).isEqualTo(t);
        assertThat(GridValues.utcInstant("f", t.atOffset(off).toString())).isEqualTo(t);
    }
}
