package io.wattprint.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.core.model.Phase;
import io.wattprint.ledger.Ledger;
import io.wattprint.report.RenderedFormats;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.TestLedger;
import io.wattprint.report.doc.Chart;
import io.wattprint.report.weekly.IsoWeek;
import io.wattprint.report.weekly.WeeklyReport;
import io.wattprint.report.weekly.WeeklyRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 8: charts plot unrounded values, so a chart of laptop-sized figures has bars of non-zero height in
 * proportion to the figures (they were all flat at the rounded 0.000). By hand: 450 J = 0.000125 kWh and 36 J =
 * 0.00001 kWh, a ratio of 12.5; the axis step is the nice number nearest 0.000125 / 5 = 0.000025, i.e. 0.00002, so
 * the axis runs 0 to 0.00014 and the 0.000125 bar is 0.000125 / 0.00014 of the plot height.
 */
class ChartTinyValuesTest {
    @TempDir
    Path dir;

    @Test
    void aChartOfTinyValuesHasBarsOfNonZeroProportionalHeight() {
        ChartGeometry g = ChartGeometry.of(new Chart("c", "Chart", Chart.Type.BAR, "kWh", List.of("a", "b"),
                List.of(new Chart.Series("x", List.of(0.000125, 0.00001)))));
        double plot = g.plotBottom - g.plotTop;

        assertThat(g.bars.get(0).height()).isCloseTo(plot * 0.000125 / 0.00014, within(1e-9));
        assertThat(g.bars.get(1).height()).isGreaterThan(0);
        assertThat(g.bars.get(0).height() / g.bars.get(1).height()).isCloseTo(12.5, within(1e-9));
        assertThat(g.ticks.stream().map(t -> t.label().text()).toList()).contains("0", "0.00002", "0.00014");
    }

    @Test
    void aStackedChartOfTinyValuesStacksThemInProportion() {
        ChartGeometry g = ChartGeometry.of(new Chart("c", "Chart", Chart.Type.STACKED_BAR, "kWh", List.of("w"),
                List.of(new Chart.Series("training", List.of(0.000125)), new Chart.Series("inference", List.of(0.00001)))));

        assertThat(g.bars.get(1).height()).isGreaterThan(0);
        assertThat(g.bars.get(0).height() / g.bars.get(1).height()).isCloseTo(12.5, within(1e-9));
        assertThat(g.bars.get(1).y() + g.bars.get(1).height()).isCloseTo(g.bars.get(0).y(), within(1e-9));
    }

    /** The weekly report's charts of two laptop runs, as the HTML and PDF renderers lay them out. */
    @Test
    void theWeeklyChartsOfLaptopRunsHaveProportionalBarsInHtml() throws IOException {
        ReportOutput r;
        try (Ledger l = Ledger.open(dir.resolve("w.db").toString())) {
            TestLedger.run("a").project("big").phase(Phase.TRAINING).start("2026-11-17T10:00:00Z").hours(0.01)
                    .kwh(450 / 3_600_000.0).zone("FR", 50).store(l);
            TestLedger.run("b").project("small").phase(Phase.INFERENCE).start("2026-11-18T10:00:00Z").hours(0.01)
                    .kwh(36 / 3_600_000.0).zone("FR", 50).store(l);
            r = WeeklyReport.generate(l, WeeklyRequest.of(new IsoWeek(2026, 47), Instant.parse("2026-11-24T09:00:00Z")).trendWeeks(2));
        }
        Chart byProject = r.document().blocks().stream().filter(b -> b instanceof Chart c && c.id().equals("energy_by_project"))
                .map(b -> (Chart) b).findFirst().orElseThrow();
        ChartGeometry g = ChartGeometry.of(byProject);

        assertThat(g.bars).hasSize(2);
        assertThat(g.bars.get(1).height()).isGreaterThan(0);
        assertThat(g.bars.get(0).height() / g.bars.get(1).height()).isCloseTo(12.5, within(1e-6));
        // the HTML's values table and tooltips read the unrounded figures, not 0.000
        assertThat(RenderedFormats.text(ReportFormat.HTML, r)).contains("0.000125", "0.00001");
    }
}
