package io.wattprint.report.weekly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.core.model.Phase;
import io.wattprint.ledger.Ledger;
import io.wattprint.report.RenderedFormats;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.TestLedger;
import io.wattprint.report.doc.Chart;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 8 on {@code report weekly}: laptop-sized runs in FR at 50 g/kWh. By hand: 450 J = 450 / 3,600,000 kWh =
 * 0.000125 kWh → × 50 g/kWh = 0.00625 g = 0.00000625 kg; 900 J = 0.00025 kWh. At 3 decimals both round to 0.000.
 */
class WeeklyLaptopRunTest {
    static final Instant AT = Instant.parse("2026-11-24T09:00:00Z");

    @TempDir
    Path dir;

    private ReportOutput report(double previousWeekJoules, double thisWeekJoules) {
        try (Ledger l = Ledger.open(dir.resolve("w.db").toString())) {
            if (previousWeekJoules > 0) {
                TestLedger.run("prev").project("p").phase(Phase.TRAINING).start("2026-11-10T10:00:00Z").hours(0.01)
                        .kwh(previousWeekJoules / 3_600_000.0).zone("FR", 50).store(l);
            }
            TestLedger.run("lap").project("p").phase(Phase.TRAINING).start("2026-11-17T10:00:00Z").hours(0.01)
                    .kwh(thisWeekJoules / 3_600_000.0).zone("FR", 50).store(l);
            return WeeklyReport.generate(l, WeeklyRequest.of(new IsoWeek(2026, 47), AT).trendWeeks(2));
        }
    }

    @Test
    void theSummaryFactsOfALaptopWeekNeverPrintZero() throws IOException {
        String md = RenderedFormats.text(ReportFormat.MD, report(0, 450));

        assertThat(md).contains("| Facility energy | 0.000125 kWh |", "| Location-based emissions | 0.00000625 kgCO2e |",
                "| Change from 2026-W46 | +0.000125 kWh (new) |");
    }

    /** No run in W46: this week's 0.000125 kWh is "new" (it read "—", as if neither week used energy). */
    @Test
    void weekOverWeekPrintsTheDigitsOfATinyWeekAndCallsItNew() throws IOException {
        String md = RenderedFormats.text(ReportFormat.MD, report(0, 450));

        assertThat(md).contains("| p | 0.000 | 0.000125 | +0.000125 | new |");
    }

    /** 450 J then 900 J: (0.00025 − 0.000125) / 0.000125 = +100.0 %, from the exact figures as both print 0.000 rounded. */
    @Test
    void weekOverWeekOfTwoTinyWeeksGivesThePercentageOfTheirExactFigures() throws IOException {
        String md = RenderedFormats.text(ReportFormat.MD, report(450, 900));

        assertThat(md).contains("| p | 0.000125 | 0.00025 | +0.000125 | +100.0 % |");
    }

    @Test
    void chartsPlotUnroundedValues() {
        ReportOutput r = report(0, 450);

        Chart byPhase = chart(r, "energy_by_phase");
        assertThat(byPhase.series().get(0).values().get(0)).isCloseTo(0.000125, within(1e-15));
        Chart trend = chart(r, "trend");
        List<Double> training = trend.series().get(0).values();
        assertThat(trend.series().get(0).name()).isEqualTo("training");
        assertThat(training.get(training.size() - 1)).isCloseTo(0.000125, within(1e-15));
    }

    private static Chart chart(ReportOutput r, String id) {
        return r.document().blocks().stream().filter(b -> b instanceof Chart c && c.id().equals(id)).map(b -> (Chart) b)
                .findFirst().orElseThrow();
    }
}
