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
import io.wattprint.report.summary.Summary;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 8, "one rounding path": {@code report summary}, {@code ai-act} and {@code maturity} print the same
 * kgCO2e and kWh for the same runs — the exact decimal sum of the stored figures rounded half-up once (maturity
 * printed 116.204 where summary and ai-act printed 116.205). Two pre-training runs of 12.0268 and 77.2837 kWh at
 * 1,000 gCO2e/kWh: 89.3105 exactly, half-up 89.311; the double sum is 89.31049999999999, which rounds to 89.310.
 * The oracle is recomputed here from the stored doubles' decimal strings, with BigDecimal.
 */
class OneRoundingPathAcrossReportsTest {
    static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");

    @TempDir
    Path tmp;

    @Test
    void summaryAiActAndMaturityPrintTheSameExactSumRoundedOnceWhereTheDoubleSumLandsOnFourNines() throws IOException {
        List<RunRecord> runs;
        try (Ledger l = Ledger.open(tmp.resolve("l.db").toString())) {
            TestLedger.run("a").project("svc").model("m", "1").phase(Phase.TRAINING).byMeter().start("2026-11-03T09:00:00Z")
                    .kwh(12.0268).zone("XX", 1000).store(l);
            TestLedger.run("b").project("svc").model("m", "1").phase(Phase.TRAINING).byMeter().start("2026-11-04T09:00:00Z")
                    .kwh(77.2837).zone("XX", 1000).store(l);
            runs = l.runs().list(RunQuery.all());
        }
        BigDecimal kwh = BigDecimal.ZERO, kg = BigDecimal.ZERO;
        double kwhDoubles = 0, kgDoubles = 0;
        for (RunRecord r : runs) {
            kwh = kwh.add(new BigDecimal(Double.toString(r.footprint().itEnergy().kilowattHours())));
            kg = kg.add(new BigDecimal(Double.toString(r.footprint().co2e().kilograms())));
            kwhDoubles += r.footprint().itEnergy().kilowattHours();
            kgDoubles += r.footprint().co2e().kilograms();
        }
        String kwh3 = kwh.setScale(3, RoundingMode.HALF_UP).toPlainString();
        String kg3 = kg.setScale(3, RoundingMode.HALF_UP).toPlainString();
        // the case this test is about: the sums of doubles round one unit lower
        assertThat(kwh3).isEqualTo("89.311");
        assertThat(new BigDecimal(Double.toString(kwhDoubles)).setScale(3, RoundingMode.HALF_UP).toPlainString()).isEqualTo("89.310");
        assertThat(new BigDecimal(Double.toString(kgDoubles)).setScale(3, RoundingMode.HALF_UP).toPlainString()).isNotEqualTo(kg3);

        Summary summary = Summary.of(runs, Summary.By.PROJECT, 3);
        String aiAct = RenderedFormats.text(ReportFormat.MD, AiActReport.of(runs, AiActInput.of("m", "1")).output(AT));
        String maturity = RenderedFormats.text(ReportFormat.MD,
                Maturity.generate(runs, Period.parse("2026-11-02..2026-11-30"), Maturity.ProductionTag.DEFAULT, AT));

        assertThat(summary.total().co2eKg().toPlainString()).isEqualTo(kg3);
        assertThat(summary.total().energyKwh().toPlainString()).isEqualTo(kwh3);
        // ai-act runs table TOTAL: hours, GPU-days, IT kWh, facility kWh (no PUE: the same), kgCO2e
        assertThat(aiAct).contains("| **" + kwh3 + "** | **" + kwh3 + "** | **" + kg3 + "** |");
        // maturity systems table TOTAL: IT kWh, kgCO2e
        assertThat(maturity).contains("| **" + kwh3 + "** | **" + kg3 + "** |");
    }
}
