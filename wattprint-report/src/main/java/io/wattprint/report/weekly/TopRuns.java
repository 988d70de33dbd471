package io.wattprint.report.weekly;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Paragraph;
import io.wattprint.report.doc.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runs of the week with the most facility energy (ties by id), with the share of each run's IT energy that
 * was measured and estimated. Runs without a footprint have no energy to rank and are left out (the sources
 * section lists them).
 */
final class TopRuns {
    private final List<RunFigures> top;
    private final Map<String, BigDecimal> runKwh;

    /** {@code runKwh}: each run's facility kWh as the week prints it ({@link WeeklyReport#runKwh}). */
    TopRuns(List<RunFigures> runs, int n, Map<String, BigDecimal> runKwh) {
        this.runKwh = runKwh;
        top = runs.stream().filter(RunFigures::hasFootprint)
                .sorted(Comparator.comparingDouble(RunFigures::facilityKwh).reversed().thenComparing(RunFigures::id))
                .limit(n).toList();
    }

    private static double share(double part, double whole) { return whole == 0 ? 0 : part / whole; }

    /** The table and, when there are runs, the share of the week's facility kWh (as printed) they make up. */
    List<Block> blocks(BigDecimal weekKwh) {
        List<List<String>> rows = new ArrayList<>();
        List<BigDecimal> kwhs = new ArrayList<>();
        for (RunFigures r : top) {
            BigDecimal kwh = runKwh.get(r.id());
            kwhs.add(kwh);
            rows.add(List.of(r.shortId(), r.workload().name(), r.project(), r.phase(), Figures.text(Figures.exact(r.facilityKwh()), kwh),
                    r.co2eKg() == null ? Tally.NA : Figures.text(r.co2eKg(), Tally.KG_DECIMALS),
                    Figures.percent(share(r.measuredKwh(), r.itKwh()), 1), Figures.percent(share(r.estimatedKwh(), r.itKwh()), 1)));
        }
        List<Block> b = new ArrayList<>();
        b.add(new Table("top_runs", "The " + RunFigures.count(top.size()) + " with the most facility energy", List.of(
                Table.Column.text("Run"), Table.Column.text("Workload"), Table.Column.text("Project"), Table.Column.text("Phase"),
                Table.Column.number("Facility kWh"), Table.Column.number("kgCO2e"), Table.Column.number("Measured"),
                Table.Column.number("Estimated")), rows, null));
        if (!top.isEmpty() && weekKwh.signum() > 0) {
            BigDecimal sum = ToTotal.sum(kwhs);
            BigDecimal pct = sum.multiply(BigDecimal.valueOf(100)).divide(weekKwh, 1, RoundingMode.HALF_UP);
            b.add(new Paragraph("These " + RunFigures.count(top.size()) + " use " + Figures.text(sum.setScale(Tally.KWH_DECIMALS))
                    + " kWh, " + Figures.text(pct) + " % of the week's " + Figures.text(weekKwh) + " kWh."));
        }
        return b;
    }

    List<Object> json() {
        List<Object> l = new ArrayList<>();
        for (RunFigures r : top) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("workload", r.workload().name());
            m.put("project", r.project());
            m.put("phase", r.phase());
            m.put("start", r.record().run().start().toString());
            m.put("facility_kwh", runKwh.get(r.id()));
            m.put("co2e_kg", r.co2eKg() == null ? null : Figures.round(r.co2eKg(), Tally.KG_DECIMALS));
            m.put("measured_percent", Figures.percentValue(share(r.measuredKwh(), r.itKwh()), 1));
            m.put("estimated_percent", Figures.percentValue(share(r.estimatedKwh(), r.itKwh()), 1));
            l.add(m);
        }
        return l;
    }
}
