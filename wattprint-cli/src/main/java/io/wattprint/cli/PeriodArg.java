package io.wattprint.cli;

import io.wattprint.core.model.Period;
import java.time.Instant;

/** Period options ({@code --period}, {@code --from}/{@code --to}, {@code --year}) as usage errors that name the option. */
public final class PeriodArg {
    private PeriodArg() {}

    /** {@code --period}: 2026, 2026-10 or 2026-10-01..2026-10-15. */
    public static Period period(String option, String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw UserException.usage("invalid value for " + option + ": " + e.getMessage());
        }
    }

    /** {@code --from}/{@code --to} (a month includes itself as an end; a date is the instant it ends), or {@code --year}. */
    public static Period period(String from, String to, Integer year) {
        if (year != null) {
            if (from != null || to != null) throw UserException.usage("give either --year or --from and --to, not both");
            if (year < 1 || year > 9998) throw UserException.usage("invalid value for --year: " + year + " (expected a year such as 2026)");
            return Period.year(year);
        }
        if (from == null || to == null) {
            throw UserException.usage("missing the period: give --from and --to (2026-01 and 2026-12, or 2026-10-01 and "
                    + "2026-11-01), or --year");
        }
        Instant a = bound("--from", from, false);
        Instant b = bound("--to", to, true);
        if (!b.isAfter(a)) {
            throw UserException.usage("invalid period: --to " + to + " does not end after --from " + from
                    + " starts (a month as --to includes that month; a date as --to is the day the period ends, exclusive)");
        }
        return new Period(a, b);
    }

    private static Instant bound(String option, String text, boolean isEnd) {
        try {
            return Period.bound(text, isEnd);
        } catch (IllegalArgumentException e) {
            throw UserException.usage("invalid value for " + option + ": " + e.getMessage());
        }
    }
}
