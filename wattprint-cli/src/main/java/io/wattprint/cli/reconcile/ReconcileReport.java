package io.wattprint.cli.reconcile;

import io.wattprint.cli.facility.FacilityArgs;
import io.wattprint.cli.out.Table;
import io.wattprint.cli.runs.RunView;
import io.wattprint.core.facility.Facility;
import io.wattprint.core.facility.MeterReading;
import io.wattprint.core.facility.MeteredEnergy;
import io.wattprint.core.facility.Reconciliation;
import io.wattprint.core.facility.TopDownAttribution;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.model.Period;
import io.wattprint.report.reconcile.HybridResult;
import io.wattprint.report.reconcile.TopDownResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The reconciliation and top-down tables as people read them. The figures and their rounding are {@link HybridResult}
 * and {@link TopDownResult} ({@code io.wattprint.report.reconcile}): each column with a total adds up to it. The JSON
 * is {@link io.wattprint.report.reconcile.HybridData} and {@link io.wattprint.report.reconcile.TopDownData}, figures
 * unrounded.
 */
final class ReconcileReport {
    private final PrintWriter out;
    private final Facility facility;
    private final Period period;

    ReconcileReport(PrintWriter out, Facility facility, Period period) {
        this.out = out;
        this.facility = facility;
        this.period = period;
    }

    void print(HybridResult h) {
        Reconciliation r = h.reconciliation();
        MeteredEnergy m = r.meter();
        boolean itMeter = m.boundary() == MeterReading.Boundary.IT;
        boolean prorata = r.residualAllocated();
        header("hybrid reconciliation");
        out.println("  " + (itMeter ? "bottom-up IT energy per run, summed, against the PDU (IT) meter"
                : "bottom-up IT energy × PUE per run, summed, against the facility meter")
                + (m.hasReadings() ? "; residual " + (prorata ? "allocated pro rata" : "reported separately") : ""));
        out.println();
        String compared = itMeter ? ">IT kWh (metered boundary)" : ">FACILITY kWh";
        Table t = prorata
                ? new Table("RUN", "PROJECT/WORKLOAD", ">IT kWh", ">× PUE", compared, ">SHARE", ">+ RESIDUAL kWh", ">ATTRIBUTED kWh")
                : new Table("RUN", "PROJECT/WORKLOAD", ">IT kWh", ">× PUE", compared, ">SHARE");
        for (HybridResult.Row l : h.rows()) {
            List<Object> row = new ArrayList<>(List.of(RunView.shortId(l.usage().runId()), l.usage().label(),
                    l.itKwh().text(), itMeter ? "-" : l.pue().toString(), l.bottomUpKwh().text(), l.share().percent()));
            if (prorata) {
                row.add(l.allocatedResidualKwh().signed());
                row.add(l.attributedKwh().text());
            }
            t.row(row.toArray());
        }
        HybridResult.Total sum = h.total();
        String pueCell = itMeter || r.pue() == null ? "" : r.pue().pue().pue().toString();
        List<Object> total = new ArrayList<>(List.of("bottom-up", "(" + r.lines().size() + " run" + (r.lines().size() == 1 ? "" : "s") + ")",
                sum.itKwh().text(), pueCell, sum.bottomUpKwh().text(), sum.share() == null ? "" : sum.share().percent()));
        if (prorata) {
            total.add(sum.allocatedResidualKwh().signed());
            total.add(sum.attributedKwh().text());
        }
        t.row(total.toArray());
        if (m.hasReadings()) {
            List<Object> res = new ArrayList<>(List.of("residual", prorata ? "(allocated above)" : "(unattributed)", "", "",
                    h.residual().signed(), percent(r.residual().kilowattHours() / m.energy().kilowattHours())));
            List<Object> meter = new ArrayList<>(List.of("meter", kinds(m), "", "", h.meter().text(), percent(1)));
            if (prorata) {
                res.addAll(List.of("", ""));
                meter.addAll(List.of("", h.meter().text()));
            }
            t.row(res.toArray());
            t.row(meter.toArray());
        }
        t.print(out);
        out.println();
        if (m.hasReadings()) {
            out.println("coverage  " + percent(r.coverage()) + "  (" + (itMeter ? "bottom-up IT energy / metered IT energy"
                    : "bottom-up facility energy / metered facility energy") + ")");
            out.println("residual  " + h.residual().signed() + " kWh  (meter − bottom-up"
                    + (prorata ? "; allocated to the runs by their share, so they add up to the meter)" : "; not attributed to any run)"));
        } else {
            out.println("nothing to reconcile: no meter reading of facility " + facility.name() + " covers any of " + period.label()
                    + " (add one with wattprint facility reading " + facility.name() + ")");
        }
        footer(r.warnings(), r.explanation().render());
    }

