package io.wattprint.ledger;

import java.time.Instant;
import java.util.Set;

/**
 * What the ledger shows of one UTC year of closed runs beyond its sums ({@link FootprintRepository#yearHistory}):
 * the months (1–12) in which a run with a footprint closed, and the runs whose <b>latest</b> footprint is a later
 * version than their first one and was computed after the year ended (a recomputation or an import update made
 * after the year closed), with their first and latest versions' CO2e and facility energy (a version without CO2e
 * counts 0) and the newest such computation. {@code recomputedRuns} is 0, its sums 0 and {@code lastComputedAt}
 * null when no run of the year was recomputed after it.
 */
public record YearHistory(int year, Set<Integer> months, int recomputedRuns, double firstCo2eGrams, double latestCo2eGrams,
                          double firstFacilityJoules, double latestFacilityJoules, Instant lastComputedAt) {
    public YearHistory {
        months = Set.copyOf(months);
    }

    /** Whether a run with a footprint closed in every month of the year. */
    public boolean allMonths() { return months.size() == 12; }
}
