package io.wattprint.core.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A half-open span of time [from, to) in UTC: a PUE period, a meter reading's billing period, a
 * reconciliation period. Written as a user types it: {@code 2026} (a year), {@code 2026-10} (a
 * month) or {@code 2026-10-01..2026-10-15} (dates, the end exclusive, as every period here is).
 */
public record Period(Instant from, Instant to) {
    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) throw new IllegalArgumentException("a period must end after it starts, got " + from + ".." + to);
    }

    public static Period of(LocalDate from, LocalDate toExclusive) {
        return new Period(start(from), start(toExclusive));
    }

    public static Period month(YearMonth m) { return of(m.atDay(1), m.plusMonths(1).atDay(1)); }

    public static Period year(int year) { return of(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)); }

    /**
     * {@code 2026} (the year), {@code 2026-10} (the month) or {@code 2026-10-01..2026-10-15}
     * (from the first date up to, not including, the second).
     *
     * @throws IllegalArgumentException saying which forms are accepted
     */
    public static Period parse(String text) {
        Objects.requireNonNull(text, "period");
        String t = text.strip();
        try {
            int dots = t.indexOf("..");
            if (dots >= 0) return of(LocalDate.parse(t.substring(0, dots)), LocalDate.parse(t.substring(dots + 2)));
            if (t.matches("\\d{4}")) return year(Integer.parseInt(t));
            if (t.matches("\\d{4}-\\d{2}")) return month(YearMonth.parse(t));
        } catch (DateTimeParseException e) {
            // Fall through to the message below.
        }
        throw new IllegalArgumentException("'" + text + "' is not a period (expected a year 2026, a month 2026-10, "
                + "or dates 2026-10-01..2026-10-15 with the end exclusive)");
    }

    /**
     * The start of a bound given as a month ({@code 2026-10}) or a date ({@code 2026-10-01}). As an
     * end, a month includes itself ({@code --to 2026-12}: through December) and a date is the
     * instant the period ends ({@code --to 2026-11-01}: up to 1 November, 00:00 UTC).
     */
    public static Instant bound(String text, boolean isEnd) {
        Objects.requireNonNull(text, "bound");
        String t = text.strip();
        try {
            if (t.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(t);
                return start((isEnd ? m.plusMonths(1) : m).atDay(1));
            }
            return start(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a month (2026-10) or a date (2026-10-01)");
        }
    }

    public Duration length() { return Duration.between(from, to); }

    /** True when the period spans at least twelve calendar months (ISO/IEC 30134-2 reports PUE annually). */
    public boolean isAtLeastTwelveMonths() {
        return !to.isBefore(from.atZone(ZoneOffset.UTC).plusMonths(12).toInstant());
    }

    public boolean contains(Instant t) { return !t.isBefore(from) && t.isBefore(to); }

    public boolean contains(Period other) { return !other.from.isBefore(from) && !other.to.isAfter(to); }

    public boolean overlaps(Period other) { return from.isBefore(other.to) && other.from.isBefore(to); }

    /** The common part of two periods; empty when they do not overlap. */
    public Duration overlap(Period other) {
        Instant a = from.isAfter(other.from) ? from : other.from;
        Instant b = to.isBefore(other.to) ? to : other.to;
        return b.isAfter(a) ? Duration.between(a, b) : Duration.ZERO;
    }

    /** The part of this period inside {@code other}, or null when they do not overlap. */
    public Period clip(Period other) {
        if (!overlaps(other)) return null;
        return new Period(from.isAfter(other.from) ? from : other.from, to.isBefore(other.to) ? to : other.to);
    }

    /**
     * As a person would write it: {@code 2026}, {@code 2026-10}, {@code 2026-10-01..2026-10-15} for
     * whole days, else the instants.
     */
    public String label() {
        var a = from.atZone(ZoneOffset.UTC);
        var b = to.atZone(ZoneOffset.UTC);
        boolean days = a.toLocalTime().toSecondOfDay() == 0 && a.getNano() == 0
                && b.toLocalTime().toSecondOfDay() == 0 && b.getNano() == 0;
        if (!days) return from + ".." + to;
        LocalDate da = a.toLocalDate();
        LocalDate db = b.toLocalDate();
        if (da.getDayOfMonth() == 1 && da.plusMonths(1).equals(db)) return YearMonth.from(da).toString();
        if (da.getDayOfYear() == 1 && da.plusYears(1).equals(db)) return String.valueOf(da.getYear());
        return da + ".." + db;
    }

    @Override
    public String toString() { return label(); }

    private static Instant start(LocalDate d) { return d.atStartOfDay().toInstant(ZoneOffset.UTC); }
}
