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
}
