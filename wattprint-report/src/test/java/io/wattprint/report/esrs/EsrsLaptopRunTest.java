package io.wattprint.report.esrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.ledger.Ledger;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.TestLedger;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 8: a laptop-sized year. One run of 450 J in FR at 50 g/kWh, by hand: 450 J / 3,600,000 J per kWh =
 * 0.000125 kWh = 0.000000125 MWh (1.25E-7, first significant digit at 10⁻⁷: three significant digits need 9
 * decimals); × 50 g/kWh = 0.00625 g = 0.00000000625 t (6.25E-9: 11 decimals). No energy mix given: all of it "not
 * determined", 0 renewable. Before, every datapoint read 0.000 and the JSON carried {@code "value": 0.000}.
 */
class EsrsLaptopRunTest {
    @TempDir
    Path tmp;
    ReportOutput r;

    @BeforeEach
    void aLaptopRun() {
        try (Ledger l = Ledger.open(tmp.resolve("l.db").toString())) {
            TestLedger.run("lap").start("2026-03-02T08:00:00Z").hours(0.01).kwh(450 / 3_600_000.0).store(l);
            EsrsE1Report.Options o = new EsrsE1Report.Options(2026, null, null, "EUR", EnergyMix.none(), "ACME", 0, 0);
            r = EsrsE1Report.build(EsrsE1Report.Inputs.read(l, 2026), o, Instant.parse("2027-02-01T09:00:00Z"));
        }
    }

    @Test
    void jsonFactsCarryTheExactValueAndTheDecimalsPrinted() {
        assertThat(value(r, "E1-6_09")).isCloseTo(new BigDecimal("6.25E-9"), within(new BigDecimal("1E-20")));
        assertThat(datapoint(r, "E1-6_09").get("decimals")).isEqualTo(11);
        assertThat(value(r, "E1-6_12")).isCloseTo(new BigDecimal("6.25E-9"), within(new BigDecimal("1E-20")));
        assertThat(value(r, "E1-5_01")).isCloseTo(new BigDecimal("1.25E-7"), within(new BigDecimal("1E-20")));
        assertThat(datapoint(r, "E1-5_01").get("decimals")).isEqualTo(9);
        assertThat(datapoint(r, "E1-5_01").get("base_year_decimals")).isEqualTo(9);
        assertThat(value(r, "E1-6_11")).isEqualTo(new BigDecimal("0.000"));
        assertThat(datapoint(r, "E1-6_11").get("decimals")).isEqualTo(3);
    }

    @Test
    void noNonZeroDatapointOrTotalPrintsAsZero() {
        String md = Golden.render(ReportFormat.MD, r);

        assertThat(md).contains(
                "| E1-5\\_01 | Total energy consumption related to own operations | MWh | 0.000000125 |",
                "| E1-6\\_09 | Gross location-based Scope 2 GHG emissions (factor boundary: not known) | tCO2e | 0.00000000625 |",
                "| E1-6\\_12 | AI portfolio's contribution to total GHG emissions (location-based), Scope 1 excluded (factor boundary: not known) | tCO2e | 0.00000000625 |",
                "| **Total** | **0.000000125** | **0.000** | **0.000** | **0.000** | **0.000** | **0.000000125** |",
                "| **Total** |  | **1** | **0.000000125** | **0.00000000625** |  | **0.00000000625** |",
                "> **Warning:** 0.000000125 MWh of own-operations energy have no known generation mix");
    }

    /** 0 renewable MWh of 0.000000125 consumed is a share of 0 %, not "no energy consumed". */
    @Test
    void theRenewableShareOfALaptopYearIsZeroPercentNotNoEnergy() {
        assertThat(value(r, "E1-5_09")).isEqualByComparingTo("0");
        assertThat(Golden.render(ReportFormat.MD, r)).contains("| E1-5\\_09 | Share of renewable sources in total energy consumption | % | 0.00 |");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> datapoint(ReportOutput r, String id) { return (Map<String, Object>) r.json().get(id); }

    private static BigDecimal value(ReportOutput r, String id) { return (BigDecimal) datapoint(r, id).get("value"); }
}
