package io.wattprint.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoInstantTest {
    private static final long FIRST = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    private static final long LAST = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

    /** java.time's own writer of the same layout is the oracle, for every fraction width. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 6, 9})
    void anyInstantOfTheYearsWrittenIsWrittenAsJavaTimeWritesIt(int digits) {
        var javaTime = new DateTimeFormatterBuilder().appendPattern("uuuu-MM-dd'T'HH:mm:ss")
                .appendPattern(digits == 0 ? "" : "." + "S".repeat(digits)).appendLiteral('Z').toFormatter(Locale.ROOT)
                .withZone(java.time.ZoneOffset.UTC);
        Random random = new Random(digits + 11L);
        for (int i = 0; i < 20_000; i++) {
            Instant t = Instant.ofEpochSecond(FIRST + (long) (random.nextDouble() * (LAST - FIRST)), random.nextInt(1_000_000_000));
            assertThat(IsoInstant.text(t, digits)).isEqualTo(javaTime.format(t));
        }
        assertThat(IsoInstant.text(Instant.parse("9999-12-31T23:59:59.999999999Z"), digits))
                .isEqualTo(javaTime.format(Instant.parse("9999-12-31T23:59:59.999999999Z")));
    }

    @Test
    void yearsOutsideTheFourDigitsAreNotWritable() {
        assertThat(IsoInstant.writable(Instant.parse("0000-01-01T00:00:00Z"))).isTrue();
        assertThat(IsoInstant.writable(Instant.parse("-0001-12-31T23:59:59Z"))).isFalse();
        assertThat(IsoInstant.writable(Instant.parse("+10000-01-01T00:00:00Z"))).isFalse();
        assertThatThrownBy(() -> IsoInstant.text(Instant.parse("+10000-01-01T00:00:00Z"), 6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the years 0000-9999");
        assertThatThrownBy(() -> IsoInstant.text(Instant.EPOCH, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
