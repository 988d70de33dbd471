package io.wattprint.report.scope2;

import io.wattprint.core.scope2.DualScope2;
import io.wattprint.core.scope2.MarketBasedScope2;
import io.wattprint.core.scope2.ResidualMix;
import io.wattprint.core.scope2.Scope2Factors;
import io.wattprint.core.scope2.Scope2Rules;
import java.util.List;
import java.util.Objects;

/**
 * The one Scope 2 computation of {@code wattprint scope2} and {@code wattprint report scope2}: the consumption lines
 * of a year's closed runs ({@link Scope2Data}) and the dual result over them ({@link MarketBasedScope2}), for one
 * boundary. The two commands differ only in the boundary and in how they show the result: {@code wattprint scope2}
 * every run, unrounded ({@link Scope2Figures}) or as a terminal table; the report own operations, rounded
 * ({@link Scope2ReportData}).
 *
 * @param residualMixes the residual mixes the computation chose from ({@link io.wattprint.core.scope2.ResidualMixYears})
 */
public record Scope2Result(Scope2Rules rules, Scope2Data consumption, DualScope2 dual, List<ResidualMix> residualMixes) {
    /** Which runs count. */
    public enum Boundary {
        /** Every run closed in the year, one line per zone and factor ({@code wattprint scope2}). */
        ALL_RUNS,
        /** Runs in a cloud region left out, one line per facility (else zone) and factor (the reports). */
        OWN_OPERATIONS
    }

    public Scope2Result {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(consumption, "consumption");
        Objects.requireNonNull(dual, "dual");
        residualMixes = List.copyOf(residualMixes);
    }

    public static Scope2Result compute(Scope2Report.Inputs in, Scope2Rules rules, Boundary boundary) {
        return compute(in, rules, boundary, Scope2Data.shipped());
    }

    /** As {@link #compute(Scope2Report.Inputs, Scope2Rules, Boundary)}, with location-based factors chosen by {@code factors}. */
    public static Scope2Result compute(Scope2Report.Inputs in, Scope2Rules rules, Boundary boundary, Scope2Factors factors) {
        Scope2Data consumption = boundary == Boundary.ALL_RUNS ? allRuns(in, rules, factors)
                : Scope2Data.build(in.runs(), rules, true, factors, in.meters());
        DualScope2 dual = new MarketBasedScope2().compute(consumption.lines(), in.instruments(), in.residualMixes(), rules);
        return new Scope2Result(rules, consumption, dual, in.residualMixes());
    }

    /**
     * Every run, run-based (the engineering view): a facility's meter readings do not change these lines, but a note
     * names the facilities with readings in the period and the reports that use them (METHODOLOGY.md §8.7).
     */
    static Scope2Data allRuns(Scope2Report.Inputs in, Scope2Rules rules, Scope2Factors factors) {
        Scope2Data d = Scope2Data.of(in.runs(), rules, factors);
        if (in.meters().isEmpty()) return d;
        var period = new io.wattprint.core.model.Period(rules.from(), rules.to());
        List<String> metered = in.meters().in(period).stream().map(FacilityMeters.Metered::name).toList();
        if (metered.isEmpty()) return d;
        List<String> warnings = new java.util.ArrayList<>(d.warnings());
        warnings.add(METERED_NOTE_START + String.join(", ", metered) + " in " + rules.periodLabel() + ": these lines are the "
                + "runs' facility energy (IT × PUE); wattprint report scope2 and report esrs-e1 use the metered energy");
        return new Scope2Data(d.lines(), d.runsByZone(), d.runsByLine(), d.runs(), warnings, d.included(), d.unknownLocation(),
                d.cloudRuns(), d.factors(), d.basisByLine(), d.meters());
    }

    /** How the note of {@link #allRuns} on metered facilities starts. */
    public static final String METERED_NOTE_START = "meter readings exist for facility ";
}
