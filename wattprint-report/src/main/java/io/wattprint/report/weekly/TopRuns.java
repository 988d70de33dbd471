package io.wattprint.report.weekly;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Paragraph;
import io.wattprint.report.doc.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The runs of the week with the most facility energy (ties by id), with the share of each run's IT energy that
 * was measured and estimated. Runs without a footprint have no energy to rank and are left out (the sources
 * section lists them).
 */
final class TopRuns {
    /** One run of the table; {@code figures} (document only) holds its unrounded figures. */
    record Run(String id, String workload, String project, String phase, String start, BigDecimal facilityKwh,
               BigDecimal co2eKg, BigDecimal measuredPercent, BigDecimal estimatedPercent, @JsonIgnore RunFigures figures) {}

    private TopRuns() {}

    /** {@code runKwh}: each run's facility kWh as the week prints it ({@link WeeklyReport#runKwh}). */
    static List<Run> of(List<RunFigures> runs, int n, Map<String, BigDecimal> runKwh) {
        return runs.stream().filter(RunFigures::hasFootprint)
                .sorted(Comparator.comparingDouble(RunFigures::facilityKwh).reversed().thenComparing(RunFigures::id))
                .limit(n)
                .map(r -> new Run(r.id(), r.workload().name(), r.project(), r.phase(), r.record().run().start().toString(),
                        runKwh.get(r.id()), r.co2eKg() == null ? null : Figures.round(r.co2eKg(), Tally.KG_DECIMALS),
                        Figures.percentValue(measuredShare(r), 1), Figures.percentValue(estimatedShare(r), 1), r))
                .toList();
    }

    private static double share(double part, double whole) { return whole == 0 ? 0 : part / whole; }

    private static double measuredShare(RunFigures r) { return share(r.measuredKwh(), r.itKwh()); }

    private static double estimatedShare(RunFigures r) { return share(r.estimatedKwh(), r.itKwh()); }

    /** The table and, when there are runs, the share of the week's facility kWh (as printed) they make up. */
    static List<Block> blocks(List<Run> top, BigDecimal weekKwh) {
        List<List<String>> rows = new ArrayList<>();
        List<BigDecimal> kwhs = new ArrayList<>();
        for (Run t : top) {
            RunFigures r = t.figures();
            kwhs.add(t.facilityKwh());
            rows.add(List.of(r.shortId(), t.workload(), t.project(), t.phase(), Figures.text(Figures.exact(r.facilityKwh()), t.facilityKwh()),
                    r.co2eKg() == null ? Tally.NA : Figures.text(r.co2eKg(), Tally.KG_DECIMALS),
                    Figures.percent(measuredShare(r), 1), Figures.percent(estimatedShare(r), 1)));
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
}
