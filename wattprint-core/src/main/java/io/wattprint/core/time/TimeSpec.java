package io.wattprint.core.time;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point in time as a person writes it in a filter ({@code runs list --since}, {@code report summary --from}, the
 * server's {@code ?since=}): an ISO date ({@code 2026-11-01}, the start of that day UTC), a date-time with or without
 * offset ({@code 2026-11-01T10:00:00Z}; without an offset it is UTC), or an age before now ({@code 30m}, {@code 12h},
 * {@code 7d}, {@code 2w}; also {@code s}). One parser for the CLI and the server, so that both read a filter alike.
 */
public final class TimeSpec {
    /** What a caller says it expected, after the option or parameter name and the value. */
    public static final String EXPECTED = "expected a date like 2026-11-01, a date-time like 2026-11-01T10:00:00Z, or an age like 7d, 12h, 30m";

    private static final Pattern RELATIVE = Pattern.compile("(\\d+)([smhdw])");

    private TimeSpec() {}

    /**
     * The instant {@code text} names, ages counted back from {@code clock}'s now.
     *
     * @throws DateTimeException (or {@link ArithmeticException}) when the text is none of the forms above
     */
    public static Instant parse(String text, Clock clock) {
        String t = text.trim();
        Matcher m = RELATIVE.matcher(t);
        if (m.matches()) {
            long n;
            try {
                n = Long.parseLong(m.group(1));
            } catch (NumberFormatException e) {
                throw new DateTimeException("age out of range: " + t);
            }
            Duration d = switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(Math.multiplyExact(7, n));
            };
            return clock.instant().minus(d);
        }
        if (t.length() == 10) return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        }
    }
}
