package io.wattprint.report.esrs;

import io.wattprint.core.figure.Figures;
import io.wattprint.report.doc.Notice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The notes of the ESRS E1 report about cloud Scope 3 (METHODOLOGY §11.3 "Export coverage"): per provider, what its
 * export covers and which months are estimates; and whether the prior and base years are on the same basis.
 */
final class CloudNotes {
    private CloudNotes() {}

    /** The notes of one provider's line of the reporting year. */
    static List<EsrsE1Data.Note> of(CloudScope3.Line c) {
        List<EsrsE1Data.Note> n = new ArrayList<>();
        int year = c.year();
        if (c.reported()) {
            boolean all = c.estimatedRuns() == 0;
            n.add(note(c.provider() + " reported its own emissions for " + year + " (" + c.figures()
                    + "): they are its Scope 3 figure" + (all ? "" : " for " + c.monthList(CloudScope3.Source.EXPORT))
                    + "; its " + c.coveredRuns() + " run(s) (" + Figures.text(c.coveredKwh(), 3) + " kWh)"
                    + (all ? "" : " closed in those months") + " are inside it and not added again."));
        }
        if (c.estimatedRuns() > 0 || !c.reported()) {
            String which = c.reported() ? " for " + c.monthList(CloudScope3.Source.ESTIMATE) : "";
            String why = c.reported() ? "its export does not cover those months" : "no provider-reported figures for " + year;
            n.add(new EsrsE1Data.Note(Notice.Kind.ESTIMATE, "Scope 3 of " + c.provider() + which + " is an estimate: "
                    + c.estimatedRuns() + " run(s), " + Figures.text(c.runsKwh() - c.coveredKwh(), 3)
                    + " kWh × the grid factor of their region (location-based); " + why + "."));
        }
        if (c.reported() || c.leftOutRows() > 0) n.add(note("Cloud Scope 3 sources by month, " + c.sources() + "."));
        if (c.leftOutRows() > 0) {
            List<String> gaps = new ArrayList<>();
            for (Map.Entry<Integer, TreeSet<String>> e : c.partialMonths().entrySet()) {
                gaps.add(CloudScope3.Line.name(e.getKey()) + " (account " + String.join(", ", e.getValue()) + ")");
            }
            n.add(warning(c.leftOutRows() + " " + c.provider() + " export figure(s) are not used: they reach into "
                    + String.join(", ", gaps) + " " + year + ", which the export does not cover whole for every account "
                    + "(or past the year's end); those months are the runs' estimate (a month counts as the export's only "
                    + "when all of it is covered)."));
        }
        if (c.runsWithoutCo2e() > 0) {
            n.add(warning(c.runsWithoutCo2e() + " " + c.provider() + " run(s) have no CO2e "
                    + "(no footprint or zone unknown) and are not in E1-6_11."));
        }
        return n;
    }

    /** The notes on the prior and the base year's basis ({@link #basis(EsrsYear, EsrsYear, String)}), in that order. */
    static List<EsrsE1Data.Note> basis(EsrsYear now, EsrsYear prior, EsrsYear base, int baseYear) {
        List<EsrsE1Data.Note> n = new ArrayList<>();
        if (baseYear == now.year) {
            add(n, basis(now, prior, "prior year"));
        } else if (baseYear == prior.year) {
            add(n, basis(now, prior, "prior and base year"));
        } else {
            add(n, basis(now, prior, "prior year"));
            add(n, basis(now, base, "base year"));
        }
        return n;
    }

    private static void add(List<EsrsE1Data.Note> n, EsrsE1Data.Note note) { if (note != null) n.add(note); }

    /**
     * A note when the other year's cloud Scope 3 is built from a different source mix than the reporting year's (one
     * from exports, the other from estimates, or a different mix of both), else null. {@code label}: "prior year",
     * "base year" or "prior and base year".
     */
    static EsrsE1Data.Note basis(EsrsYear now, EsrsYear other, String label) {
        String a = mix(now), b = mix(other);
        if (a == null || b == null || a.equals(b)) return null;
        return note("E1-6_11 (cloud Scope 3) of " + now.year + " is built from " + a + ", the " + label + " " + other.year
                + " from " + b + ": the years are not on the same basis, and a change between them is partly a change "
                + "of method, not of emissions.");
    }

    /** "provider exports only", "runs' estimates only", "provider exports (aws: Nov) and runs' estimates", or null. */
    static String mix(EsrsYear y) {
        List<String> exports = new ArrayList<>();
        boolean estimates = false;
        for (CloudScope3.Line c : y.cloud) {
            if (c.reported()) exports.add(c.provider() + ": " + c.monthList(CloudScope3.Source.EXPORT));
            if (c.estimatedRuns() > 0) estimates = true;
        }
        if (exports.isEmpty()) return estimates ? "runs' estimates only" : null;
        String ex = "provider exports (" + String.join("; ", exports) + ")";
        return estimates ? ex + " and runs' estimates" : ex + " only";
    }

    private static EsrsE1Data.Note note(String text) { return new EsrsE1Data.Note(Notice.Kind.NOTE, text); }

    private static EsrsE1Data.Note warning(String text) { return new EsrsE1Data.Note(Notice.Kind.WARNING, text); }
}
