package io.wattprint.ledger;

import java.util.List;
import java.util.Map;

/**
 * The ledger's figures that {@code wattprint serve}'s {@code /metrics} exposes, read at once by
 * {@link FootprintRepository#metricTotals()}: over the <b>closed</b> runs (those with an outcome), each with its
 * <b>latest</b> footprint only, the component energy by the workload's team, project, model and phase and the
 * component's provenance kind, and the location-based CO2e by team, project, model and phase; and the count of every
 * stored run by status ({@code running} for runs without an outcome). Labels that are not set are null.
 *
 * @param energy runs' component energy (IT energy, before PUE), one row per label set, any order
 * @param co2e   runs' CO2e in grams where known, one row per label set, any order
 * @param runs   runs by status label ({@code running}, {@code succeeded}, {@code failed}, {@code interrupted})
 */
public record MetricTotals(List<Energy> energy, List<Co2e> co2e, Map<String, Long> runs) {
    /** Joules of the components of one provenance kind of the closed runs of one team, project, model and phase. */
    public record Energy(String team, String project, String model, String phase, String provenance, double joules) {}

    /** Grams of CO2e (location-based) of the closed runs of one team, project, model and phase whose CO2e is known. */
    public record Co2e(String team, String project, String model, String phase, double grams) {}

    public MetricTotals {
        energy = List.copyOf(energy);
        co2e = List.copyOf(co2e);
        runs = Map.copyOf(runs);
    }
}
