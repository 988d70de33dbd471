package io.wattprint.core.time;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point in time as a person writes it in an option ({@code runs list --since}, {@code report summary --from},
 * {@code tokens create --expires}, the server's {@code ?since=}): an ISO date ({@code 2026-11-01}, the start of that day
 * UTC), a date-time with or without offset ({@code 2026-11-01T10:00:00Z}; without an offset it is UTC), read by
 * {@link Timestamps} as the importers read theirs (so {@code 2026-11-01 10:00:00 UTC} too), or an age ({@code 30m},
 * {@code 12h}, {@code 7d}, {@code 2w}; also {@code s}), counted back from now in a filter ({@link #parse}) and forward
 * in an expiry ({@link #ahead}). One parser for the CLI and the server, so that both read a time alike.
 */
public final class TimeSpec {
    /** What a caller says it expected, after the option or parameter name and the value. */
    public static final String EXPECTED = "expected a date like 2026-11-01, a date-time like 2026-11-01T10:00:00Z, or an age like 7d, 12h, 30m";
    /** What a caller of {@link #ahead} says it expected. */
    public static final String EXPECTED_AHEAD =
            "expected a date like 2027-06-30, a date-time like 2027-06-30T12:00:00Z, or a time from now like 90d, 12h, 30m";

    private static final Pattern RELATIVE = Pattern.compile("(\\d+)([smhdw])");

    private TimeSpec() {}

    /**
     * The instant {@code text} names, ages counted back from {@code clock}'s now.
     *
     * @throws DateTimeException (or {@link ArithmeticException}) when the text is none of the forms above
     */
    public static Instant parse(String text, Clock clock) {
        Duration age = age(text);
        return age != null ? clock.instant().minus(age) : instant(text);
    }

    /**
     * The instant {@code text} names, ages counted forward from {@code clock}'s now ({@code 90d}: ninety days from now).
     *
     * @throws DateTimeException (or {@link ArithmeticException}) when the text is none of the forms above
     */
    public static Instant ahead(String text, Clock clock) {
        Duration age = age(text);
        return age != null ? clock.instant().plus(age) : instant(text);
    }

    /** The length {@code text} names as an age ({@code 7d}), or null when it is not written as one. */
    private static Duration age(String text) {
        Matcher m = RELATIVE.matcher(text.strip());
        if (!m.matches()) return null;
        long n;
        try {
            n = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw new DateTimeException("age out of range: " + text.strip());
        }
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofDays(Math.multiplyExact(7, n));
        };
    }

    /** A date (midnight UTC) or a date-time (UTC without an offset), read by {@link Timestamps}. */
    private static Instant instant(String text) {
        try {
            return Timestamps.parse(text, Timestamps.Forms.UTC_OR_DATE);
        } catch (TimestampException e) {
            throw new DateTimeException(e.getMessage(), e);
        }
    }
}
