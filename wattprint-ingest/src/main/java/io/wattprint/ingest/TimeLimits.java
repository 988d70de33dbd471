package io.wattprint.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Exact conversions of the numbers files hold into durations and instants. A number out of range is
 * reported (an empty result), never wrapped, saturated or rounded into another value: a double is
 * range-checked before it becomes a {@code long}, and whole numbers are combined with
 * {@link Math#multiplyExact} / {@link Math#addExact}.
 */
public final class TimeLimits {
    /**
     * The largest number any importer takes from a file (kWh, kg, t, W, g/kWh, hours…): every figure wattprint then
     * derives from it (joules, grams, × PUE, × a factor) stays finite. No real row comes near it.
     */
    public static final double MAX_AMOUNT = 1e15;
    /** The longest duration any importer accepts: 100 years of 365.25 days, in seconds. */
    public static final long MAX_SECONDS = 3_155_760_000L;
    /** Instants files may name: years 1970 to 9999 (the ledger stores ISO text with four-digit years). */
    public static final Instant EARLIEST = Instant.EPOCH;
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private TimeLimits() {}

    /**
     * A duration of {@code seconds} (finite, ≥ 0, at most {@link #MAX_SECONDS}), to the microsecond;
     * empty when out of range.
     */
    public static Optional<Duration> seconds(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0 || seconds > MAX_SECONDS) return Optional.empty();
        // seconds ≤ 3.2e9, so seconds × 1e6 ≤ 3.2e15 < 2^53: the product is exact to the microsecond and fits a long.
        long micros = Math.round(seconds * 1_000_000d);
        return Optional.of(Duration.ofNanos(Math.multiplyExact(micros, 1_000L)));
    }

    /** {@code minutes} as a duration, as {@link #seconds}; empty when out of range. */
    public static Optional<Duration> minutes(double minutes) {
        if (!Double.isFinite(minutes) || minutes < 0 || minutes > MAX_SECONDS / 60d) return Optional.empty();
        return seconds(minutes * 60d);
    }

    /** Whole seconds as a duration: empty when below 0 or above {@link #MAX_SECONDS}. */
    public static Optional<Duration> wholeSeconds(long seconds) {
        return seconds < 0 || seconds > MAX_SECONDS ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    }

    /** Unix time in seconds (fractions kept to the nanosecond) as an instant in [1970, 9999]; empty otherwise. */
    public static Optional<Instant> epochSeconds(double seconds) {
        if (!Double.isFinite(seconds) || seconds < EARLIEST.getEpochSecond() || seconds > LATEST.getEpochSecond()) {
            return Optional.empty();
        }
        double whole = Math.floor(seconds);
        long nanos = Math.round((seconds - whole) * 1e9);
        return Optional.of(Instant.ofEpochSecond((long) whole, nanos));
    }

    /** Unix time in milliseconds as an instant in [1970, 9999]; empty otherwise. */
    public static Optional<Instant> epochMillis(long millis) {
        if (millis < EARLIEST.toEpochMilli() || millis > LATEST.toEpochMilli()) return Optional.empty();
        return Optional.of(Instant.ofEpochMilli(millis));
    }

    /** {@code at + d}, or empty when it would pass {@link #LATEST} or come before {@link #EARLIEST}. */
    public static Optional<Instant> plus(Instant at, Duration d) {
        if (d.getSeconds() > LATEST.getEpochSecond() - at.getEpochSecond()
                || d.getSeconds() < EARLIEST.getEpochSecond() - at.getEpochSecond()) {
            return Optional.empty();
        }
        Instant r = at.plus(d);
        return r.isBefore(EARLIEST) || r.isAfter(LATEST) ? Optional.empty() : Optional.of(r);
    }
}