    void print(TopDownResult td) {
        TopDownAttribution t = td.attribution();
        MeteredEnergy m = t.meter();
        header("top-down attribution");
        boolean itMeter = td.itMeter();
        out.println("  " + (itMeter ? "metered IT energy (PDU)" : "metered facility energy / PUE = IT energy")
                + ", divided among the runs by " + (t.basis() == TopDownAttribution.ShareBasis.NONE ? "accelerator-hours"
                : t.basis().label()));
        out.println();
        if (!m.hasReadings()) {
            out.println("nothing to attribute: no meter reading of facility " + facility.name() + " covers any of " + period.label()
                    + " (add one with wattprint facility reading " + facility.name() + ")");
            footer(t.warnings(), t.explanation().render());
            return;
        }
        String hours = t.basis() == TopDownAttribution.ShareBasis.CPU_HOURS ? ">CPU h" : ">ACCELERATOR h";
        Table table = new Table("RUN", "PROJECT/WORKLOAD", hours, ">SHARE", ">IT kWh", ">FACILITY kWh");
        for (TopDownResult.Row l : td.rows()) {
            table.row(RunView.shortId(l.usage().runId()), l.usage().label(), l.hours().text(), l.share().percent(),
                    l.itKwh().text(), l.facilityKwh().text());
        }
        table.row("runs", "(" + t.lines().size() + " run" + (t.lines().size() == 1 ? "" : "s") + ")", td.hours().text(),
                td.share() == null ? "" : td.share().percent(), td.itKwh().text(), td.facilityKwh().text());
        table.row("meter", kinds(m), "", "", td.meterIt().text(), itMeter ? "" : td.meter().text());
        table.print(out);
        out.println();
        out.println("IT energy  " + (itMeter ? td.meter().text() + " kWh metered at the PDUs"
                : td.meter().text() + " kWh metered / PUE " + t.pue().pue().pue() + " = " + td.meterIt().text() + " kWh"));
        out.println("note: per-run figures follow " + t.basis().label() + ", not measured power (errors of 30–50 % per workload, "
                + "seed 000); all the IT energy goes to the runs recorded in the facility");
        footer(t.warnings(), t.explanation().render());
    }

    private void header(String what) {
        out.println("wattprint: " + what + " of facility " + facility.name() + " (zone " + facility.zone() + "), "
                + period.label() + " [" + period.from() + ", " + period.to() + ")");
    }

    private void footer(List<io.wattprint.core.facility.FacilityWarning> warnings, List<String> explanation) {
        if (!warnings.isEmpty()) out.println();
        FacilityArgs.printWarnings(out, warnings);
        out.println();
        out.println("explanation:");
        for (String line : explanation) out.println("  " + line);
        out.flush();
    }

    private static String kinds(MeteredEnergy m) {
        return "(" + m.parts().stream().map(p -> p.reading().kind().label()).distinct().collect(Collectors.joining(", ")) + ")";
    }

    private static String percent(double share) { return Figures.percent(share, 2); }
}
