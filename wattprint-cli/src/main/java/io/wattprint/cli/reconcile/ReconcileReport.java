package io.wattprint.cli.reconcile;

import io.wattprint.cli.facility.FacilityArgs;
import io.wattprint.cli.facility.FacilityJson;
import io.wattprint.cli.out.Table;
import io.wattprint.cli.runs.RunView;
import io.wattprint.core.facility.Facility;
import io.wattprint.core.facility.MeterReading;
import io.wattprint.core.facility.MeteredEnergy;
import io.wattprint.core.facility.Reconciliation;
import io.wattprint.core.facility.TopDownAttribution;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.model.Period;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reconciliation and top-down tables as people read them, and as JSON. kWh are shown with
 * enough decimals for the smallest figure to keep three significant digits (at least 3); each
 * figure is rounded on its own, so a column can differ from its total in the last digit. JSON
 * keeps every figure unrounded.
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

    void print(Reconciliation r) {
        MeteredEnergy m = r.meter();
        boolean itMeter = m.boundary() == MeterReading.Boundary.IT;
        boolean prorata = r.residualAllocated();
        header("hybrid reconciliation");
        out.println("  " + (itMeter ? "bottom-up IT energy per run, summed, against the PDU (IT) meter"
                : "bottom-up IT energy × PUE per run, summed, against the facility meter")
                + (m.hasReadings() ? "; residual " + (prorata ? "allocated pro rata" : "reported separately") : ""));
        out.println();
        List<Double> figures = new ArrayList<>();
        r.lines().forEach(l -> {
            figures.add(l.usage().itEnergy().kilowattHours());
            figures.add(l.bottomUp().kilowattHours());
        });
        figures.add(m.energy().kilowattHours());
        int d = decimals(figures);
        String compared = itMeter ? ">IT kWh (metered boundary)" : ">FACILITY kWh";
        Table t = prorata
                ? new Table("RUN", "PROJECT/WORKLOAD", ">IT kWh", ">× PUE", compared, ">SHARE", ">+ RESIDUAL kWh", ">ATTRIBUTED kWh")
                : new Table("RUN", "PROJECT/WORKLOAD", ">IT kWh", ">× PUE", compared, ">SHARE");
        for (Reconciliation.Line l : r.lines()) {
            List<Object> row = new ArrayList<>(List.of(RunView.shortId(l.usage().runId()), l.usage().label(),
                    kwh(l.usage().itEnergy().kilowattHours(), d), itMeter ? "-" : l.pue().toString(), kwh(l.bottomUp().kilowattHours(), d),
                    percent(l.share())));
            if (prorata) {
                row.add(signed(l.allocatedResidual().kilowattHours(), d));
                row.add(kwh(l.attributed().kilowattHours(), d));
            }
            t.row(row.toArray());
        }
        String pueCell = itMeter || r.pue() == null ? "" : r.pue().pue().pue().toString();
        List<Object> total = new ArrayList<>(List.of("bottom-up", "(" + r.lines().size() + " run" + (r.lines().size() == 1 ? "" : "s") + ")",
                kwh(r.bottomUpIt().kilowattHours(), d), pueCell, kwh(r.bottomUp().kilowattHours(), d),
                r.lines().isEmpty() ? "" : percent(1)));
        if (prorata) {
            total.add(signed(r.residual().kilowattHours(), d));
            total.add(kwh(r.attributed().kilowattHours(), d));
        }
        t.row(total.toArray());
        if (m.hasReadings()) {
            List<Object> res = new ArrayList<>(List.of("residual", prorata ? "(allocated above)" : "(unattributed)", "", "",
                    signed(r.residual().kilowattHours(), d), percent(r.residual().kilowattHours() / m.energy().kilowattHours())));
            List<Object> meter = new ArrayList<>(List.of("meter", kinds(m), "", "", kwh(m.energy().kilowattHours(), d), percent(1)));
            if (prorata) {
                res.addAll(List.of("", ""));
                meter.addAll(List.of("", kwh(m.energy().kilowattHours(), d)));
            }
            t.row(res.toArray());
            t.row(meter.toArray());
        }
        t.print(out);
        out.println();
        if (m.hasReadings()) {
            out.println("coverage  " + percent(r.coverage()) + "  (" + (itMeter ? "bottom-up IT energy / metered IT energy"
                    : "bottom-up facility energy / metered facility energy") + ")");
            out.println("residual  " + signed(r.residual().kilowattHours(), d) + " kWh  (meter − bottom-up"
                    + (prorata ? "; allocated to the runs by their share, so they add up to the meter)" : "; not attributed to any run)"));
        } else {
            out.println("nothing to reconcile: no meter reading of facility " + facility.name() + " covers any of " + period.label()
                    + " (add one with wattprint facility reading " + facility.name() + ")");
        }
        footer(r.warnings(), r.explanation().render());
    }

    void print(TopDownAttribution t) {
        MeteredEnergy m = t.meter();
        header("top-down attribution");
        boolean itMeter = m.boundary() == MeterReading.Boundary.IT;
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
        List<Double> figures = new ArrayList<>();
        t.lines().forEach(l -> {
            figures.add(l.itEnergy().kilowattHours());
            figures.add(l.facilityEnergy().kilowattHours());
        });
        figures.add(m.energy().kilowattHours());
        int d = decimals(figures);
        String hours = t.basis() == TopDownAttribution.ShareBasis.CPU_HOURS ? ">CPU h" : ">ACCELERATOR h";
        Table table = new Table("RUN", "PROJECT/WORKLOAD", hours, ">SHARE", ">IT kWh", ">FACILITY kWh");
        double totalHours = 0;
        for (TopDownAttribution.Line l : t.lines()) {
            totalHours += l.hours();
            table.row(RunView.shortId(l.usage().runId()), l.usage().label(), Figures.format(l.hours(), 3),
                    percent(l.share()), kwh(l.itEnergy().kilowattHours(), d), kwh(l.facilityEnergy().kilowattHours(), d));
        }
        double attributedFacility = t.lines().stream().mapToDouble(l -> l.facilityEnergy().kilowattHours()).sum();
        table.row("runs", "(" + t.lines().size() + " run" + (t.lines().size() == 1 ? "" : "s") + ")",
                Figures.format(totalHours, 3), t.lines().isEmpty() || totalHours == 0 ? "" : percent(1),
                kwh(t.attributedIt().kilowattHours(), d), kwh(attributedFacility, d));
        table.row("meter", kinds(m), "", "", kwh(t.itEnergy().kilowattHours(), d), itMeter ? "" : kwh(m.energy().kilowattHours(), d));
        table.print(out);
        out.println();
        out.println("IT energy  " + (itMeter ? kwh(m.energy().kilowattHours(), d) + " kWh metered at the PDUs"
                : kwh(m.energy().kilowattHours(), d) + " kWh metered / PUE " + t.pue().pue().pue() + " = "
                        + kwh(t.itEnergy().kilowattHours(), d) + " kWh"));
        out.println("note: per-run figures follow " + t.basis().label() + ", not measured power (errors of 30–50 % per workload, "
                + "seed 000); all the IT energy goes to the runs recorded in the facility");
        footer(t.warnings(), t.explanation().render());
    }

    Map<String, Object> json(Reconciliation r) {
        Map<String, Object> m = head("hybrid");
        m.put("meter", FacilityJson.meter(r.meter()));
        m.put("pue", FacilityJson.pue(r.pue()));
        m.put("residual_treatment", r.treatment().label());
        List<Map<String, Object>> runs = new ArrayList<>();
        for (Reconciliation.Line l : r.lines()) {
            Map<String, Object> x = run(l.usage());
            x.put("it_kwh", l.usage().itEnergy().kilowattHours());
            x.put("pue", l.pue().value());
            x.put("bottom_up_kwh", l.bottomUp().kilowattHours());
            x.put("share", l.share());
            x.put("allocated_residual_kwh", l.allocatedResidual().kilowattHours());
            x.put("attributed_kwh", l.attributed().kilowattHours());
            runs.add(x);
        }
        m.put("runs", runs);
        m.put("bottom_up_it_kwh", r.bottomUpIt().kilowattHours());
        m.put("bottom_up_kwh", r.bottomUp().kilowattHours());
        m.put("meter_kwh", r.meter().hasReadings() ? r.meter().energy().kilowattHours() : null);
        m.put("coverage", r.coverage());
        m.put("residual_kwh", r.residual() == null ? null : r.residual().kilowattHours());
        m.put("residual_allocated", r.residualAllocated());
        m.put("reconciled", r.meter().hasReadings());
        m.put("warnings", FacilityJson.warnings(r.warnings()));
        m.put("explanation", r.explanation().render());
        return m;
    }

    Map<String, Object> json(TopDownAttribution t) {
        Map<String, Object> m = head("top-down");
        m.put("meter", FacilityJson.meter(t.meter()));
        m.put("pue", FacilityJson.pue(t.pue()));
        m.put("share_basis", t.basis().label());
        m.put("it_kwh", t.meter().hasReadings() ? t.itEnergy().kilowattHours() : null);
        List<Map<String, Object>> runs = new ArrayList<>();
        for (TopDownAttribution.Line l : t.lines()) {
            Map<String, Object> x = run(l.usage());
            x.put("accelerator_hours", l.usage().acceleratorHours());
            x.put("cpu_hours", l.usage().cpuHours());
            x.put("share", l.share());
            x.put("it_kwh", l.itEnergy().kilowattHours());
            x.put("facility_kwh", l.facilityEnergy().kilowattHours());
            x.put("bottom_up_it_kwh", l.usage().itEnergy().kilowattHours());
            runs.add(x);
        }
        m.put("runs", runs);
        m.put("attributed", t.meter().hasReadings());
        m.put("warnings", FacilityJson.warnings(t.warnings()));
        m.put("explanation", t.explanation().render());
        return m;
    }

    private Map<String, Object> head(String method) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", method);
        m.put("facility", facility.name());
        m.put("zone", facility.zone());
        m.put("period", FacilityJson.period(period));
        return m;
    }

    private static Map<String, Object> run(io.wattprint.core.facility.RunUsage u) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("id", u.runId());
        x.put("label", u.label());
        return x;
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

    /** At least 3 decimals; more when the smallest non-zero figure would keep fewer than 3 significant digits. */
    static int decimals(List<Double> kwh) {
        return Figures.decimalsFor(kwh.stream().map(Figures::exact).toList(), 3, 3, 12);
    }

    private static String kwh(double v, int decimals) { return Figures.format(v, decimals); }

    private static String signed(double v, int decimals) { return (v > 0 ? "+" : "") + Figures.format(v, decimals); }

    private static String percent(double share) { return Figures.percent(share, 2); }
}
