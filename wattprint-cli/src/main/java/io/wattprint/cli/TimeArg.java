package io.wattprint.cli;

import io.wattprint.core.time.TimeSpec;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * Parses the time arguments of --since/--from/--to with {@link TimeSpec} (the server reads its filters with the
 * same): an ISO date ({@code 2026-11-01}, start of that day UTC), a date-time with or without offset
 * ({@code 2026-11-01T10:00:00Z}, no offset = UTC), or an age relative to now ({@code 30m}, {@code 12h}, {@code 7d}).
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
}
