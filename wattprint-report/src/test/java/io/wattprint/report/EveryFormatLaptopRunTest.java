package io.wattprint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.model.Period;
import io.wattprint.core.model.Phase;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunQuery;
import io.wattprint.ledger.RunRecord;
import io.wattprint.report.aiact.AiActInput;
import io.wattprint.report.aiact.AiActReport;
import io.wattprint.report.maturity.Maturity;
import io.wattprint.report.methodology.Methodology;
import io.wattprint.report.weekly.IsoWeek;
import io.wattprint.report.weekly.WeeklyReport;
import io.wattprint.report.weekly.WeeklyRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 8 in every text format: one laptop run of 450 J in FR at 50 g/kWh (by hand 0.000125 kWh, 0.00625 g =
 * 0.00000625 kg; 0.000000125 MWh), pre-training of model m version 1. Markdown, HTML, CSV and the PDF's text of
 * {@code report weekly}, {@code ai-act}, {@code maturity} and {@code methodology} show its digits, and none shows a
 * figure of it as 0.000 or 0.00 in a place where the run's energy is (the TOTAL lines and facts checked below).
 */
class EveryFormatLaptopRunTest {
    static final Instant AT = Instant.parse("2026-11-24T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void markdownHtmlCsvAndPdfPrintTheLaptopsDigits() throws IOException {
        List<RunRecord> runs;
        Map<String, ReportOutput> reports = new LinkedHashMap<>();
        try (Ledger l = Ledger.open(dir.resolve("l.db").toString())) {
            TestLedger.run("lap").project("p").model("m", "1").phase(Phase.TRAINING).start("2026-11-17T10:00:00Z").hours(0.01)
                    .kwh(450 / 3_600_000.0).zone("FR", 50).store(l);
            runs = l.runs().list(RunQuery.all());
            reports.put("weekly", WeeklyReport.generate(l, WeeklyRequest.of(new IsoWeek(2026, 47), AT).trendWeeks(2)));
            reports.put("methodology", Methodology.generate(l, Period.parse("2026-11-01..2026-12-01"), AT));
        }
        reports.put("ai-act", AiActReport.of(runs, AiActInput.of("m", "1")).output(AT));
        reports.put("maturity", Maturity.generate(runs, Period.parse("2026-11-16..2026-11-23"), Maturity.ProductionTag.DEFAULT, AT));
        Map<String, String> digits = Map.of("weekly", "0.000125", "methodology", "0.000125", "ai-act", "0.000000125",
                "maturity", "0.00000625");

        for (Map.Entry<String, ReportOutput> e : reports.entrySet()) {
            String expected = digits.get(e.getKey());
            for (ReportFormat f : List.of(ReportFormat.MD, ReportFormat.HTML, ReportFormat.CSV)) {
                assertThat(RenderedFormats.text(f, e.getValue())).as(e.getKey() + " " + f).contains(expected);
            }
            assertThat(RenderedFormats.pdfText(e.getValue())).as(e.getKey() + " pdf").contains(expected);
        }
        String weekly = RenderedFormats.text(ReportFormat.MD, reports.get("weekly"));
        assertThat(weekly).contains("| **TOTAL** | **1** | **0.000125** | **0.00000625** | **0** |")
                .contains("This run uses 0.000125 kWh, 100.0 % of the week's 0.000125 kWh.");
    }
}
