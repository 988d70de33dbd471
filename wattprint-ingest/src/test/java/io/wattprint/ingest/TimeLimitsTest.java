package io.wattprint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The exact conversions at and just past their limits: out of range is empty, never wrapped or saturated. */
class TimeLimitsTest {
    @Test
    void secondsAtTheLimitConvertAndPastItOrNotFiniteOrNegativeAreRefused() {
        assertThat(TimeLimits.seconds(0)).contains(Duration.ZERO);
        assertThat(TimeLimits.seconds(TimeLimits.MAX_SECONDS)).contains(Duration.ofSeconds(TimeLimits.MAX_SECONDS));
        assertThat(TimeLimits.seconds(Math.nextUp((double) TimeLimits.MAX_SECONDS))).isEmpty();
        assertThat(TimeLimits.seconds(1e12)).isEmpty();
        assertThat(TimeLimits.seconds(Double.MAX_VALUE)).isEmpty();
        assertThat(TimeLimits.seconds(Double.NaN)).isEmpty();
        assertThat(TimeLimits.seconds(Double.POSITIVE_INFINITY)).isEmpty();
        assertThat(TimeLimits.seconds(-1e-9)).isEmpty();
    }

    @Test
    void minutesAreCheckedBeforeTheyAreMultiplied() {
        assertThat(TimeLimits.minutes(15)).contains(Duration.ofMinutes(15));
        assertThat(TimeLimits.minutes(TimeLimits.MAX_SECONDS / 60d)).contains(Duration.ofSeconds(TimeLimits.MAX_SECONDS));
        // 1e17 minutes × 60e9 ns would pass Long.MAX_VALUE: Math.round saturated it silently before.
        assertThat(TimeLimits.minutes(1e17)).isEmpty();
    }

    @Test
    void wholeSecondsOutOfRangeAreEmpty() {
        assertThat(TimeLimits.wholeSeconds(300)).contains(Duration.ofMinutes(5));
        assertThat(TimeLimits.wholeSeconds(Long.MAX_VALUE)).isEmpty();
        assertThat(TimeLimits.wholeSeconds(-1)).isEmpty();
    }

    @Test
    void epochTimesOutsideYears1970To9999AreEmpty() {
        assertThat(TimeLimits.epochSeconds(1.5)).contains(Instant.ofEpochSecond(1, 500_000_000));
        assertThat(TimeLimits.epochSeconds(253_402_300_799d)).contains(Instant.parse("9999-12-31T23:59:59Z"));
        assertThat(TimeLimits.epochSeconds(253_402_300_800d)).isEmpty();
        // (long) 1e300 was Long.MAX_VALUE, and Instant.ofEpochSecond threw: a stack trace.
        assertThat(TimeLimits.epochSeconds(1e300)).isEmpty();
        assertThat(TimeLimits.epochSeconds(-1)).isEmpty();
        assertThat(TimeLimits.epochSeconds(Double.NaN)).isEmpty();
        assertThat(TimeLimits.epochMillis(253_402_300_799_000L)).contains(Instant.parse("9999-12-31T23:59:59Z"));
        assertThat(TimeLimits.epochMillis(253_402_300_799_001L)).isEmpty();
        assertThat(TimeLimits.epochMillis(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void addingPastTheLatestInstantIsEmpty() {
        Instant last = Instant.parse("9999-12-31T23:59:59Z");
        assertThat(TimeLimits.plus(last.minusSeconds(60), Duration.ofSeconds(60))).contains(last);
        assertThat(TimeLimits.plus(last.minusSeconds(60), Duration.ofSeconds(61))).isEmpty();
        assertThat(TimeLimits.plus(Instant.EPOCH, Duration.ofSeconds(Long.MAX_VALUE))).isEmpty();
        assertThat(TimeLimits.plus(Instant.EPOCH, Duration.ofSeconds(-1))).isEmpty();
    }
}
