package io.wattprint.cli.run;

import io.wattprint.run.site.RunDefaults;
import io.wattprint.cli.out.Human;
import io.wattprint.cli.out.Terminal;
import io.wattprint.cli.runs.RunView;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.model.ComponentEnergy;
import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.Explanation;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.Run;
import java.io.PrintWriter;
import java.util.List;

/** The human summary {@code wattprint run} prints when the command ends. */
final class RunSummary {
    private RunSummary() {}

    static void print(PrintWriter w, Run run, Footprint f, List<String> notes, List<String> warnings, List<String> models,
                      String ledger) {
        w.println();
        w.println("wattprint: run " + RunView.shortId(run.id()) + " " + run.status().label()
                + (run.exitCode() == null ? "" : " (exit " + run.exitCode() + ")")
                + " after " + RunView.duration(run.duration()));
        w.printf("  %-22s %s%n", "workload", Terminal.safe(describeWorkload(run)));
        w.printf("  %-22s %s%n", "IT energy", Human.energy(f.itEnergy()));
        for (ComponentEnergy c : f.components()) {
            w.printf("    %-20s %-13s %s%n", c.component(), Human.energy(c.energy()), c.provenance().describe());
        }
        w.printf("  %-22s %s%% %s%n", "measured share", Figures.format(100 * f.measuredShare(), 1), measuredWords(f));
        w.printf("  %-22s %s  PUE %s — %s%n", "facility energy", Human.energy(f.facilityEnergy()),
                f.pue().pue(), f.pue().basis());
        if (f.locationBased() != null) {
            EmissionFactor factor = f.factor();
            // the engineering view: the factor as the run used it (life-cycle by the SCI convention, direct for eGRID);
            // location-based Scope 2 takes direct factors (wattprint report scope2, METHODOLOGY.md §3.3)
            w.printf("  %-22s %s CO2e%s%n", "location-based", Human.co2e(f.locationBased()),
                    factor == null ? "" : " (" + io.wattprint.core.scope2.Scope2Factor.label(factor.boundary()) + " factor)");
            boolean series = f.explanation().inputs().stream().anyMatch(in -> in.name().equals("grid factor series"));
            if (factor == null) {
                w.printf("    %-20s none applied: no energy recorded%n", "factor");
            } else if (series) {
                // Factor series from the ledger: each series (and any annual fallback) with the energy it applied to.
                for (Explanation.Input in : f.explanation().inputs()) {
                    if (in.name().equals("grid factor series")) w.printf("    %-20s %s; %s%n", "factor series", in.value(), in.source());
                    if (in.name().equals("grid factor")) w.printf("    %-20s %s; %s%n", "factor", in.value(), in.source());
                }
                for (String note : f.explanation().notes()) {
                    if (note.startsWith("no point of factor series") || note.startsWith("factor bases")
                            || note.startsWith("marginal factors") || note.startsWith("factor boundaries")) {
                        w.println("    note: " + note);
                    }
                }
            } else {
                w.printf("    %-20s %s gCO2e/kWh, zone %s, year %d, %s%n", "factor", Figures.format(factor.intensity().gramsPerKwh(), 1),
                        factor.zone(), factor.year(), RunDefaults.shortSource(factor.source()));
                if ("WORLD".equals(factor.zone())) {
                    w.println("    note: world-average factor used because it was asked for (--world-average); not the grid the run used");
                }
            }
        } else {
            w.printf("  %-22s not computed: %s%n", "location-based CO2e", run.location().isKnown()
                    ? "no emission factor for zone " + run.location().zone()
                    : "location unknown (pass --location ZONE or set WATTPRINT_LOCATION; --world-average for a labelled world average)");
        }
        for (String m : models) w.println("  model: " + m);
        for (String note : notes) w.println("  note: " + note);
        for (String warning : warnings) w.println("  warning: " + warning);
        w.println("  stored in " + ledger + " — details: wattprint runs show " + RunView.shortId(run.id()));
        w.flush();
    }

    private static String measuredWords(Footprint f) {
        if (f.itEnergy().joules() == 0) return "(no energy recorded)";
        if (f.measuredShare() >= 1) return "(all measured)";
        return f.measuredShare() > 0 ? "(the rest estimated)" : "(all estimated)";
    }

    private static String describeWorkload(Run run) {
        var wl = run.workload();
        StringBuilder sb = new StringBuilder(wl.name());
        if (wl.project() != null && !wl.project().equals(wl.name())) sb.append(", project ").append(wl.project());
        if (wl.phase() != null) sb.append(", ").append(wl.phase().label());
        sb.append(", location ").append(run.location().label());
        return sb.toString();
    }
}
