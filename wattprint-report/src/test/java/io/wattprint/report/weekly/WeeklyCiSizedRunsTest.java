package io.wattprint.report.weekly;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.model.Phase;
import io.wattprint.ledger.Ledger;
import io.wattprint.report.RenderedFormats;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportJson;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.TestLedger;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 8 on a CI-sized week: 20 test jobs of 1,800 J each (0.0005 kWh; by hand 1,800 / 3,600,000), one per
 * project p00–p19. The week: 20 × 0.0005 = 0.01 kWh, printed 0.010. By project each line is 0.0005: floors 0.000, the
 * 10 units of 0.001 go to the first 10 projects (equal remainders and sizes: the earlier ones), the other 10 are
 * apportioned 0.000 and print their digits, 0.0005. JSON states every line exact, 0.0005, with the decimals its cell
 * prints (3 for 0.001, 4 for 0.0005): half-up to those decimals it is the cell.
 */
class WeeklyCiSizedRunsTest {
    @TempDir
    Path dir;

    @Test
    void everyJsonLineRoundedToItsDecimalsIsTheCellPrintedAndNoCiJobPrintsZero() throws IOException {
        ReportOutput r;
        try (Ledger l = Ledger.open(dir.resolve("ci.db").toString())) {
            for (int i = 0; i < 20; i++) {
                TestLedger.run(String.format("ci-%02d", i)).project(String.format("p%02d", i)).phase(Phase.SUPPORTING)
                        .start("2026-11-17T10:00:00Z").hours(0.01).kwh(1800 / 3_600_000.0).zone("FR", 50).store(l);
            }
            r = WeeklyReport.generate(l, WeeklyRequest.of(new IsoWeek(2026, 47), Instant.parse("2026-11-24T09:00:00Z")));
        }
        String md = RenderedFormats.text(ReportFormat.MD, r);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) ((Map<String, Object>) ReportJson.tree(r.data())
                .get("by_project")).get("lines");

        assertThat(md).contains("| **TOTAL** | **20** | **0.010** |", "| p00 | 1 | 0.001 |", "| p09 | 1 | 0.001 |",
                "| p10 | 1 | 0.0005 |", "| p19 | 1 | 0.0005 |").doesNotContainPattern("\\| p\\d\\d \\| 1 \\| 0\\.000 \\|");
        assertThat(lines).hasSize(20);
        for (int i = 0; i < 20; i++) {
            Map<String, Object> line = lines.get(i);
            BigDecimal exact = (BigDecimal) line.get("facility_kwh");
            int decimals = (Integer) line.get("facility_kwh_decimals");
            assertThat(exact).as(line.get("project").toString()).isEqualByComparingTo("0.0005");
            assertThat(exact.setScale(decimals, RoundingMode.HALF_UP).toPlainString()).as(line.get("project").toString())
                    .isEqualTo(i < 10 ? "0.001" : "0.0005");
        }
    }
}
