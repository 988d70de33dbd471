package io.wattprint.report.esrs;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.ledger.Ledger;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.TestLedger;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A line of an ESRS table that is not 0 but is apportioned 0 at 3 decimals prints its first three significant digits
 * (METHODOLOGY §5.1, rule 4), and still counts 0 in its total. By hand:
 * <pre>
 * own:   big   FR 1,000,000 kWh = 1,000 MWh at 400 g/kWh = 400 t;  tiny  DE 0.1 kWh = 0.0001 MWh at 350 g/kWh = 35 g
 *        = 0.000035 t (no DE residual mix: market-based = location-based). E1-5_01 = 1000.0001 → 1000.000; FR gets
 *        1000.000, DE floor 0.000 and no unit left: DE prints 0.0001 MWh (was 0.000), 0.000035 t (was 0.000) in the
 *        Scope 2 table, and in the mix table (no DE mix row: all not determined) 0.0001 total and not determined.
 * cloud: aws   1 kWh at 56 g/kWh = 56 g = 0.000056 t;  gcp 500 kWh at 100 g/kWh = 0.050 t. E1-6_11 = 0.050056 →
 *        0.050; gcp 0.050, aws floor 0.000 and no unit left: aws prints 0.000056 (was 0.000).
 * </pre>
 */
class EsrsTinyLinesTest {
    @TempDir
    Path tmp;

    @Test
    void aTinyLineApportionedZeroPrintsItsFirstSignificantDigits() {
        ReportOutput r;
        try (Ledger l = Ledger.open(tmp.resolve("l.db").toString())) {
            TestLedger.run("big").start("2026-03-02T08:00:00Z").kwh(1_000_000).zone("FR", 400).facility("dc1").store(l);
            TestLedger.run("tiny").start("2026-03-03T08:00:00Z").kwh(0.1).zone("DE", 350).store(l);
            TestLedger.run("aws").start("2026-04-01T00:00:00Z").kwh(1).zone("FR", 56).cloud("aws:eu-west-3").store(l);
            TestLedger.run("gcp").start("2026-04-02T00:00:00Z").kwh(500).zone("BE", 100).cloud("gcp:europe-west1").store(l);
            EsrsE1Report.Options o = new EsrsE1Report.Options(2026, null, null, "EUR", EsrsFixtures.mix(), "ACME", 0, 0);
            r = EsrsE1Report.build(EsrsE1Report.Inputs.read(l, 2026), o, Instant.parse("2027-02-01T09:00:00Z"));
        }
        String md = Golden.render(ReportFormat.MD, r);

        assertThat(md).contains(
                "| DE | 0.0001 | 0.000 | 0.000 | 0.000 | 0.000 | 0.0001 |",
                "| DE | DE | 1 | 0.0001 | 0.000035 | not known | 0.000035 |",
                "| aws | estimate from runs (location-based) | 1 | 1.000 | 0.000056 |",
                "| gcp | estimate from runs (location-based) | 1 | 500.000 | 0.050 |");
        // the tiny lines count 0 in their totals, which still add up to the lines shown as rounded
        assertThat(md).contains("| E1-5\\_01 | Total energy consumption related to own operations | MWh | 1,000.000 |",
                "| E1-6\\_09 | Gross location-based Scope 2 GHG emissions (factor boundary: not known) | tCO2e | 400.000 |",
                "| E1-6\\_11 | Gross Scope 3 GHG emissions (category 1: purchased cloud compute; category 3: upstream of purchased "
                        + "electricity, where determined) | tCO2e | 0.050 |");
        // JSON carries the exact values: 1,000 + 0.0001 MWh; 400 + 0.000035 t; 0.050 + 0.000056 t
        assertThat(value(r, "E1-5_01")).isEqualByComparingTo("1000.0001");
        assertThat(value(r, "E1-6_09")).isEqualByComparingTo("400.000035");
        assertThat(value(r, "E1-6_11")).isEqualByComparingTo("0.050056");
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal value(ReportOutput r, String id) {
        return (BigDecimal) ((java.util.Map<String, Object>) r.json().get(id)).get("value");
    }
}
