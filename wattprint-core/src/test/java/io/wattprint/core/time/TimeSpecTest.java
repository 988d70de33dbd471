package io.wattprint.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The time filters the CLI and the server share: dates, date-times with and without offset, ages before now. */
class TimeSpecTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void aDateIsTheStartOfThatDayUtc() {
        assertThat(TimeSpec.parse("2026-11-01", NOW)).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    }

    @Test
    void aDateTimeWithoutOffsetIsUtcAndAnOffsetIsApplied() {
        assertThat(TimeSpec.parse("2026-11-01T10:00:00", NOW)).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
        assertThat(TimeSpec.parse("2026-11-01T10:00:00+02:00", NOW)).isEqualTo(Instant.parse("2026-11-01T08:00:00Z"));
        assertThat(TimeSpec.parse(" 2026-11-01T10:00Z ", NOW)).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
    }

    @Test
    void anAgeIsCountedBackFromNow() {
        assertThat(TimeSpec.parse("30s", NOW)).isEqualTo(Instant.parse("2026-12-07T11:59:30Z"));
        assertThat(TimeSpec.parse("30m", NOW)).isEqualTo(Instant.parse("2026-12-07T11:30:00Z"));
        assertThat(TimeSpec.parse("12h", NOW)).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
        assertThat(TimeSpec.parse("7d", NOW)).isEqualTo(Instant.parse("2026-11-30T12:00:00Z"));
        assertThat(TimeSpec.parse("2w", NOW)).isEqualTo(Instant.parse("2026-11-23T12:00:00Z"));
    }

    @Test
    void theFormsTheImportersReadAreReadToo() {
        assertThat(TimeSpec.parse("2026-11-01 10:00:00 UTC", NOW)).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
        assertThat(TimeSpec.parse("2026-11-01 12:00+02:00", NOW)).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
        assertThat(TimeSpec.parse("2026-11-01 10:00:00", NOW)).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
    }

    @Test
    void aheadCountsAnAgeForwardFromNowAndReadsDatesAlike() {
        assertThat(TimeSpec.ahead("12h", NOW)).isEqualTo(Instant.parse("2026-12-08T00:00:00Z"));
        assertThat(TimeSpec.ahead("90d", NOW)).isEqualTo(Instant.parse("2027-03-07T12:00:00Z"));
        assertThat(TimeSpec.ahead("1w", NOW)).isEqualTo(Instant.parse("2026-12-14T12:00:00Z"));
        assertThat(TimeSpec.ahead("2027-06-30", NOW)).isEqualTo(Instant.parse("2027-06-30T00:00:00Z"));
        for (String bad : new String[] {"soon", "2027-02-30", "90", "99999999999999999999d", " "}) {
            assertThatThrownBy(() -> TimeSpec.ahead(bad, NOW)).as(bad).isInstanceOfAny(DateTimeException.class, ArithmeticException.class);
        }
    }

    @Test
    void anythingElseIsRefused() {
        for (String bad : new String[] {"yesterday", "2026-13-01", "7y", "-7d", "", "99999999999999999999d"}) {
            assertThatThrownBy(() -> TimeSpec.parse(bad, NOW)).as(bad).isInstanceOfAny(DateTimeException.class, ArithmeticException.class);
        }
    }
}
