package io.wattprint.cli;

import io.wattprint.core.time.TimeSpec;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * Parses the time arguments of --since/--from/--to (and --expires) with {@link TimeSpec} (the server reads its filters
 * with the same): an ISO date ({@code 2026-11-01}, start of that day UTC), a date-time with or without offset
 * ({@code 2026-11-01T10:00:00Z}, no offset = UTC), or an age relative to now ({@code 30m}, {@code 12h}, {@code 7d}):
 * before now in a filter ({@link #parse}), after now in an expiry ({@link #ahead}).
 */
public final class TimeArg {
    private TimeArg() {}

    public static Instant parse(String option, String text, Clock clock) {
        if (text == null) return null;
        try {
            return TimeSpec.parse(text, clock);
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            throw UserException.usage("invalid value for " + option + ": '" + text + "' (" + TimeSpec.EXPECTED + ")");
        }
    }

    /** A time as {@link #parse} reads it, but an age counts forward from now ({@code --expires 90d}). */
    public static Instant ahead(String option, String text, Clock clock) {
        if (text == null) return null;
        try {
            return TimeSpec.ahead(text, clock);
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            throw UserException.usage("invalid value for " + option + ": '" + text + "' (" + TimeSpec.EXPECTED_AHEAD + ")");
        }
    }
}
