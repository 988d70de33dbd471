package io.wattprint.report.scope2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.ledger.Ledger;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportJson;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.TestLedger;
import io.wattprint.report.esrs.Golden;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

    private ReportOutput laptopYear() {
        try (Ledger l = Ledger.open(tmp.resolve("l.db").toString())) {
            TestLedger.run("lap").start("2026-03-02T08:00:00Z").hours(0.01).kwh(450 / 3_600_000.0).zone("FR", 50).store(l);
            Scope2Report.Options o = new Scope2Report.Options(2026, "ACME", 0, 0);
            return Scope2Report.build(Scope2Report.Inputs.read(l, Scope2Report.rules(o)), o, Instant.parse("2027-02-01T09:00:00Z"));
        }
    }

    @Test
    void theDualReportingFactsAndTotalsOfALaptopYearNeverPrintZero() {
        ReportOutput r = laptopYear();
        String md = Golden.render(ReportFormat.MD, r);

        assertThat(md).contains("| Scope 2 location-based (tCO2e) | 0.00000000625 |",
                "| Scope 2 market-based (tCO2e) | 0.00000000625 |", "| Electricity consumed (MWh) | 0.000000125 |",
                "| **Total** |  | **1** | **0.000000125** | **0.00000000625** | **0.00000000625** | **0.000** | **0.000** | **0.000000125** |",
                "| **Total** | **0.000000125** |  |  | **0.00000000625** |  |");
    }

    /** JSON states each figure exact with the decimals printed (0.000000125: 9; 0.00000000625: 11), not 0.000. */
    @Test
    void jsonCarriesTheExactFiguresOfALaptopYearWithTheDecimalsPrinted() {
        Map<String, Object> json = ReportJson.tree(laptopYear().data());
        @SuppressWarnings("unchecked")
        Map<String, Object> line = ((List<Map<String, Object>>) json.get("lines")).get(0);

        assertThat(json.get("energy_mwh")).isEqualTo(new BigDecimal("0.000000125"));
        assertThat(json.get("energy_mwh_decimals")).isEqualTo(9);
        // the stored double's shortest decimal, 6.2500000000000005E-9: exact, not rounded
        assertThat((BigDecimal) json.get("location_based_t")).isCloseTo(new BigDecimal("6.25E-9"), within(new BigDecimal("1E-20")));
        assertThat(json.get("location_based_t_decimals")).isEqualTo(11);
        assertThat((BigDecimal) json.get("market_based_t")).isCloseTo(new BigDecimal("6.25E-9"), within(new BigDecimal("1E-20")));
        assertThat(line.get("energy_mwh")).isEqualTo(new BigDecimal("0.000000125"));
        assertThat(line.get("grid_average_mwh_decimals")).isEqualTo(9);
        assertThat(line.get("instrument_mwh")).isEqualTo(new BigDecimal("0.000"));
        assertThat(line.get("instrument_mwh_decimals")).isEqualTo(3);
    }
}
