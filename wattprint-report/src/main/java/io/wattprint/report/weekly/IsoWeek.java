package io.wattprint.report.weekly;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO 8601 week in UTC: Monday 00:00 to the next Monday 00:00 (end exclusive). Week 1 of a year is the week
 * holding its first Thursday, so a year has 52 or 53 weeks and the first days of January may belong to the
 * previous year's last week.
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {
    private static final Pattern TEXT = Pattern.compile("(\\d{4})-[Ww](\\d{1,2})");

    public IsoWeek {
        if (year < 1 || year > 9999) throw new IllegalArgumentException("year " + year + " is out of range");
        int last = weeksIn(year);
        if (week < 1 || week > last) {
            throw new IllegalArgumentException(year + " has ISO weeks 1 to " + last + ", not " + week);
        }
    }

    /** "2026-W47" (also "2026-w47", "2026-W7"); an {@link IllegalArgumentException} says what is wrong. */
    public static IsoWeek parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) throw new IllegalArgumentException("'" + text + "' is not an ISO week such as 2026-W47");
        return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The week holding {@code t} (UTC). */
    public static IsoWeek of(Instant t) {
        LocalDate d = t.atZone(ZoneOffset.UTC).toLocalDate();
        return new IsoWeek(d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The last week that is over at {@code t}: the one before the week holding {@code t}. */
    public static IsoWeek lastCompleteBefore(Instant t) { return of(t).minus(1); }

    /** 52 or 53. */
    public static int weeksIn(int year) {
        return (int) LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Monday 00:00 UTC. */
    public Instant start() { return monday().atStartOfDay(ZoneOffset.UTC).toInstant(); }

    /** The next Monday 00:00 UTC (exclusive). */
    public Instant end() { return monday().plusDays(7).atStartOfDay(ZoneOffset.UTC).toInstant(); }

    public IsoWeek minus(int weeks) { return of(start().minusSeconds(7L * 86_400 * weeks)); }

    public boolean contains(Instant t) { return !t.isBefore(start()) && t.isBefore(end()); }

    @Override
    public int compareTo(IsoWeek o) { return year != o.year ? Integer.compare(year, o.year) : Integer.compare(week, o.week); }

    @Override
    public String toString() { return String.format(Locale.ROOT, "%04d-W%02d", year, week); }
}
