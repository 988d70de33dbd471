package io.wattprint.core.scope2;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** UTC calendar helpers for vintages and reporting periods: [from, to) instants. */
final class Periods {
    private Periods() {}

    static Instant yearStart(int year) { return LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC); }

    static Instant plusMonths(Instant t, long months) {
        return t.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
    }

    static boolean overlaps(Instant aFrom, Instant aTo, Instant bFrom, Instant bTo) {
        return aFrom.isBefore(bTo) && bFrom.isBefore(aTo);
    }

    /** {@code 2026} for a whole calendar year, {@code 2026-01-01..2026-07-01} for whole days, else the instants. */
    static String label(Instant from, Instant to) {
        ZonedDateTime f = from.atZone(ZoneOffset.UTC);
        ZonedDateTime t = to.atZone(ZoneOffset.UTC);
        boolean days = f.toLocalTime().equals(LocalTime.MIDNIGHT) && t.toLocalTime().equals(LocalTime.MIDNIGHT);
        if (days && f.getDayOfYear() == 1 && t.getDayOfYear() == 1 && t.getYear() == f.getYear() + 1) {
            return Integer.toString(f.getYear());
        }
        if (days) return f.toLocalDate() + ".." + t.toLocalDate();
        return from + ".." + to;
    }
}
