package io.wattprint.report.weekly;

import java.time.Instant;
import java.util.Objects;

/**
 * What {@code report weekly} is asked for: the week, the weeks its trend chart shows (ending with that week),
 * an optional project, and the generation time (the only input that is not the ledger).
 */
public record WeeklyRequest(IsoWeek week, int trendWeeks, String project, Instant generatedAt) {
    public static final int DEFAULT_TREND_WEEKS = 8;
    public static final int MAX_TREND_WEEKS = 52;

    public WeeklyRequest {
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(generatedAt, "generatedAt");
        if (trendWeeks < 1 || trendWeeks > MAX_TREND_WEEKS) {
            throw new IllegalArgumentException("trend weeks 1 to " + MAX_TREND_WEEKS + ", not " + trendWeeks);
        }
        if (project != null && project.isBlank()) project = null;
    }

    /** The week, 8 trend weeks, all projects. */
    public static WeeklyRequest of(IsoWeek week, Instant generatedAt) {
        return new WeeklyRequest(week, DEFAULT_TREND_WEEKS, null, generatedAt);
    }

    public WeeklyRequest trendWeeks(int n) { return new WeeklyRequest(week, n, project, generatedAt); }

    public WeeklyRequest project(String p) { return new WeeklyRequest(week, trendWeeks, p, generatedAt); }

    /** The first week read: the trend's first week, or the previous week (week-over-week) if that is earlier. */
    public IsoWeek firstWeekRead() { return week.minus(Math.max(trendWeeks - 1, 1)); }
}
