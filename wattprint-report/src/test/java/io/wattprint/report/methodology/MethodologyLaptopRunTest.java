package io.wattprint.report.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.ledger.Ledger;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.TestLedger;
import io.wattprint.report.doc.Chart;
import io.wattprint.report.doc.Table;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 8 on {@code report methodology}: one measured laptop run of 450 J = 450 / 3,600,000 kWh = 0.000125 kWh.
 * The provenance chart plotted the rounded 0.000 and the energy methods' TOTAL printed 0.000.
 */
class MethodologyLaptopRunTest {
    @TempDir
    Path dir;

    @Test
    void theProvenanceChartPlotsUnroundedKwhAndTheTotalKeepsItsDigits() {
        ReportOutput r;
        try (Ledger l = Ledger.open(dir.resolve("m.db").toString())) {
            TestLedger.run("lap").start("2026-10-05T10:00:00Z").hours(0.01).kwh(450 / 3_600_000.0).store(l);
            r = Methodology.generate(l, null, Instant.parse("2026-11-01T00:00:00Z"));
        }
        Chart chart = r.document().blocks().stream().filter(b -> b instanceof Chart c && c.id().equals("energy_by_provenance"))
                .map(b -> (Chart) b).findFirst().orElseThrow();
        assertThat(chart.series().get(0).values().get(0)).isCloseTo(0.000125, within(1e-15));
        Table methods = r.document().blocks().stream().filter(b -> b instanceof Table t && "energy_methods".equals(t.id()))
                .map(b -> (Table) b).findFirst().orElseThrow();
        assertThat(methods.total().get(6)).isEqualTo("0.000125");
    }

    /**
     * Two laptop runs in FR, 450 J and 36 J: 0.000125 + 0.00001 = 0.000135 kWh (exact decimal sum), at 3 decimals
     * 0.000. The factors' TOTAL and the coverage's IT energy printed 0.000; JSON carried 0.000.
     */
    @Test
    void theFactorsTotalCoverageAndJsonOfLaptopRunsKeepTheirDigits() throws java.io.IOException {
        ReportOutput r;
        try (Ledger l = Ledger.open(dir.resolve("f.db").toString())) {
            TestLedger.run("lap").start("2026-10-05T10:00:00Z").hours(0.01).kwh(450 / 3_600_000.0).zone("FR", 50).store(l);
            TestLedger.run("lap2").start("2026-10-06T10:00:00Z").hours(0.01).kwh(36 / 3_600_000.0).zone("FR", 50).store(l);
            r = Methodology.generate(l, null, Instant.parse("2026-11-01T00:00:00Z"));
        }
        String md = io.wattprint.report.RenderedFormats.text(io.wattprint.report.ReportFormat.MD, r);
        java.util.Map<String, Object> json = io.wattprint.report.ReportJson.tree(r.data());
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> coverage = (java.util.Map<String, Object>) json.get("coverage");
        java.math.BigDecimal sum = new java.math.BigDecimal("0.000125").add(new java.math.BigDecimal("0.00001"));

        assertThat(md).contains("| **TOTAL** |  |  |  |  |  | **2** | **0.000135** |", "| IT energy (kWh) | 0.000135 |")
                .doesNotContain("| IT energy (kWh) | 0.000 |");
        assertThat((java.math.BigDecimal) coverage.get("it_kwh")).isEqualByComparingTo(sum);
        assertThat(coverage.get("it_kwh_decimals")).isEqualTo(6);
    }
}
