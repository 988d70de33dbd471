package io.wattprint.report.weekly;

import io.wattprint.core.model.ComponentEnergy;
import io.wattprint.core.model.Phase;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.Workload;
import io.wattprint.ledger.RunRecord;
import io.wattprint.ledger.StoredFootprint;
import java.math.BigDecimal;

/**
 * One run as the weekly report counts it, from its latest stored footprint: facility kWh (0 when the run has
 * no footprint yet), kgCO2e (null when none: location or factor unknown, or no footprint), and its IT energy split
 * by provenance. Attributes missing on the workload read "unspecified".
 */
record RunFigures(RunRecord record, double facilityKwh, Double co2eKg, double itKwh, double measuredKwh,
                  double estimatedKwh, double importedKwh) {
    static final String UNSPECIFIED = "unspecified";

    static RunFigures of(RunRecord r) {
        StoredFootprint f = r.footprint();
        if (f == null) return new RunFigures(r, 0, null, 0, 0, 0, 0);
        double it = 0, measured = 0, estimated = 0, imported = 0;
        for (ComponentEnergy c : f.components()) {
            double kwh = c.energy().kilowattHours();
            it += kwh;
            if (c.provenance().isMeasured()) measured += kwh;
            else if (c.provenance().kind() == Provenance.Kind.ESTIMATED) estimated += kwh;
            else imported += kwh;
        }
        return new RunFigures(r, f.facilityEnergy().kilowattHours(), f.co2e() == null ? null : f.co2e().kilograms(),
                it, measured, estimated, imported);
    }

    String id() { return record.run().id(); }

    /** The first 8 characters of the id, as {@code runs list} prints it. */
    String shortId() { return id().length() > 8 ? id().substring(0, 8) : id(); }

    Workload workload() { return record.run().workload(); }

    String project() { return orUnspecified(workload().project()); }

    String team() { return orUnspecified(workload().team()); }

    String model() { return orUnspecified(workload().model()); }

    String modelVersion() { return workload().model() == null || workload().modelVersion() == null ? "" : workload().modelVersion(); }

    String phase() { return phaseLabel(workload().phase()); }

    static String phaseLabel(Phase p) { return p == null ? UNSPECIFIED : p.label(); }

    boolean hasFootprint() { return record.footprint() != null; }

    boolean locationKnown() { return record.run().location().isKnown(); }

    /** A stored figure as the decimal it prints as (its shortest repr), for exact sums. */
    static BigDecimal exact(double v) { return new BigDecimal(Double.toString(v)); }

    /** "1 run", "3 runs". */
    static String count(int runs) { return runs == 1 ? "1 run" : runs + " runs"; }

    private static String orUnspecified(String s) { return s == null || s.isBlank() ? UNSPECIFIED : s; }
}
