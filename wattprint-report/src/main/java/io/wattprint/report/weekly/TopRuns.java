package io.wattprint.report.weekly;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.report.JsonFigure;
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
    @JsonPropertyOrder({"id", "workload", "project", "phase", "start", "facility_kwh", "co2e_kg"})
    record Run(String id, String workload, String project, String phase, String start, @JsonIgnore BigDecimal facilityKwh,
               @JsonIgnore BigDecimal co2eKg, BigDecimal measuredPercent, BigDecimal estimatedPercent,
               @JsonIgnore RunFigures figures) {
        /** JSON: the run's exact figures, with the decimals printed (issue 16 item 8). */
        @JsonProperty("facility_kwh")
        @JsonUnwrapped(prefix = "facility_kwh")
        JsonFigure facilityKwhJson() { return JsonFigure.of(Figures.exact(figures.facilityKwh()), facilityKwh); }

        @JsonProperty("co2e_kg")
        @JsonUnwrapped(prefix = "co2e_kg")
        JsonFigure co2eKgJson() {
            return JsonFigure.of(figures.co2eKg() == null ? null : Figures.exact(figures.co2eKg()), co2eKg);
        }
    }

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

    /**
     * The table and, when there are runs, the share of the week's facility kWh ({@code week}, the by-phase TOTAL) they
     * make up: of the printed kWh, or of the exact kWh where the week prints 0.000 (a laptop week, issue 16 item 8).
     */
    static List<Block> blocks(List<Run> top, Tally.Line week) {
        List<List<String>> rows = new ArrayList<>();
        List<BigDecimal> kwhs = new ArrayList<>();
        List<BigDecimal> exactKwhs = new ArrayList<>();
        for (Run t : top) {
            RunFigures r = t.figures();
            kwhs.add(t.facilityKwh());
            exactKwhs.add(Figures.exact(r.facilityKwh()));
            rows.add(List.of(r.shortId(), t.workload(), t.project(), t.phase(), Figures.text(Figures.exact(r.facilityKwh()), t.facilityKwh()),
                    r.co2eKg() == null ? Tally.NA : Figures.text(r.co2eKg(), Tally.KG_DECIMALS),
                    Figures.percent(measuredShare(r), 1), Figures.percent(estimatedShare(r), 1)));
        }
        List<Block> b = new ArrayList<>();
        b.add(new Table("top_runs", "The " + RunFigures.count(top.size()) + " with the most facility energy", List.of(
                Table.Column.text("Run"), Table.Column.text("Workload"), Table.Column.text("Project"), Table.Column.text("Phase"),
                Table.Column.number("Facility kWh"), Table.Column.number("kgCO2e"), Table.Column.number("Measured"),
                Table.Column.number("Estimated")), rows, null));
        if (!top.isEmpty() && week.exactKwh().signum() > 0) {
            BigDecimal sum = ToTotal.sum(kwhs).setScale(Tally.KWH_DECIMALS);
            BigDecimal sumExact = ToTotal.sum(exactKwhs);
            BigDecimal pct = week.kwh().signum() > 0
                    ? sum.multiply(BigDecimal.valueOf(100)).divide(week.kwh(), 1, RoundingMode.HALF_UP)
                    : Figures.round(Figures.quotient(sumExact.multiply(BigDecimal.valueOf(100)), week.exactKwh()), 1);
            b.add(new Paragraph((top.size() == 1 ? "This run uses " : "These " + top.size() + " runs use ") + Figures.text(sumExact, sum)
                    + " kWh, " + Figures.text(pct) + " % of the week's " + Figures.text(week.exactKwh(), week.kwh()) + " kWh."));
        }
        return b;
    }
}
