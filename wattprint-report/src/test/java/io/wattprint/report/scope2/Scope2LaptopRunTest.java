package io.wattprint.report.scope2;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.ledger.Ledger;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.TestLedger;
import io.wattprint.report.esrs.Golden;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 8 on {@code report scope2}: one run of 450 J in FR at 50 g/kWh, no instrument, no residual mix (grid
 * average). By hand: 450 J / 3,600,000,000 J per MWh = 0.000000125 MWh; × 50 g/kWh = 0.00625 g = 0.00000000625 t,
 * both ways. The dual-reporting facts and every table's Total printed 0.000.
 */
class Scope2LaptopRunTest {
    @TempDir
    Path tmp;

    @Test
    void theDualReportingFactsAndTotalsOfALaptopYearNeverPrintZero() {
        ReportOutput r;
        try (Ledger l = Ledger.open(tmp.resolve("l.db").toString())) {
            TestLedger.run("lap").start("2026-03-02T08:00:00Z").hours(0.01).kwh(450 / 3_600_000.0).zone("FR", 50).store(l);
            Scope2Report.Options o = new Scope2Report.Options(2026, "ACME", 0, 0);
            r = Scope2Report.build(Scope2Report.Inputs.read(l, Scope2Report.rules(o)), o, Instant.parse("2027-02-01T09:00:00Z"));
        }
        String md = Golden.render(ReportFormat.MD, r);

        assertThat(md).contains("| Scope 2 location-based (tCO2e) | 0.00000000625 |",
                "| Scope 2 market-based (tCO2e) | 0.00000000625 |", "| Electricity consumed (MWh) | 0.000000125 |",
                "| **Total** |  | **1** | **0.000000125** | **0.00000000625** | **0.00000000625** | **0.000** | **0.000** | **0.000000125** |",
                "| **Total** | **0.000000125** |  |  | **0.00000000625** |  |");
    }
}
