package io.wattprint.cli;

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
 * Parses the time arguments of --since/--from/--to: an ISO date ({@code 2026-11-01}, start of
 * that day UTC), a date-time with or without offset ({@code 2026-11-01T10:00:00Z}, no offset =
 * UTC), or an age relative to now ({@code 30m}, {@code 12h}, {@code 7d}).
 */
public final class TimeArg {
    private static final Pattern RELATIVE = Pattern.compile("(\\d+)([smhdw])");

    private TimeArg() {}

    public static Instant parse(String option, String text, Clock clock) {
        if (text == null) return null;
        try {
            return parse(text.trim(), clock);
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            throw UserException.usage("invalid value for " + option + ": '" + text
                    + "' (expected a date like 2026-11-01, a date-time like 2026-11-01T10:00:00Z, or an age like 7d, 12h, 30m)");
        }
    }

    private static Instant parse(String t, Clock clock) {
        Matcher m = RELATIVE.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration d = switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
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
