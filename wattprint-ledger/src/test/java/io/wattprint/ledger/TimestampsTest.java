package io.wattprint.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {
    /** The layout the ledger has stored since version 1, written by java.time: the oracle of the field-by-field code. */
    private static final DateTimeFormatter STORED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final long FIRST = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    private static final long LAST = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void anyInstantOfTheYearsStoredIsWrittenAsJavaTimeWritesItAndReadBackExactly(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 20_000; i++) {
            long second = i % 4 == 0 ? random.nextInt(4_000_000) + 1_767_225_600L - 2_000_000 // around 2026
                    : FIRST + (long) (random.nextDouble() * (LAST - FIRST));
            Instant t = Instant.ofEpochSecond(second, random.nextInt(1_000_000) * 1000L);
            String text = Timestamps.format(t);
            assertThat(text).isEqualTo(STORED.format(t));
            assertThat(Timestamps.parse(text)).isEqualTo(t).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void theEdgesOfTheStoredYearsAndOfADayRoundTrip() {
        for (String s : new String[] {"0000-01-01T00:00:00.000000Z", "9999-12-31T23:59:59.999999Z", "1970-01-01T00:00:00.000000Z",
                "1969-12-31T23:59:59.999999Z", "2024-02-29T12:00:00.000001Z", "2026-12-31T23:59:59.000000Z"}) {
            assertThat(Timestamps.format(Timestamps.parse(s))).isEqualTo(s);
            assertThat(Timestamps.parse(s)).isEqualTo(Instant.parse(s));
        }
    }

    @Test
    void subMicrosecondDigitsAreDroppedWhenWritten() {
        assertThat(Timestamps.format(Instant.parse("2026-11-23T10:00:00.123456789Z"))).isEqualTo("2026-11-23T10:00:00.123456Z");
    }

    @Test
    void otherIsoInstantsAreStillRead() {
        assertThat(Timestamps.parse("2026-11-23T10:00:00Z")).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
        assertThat(Timestamps.parse("2026-11-23T10:00:00.5Z")).isEqualTo(Instant.parse("2026-11-23T10:00:00.500Z"));
        assertThat(Timestamps.parse("2026-11-23T24:00:00.000000Z")).as("the end of a day, as java.time reads it")
                .isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
        assertThat(Timestamps.parse(null)).isNull();
    }

    @Test
    void aTextThatIsNoInstantIsRefusedAsJavaTimeRefusesIt() {
        for (String bad : new String[] {"2026-02-30T00:00:00.000000Z", "2026-13-01T00:00:00.000000Z", "2026-11-23T10:00:00.00000xZ",
                "2025-02-29T00:00:00.000000Z", "not a time"}) {
            assertThatThrownBy(() -> Timestamps.parse(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
    }

    @Test
    void anInstantOutsideTheYearsStoredIsRefused() {
        assertThatThrownBy(() -> Timestamps.format(Instant.parse("+10000-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the years 0000-9999");
        assertThatThrownBy(() -> Timestamps.format(Instant.parse("-0001-12-31T23:59:59Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the years 0000-9999");
    }
}
