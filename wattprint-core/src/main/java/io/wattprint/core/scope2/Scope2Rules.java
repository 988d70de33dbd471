package io.wattprint.core.scope2;

import java.time.Instant;

/**
 * What the market-based calculation checks instruments against: the reporting period
 * [from, to), the reporting entity instruments must be retired for (null: not named, and
 * retirement is then only checked to have happened), and how far an instrument's vintage may lie
 * outside the period. By default (0 and 0 months) a vintage must overlap the reporting period:
 * Scope 2 Quality Criterion 5 asks for instruments "issued and redeemed as close as possible to
 * the period of energy consumption" and leaves the limit to the programme.
 */
public record Scope2Rules(Instant from, Instant to, String reporter, int vintageMonthsBefore, int vintageMonthsAfter) {
    public Scope2Rules {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("reporting period is empty or missing (" + from + ".." + to + ")");
        }
        if (reporter != null && reporter.isBlank()) reporter = null;
        if (vintageMonthsBefore < 0) {
            throw new IllegalArgumentException("vintage months before the period must be 0 or more, got " + vintageMonthsBefore);
        }
        if (vintageMonthsAfter < 0) {
            throw new IllegalArgumentException("vintage months after the period must be 0 or more, got " + vintageMonthsAfter);
        }
    }

    /** A calendar year (UTC) with the default vintage window. */
    public static Scope2Rules calendarYear(int year, String reporter) {
        return new Scope2Rules(Periods.yearStart(year), Periods.yearStart(year + 1), reporter, 0, 0);
    }

    public Scope2Rules withVintageSlack(int monthsBefore, int monthsAfter) {
        return new Scope2Rules(from, to, reporter, monthsBefore, monthsAfter);
    }

    public Instant windowFrom() { return Periods.plusMonths(from, -vintageMonthsBefore); }

    public Instant windowTo() { return Periods.plusMonths(to, vintageMonthsAfter); }

    /** {@code the 2026 reporting window}, or with slack {@code the reporting window 2025-10-01..2027-01-01 (2026 + 3 months before)}. */
    public String windowLabel() {
        String period = Periods.label(from, to);
        if (vintageMonthsBefore == 0 && vintageMonthsAfter == 0) {
            return period.matches("\\d{4}") ? "the " + period + " reporting window" : "the reporting window " + period;
        }
        return "the reporting window " + Periods.label(windowFrom(), windowTo()) + " (" + period
                + (vintageMonthsBefore > 0 ? " + " + vintageMonthsBefore + " months before" : "")
                + (vintageMonthsAfter > 0 ? " + " + vintageMonthsAfter + " months after" : "") + ")";
    }

    public String periodLabel() { return Periods.label(from, to); }
}
