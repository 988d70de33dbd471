package io.wattprint.report.esrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.ledger.Ledger;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.TestLedger;
import io.wattprint.report.scope2.Scope2Report;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the shipped data (wattprint-data 2026.12.1), a run in France, which stores Ember's life-cycle factor as
 * {@code wattprint run} does, gets France's direct factor (RTE 2023) in location-based Scope 2, and the remainder is
 * Scope 3 category 3 in {@code report esrs-e1} (issue 16, METHODOLOGY.md §3.3).
 */
class NationalDirectFactorReportTest {
    static final Instant AT = Instant.parse("2027-02-01T09:00:00Z");
    static final String SHIPPED = "io/wattprint/data/grid-intensity.csv";
    static final double FR_MWH = 10;
    @TempDir
    Path tmp;

    /** FR 2023 life-cycle (index 0) and direct (index 1) g/kWh of the shipped CSV, read without the product's loader. */
    static double[] shippedFr() throws IOException {
        double[] g = {Double.NaN, Double.NaN};
        try (InputStream in = NationalDirectFactorReportTest.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split(",", 7); // zone,name,year,g,basis,boundary,… (no quotes before the source)
                if (!f[0].equals("FR") || !f[2].equals("2023")) continue;
                g[f[5].equals("lifecycle") ? 0 : 1] = Double.parseDouble(f[3]);
            }
        }
        assertThat(g).doesNotContain(Double.NaN);
        return g;
    }

    void store(Ledger l) throws IOException {
        double lc = shippedFr()[0];
        TestLedger.run("fr-1").start("2026-03-02T08:00:00Z").kwh(FR_MWH * 1000).zone("FR", lc)
                .factor(lc, 2023, "Ember Yearly Electricity Data").store(l);
    }

    ReportOutput scope2() throws IOException {
        try (Ledger l = Ledger.open(tmp.resolve("s.db").toString())) {
            store(l);
            Scope2Report.Options o = new Scope2Report.Options(2026, "ACME", 0, 0);
            return Scope2Report.build(Scope2Report.Inputs.read(l, Scope2Report.rules(o)), o, AT);
        }
    }

    ReportOutput esrs() throws IOException {
        try (Ledger l = Ledger.open(tmp.resolve("e.db").toString())) {
            store(l);
            EsrsE1Report.Options o = new EsrsE1Report.Options(2026, null, null, "EUR", EsrsFixtures.mix(), "ACME", 0, 0);
            return EsrsE1Report.build(EsrsE1Report.Inputs.read(l, 2026), o, AT);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) { return (Map<String, Object>) o; }

    @Test
    void scope2OfARunInFranceUsesFrancesShippedDirectFactor() throws IOException {
        double[] fr = shippedFr();
        ReportOutput r = scope2();
        // 10 MWh × 32 g/kWh / 1000 = 0.32 t
        assertThat(((BigDecimal) r.json().get("location_based_t")).doubleValue()).isCloseTo(FR_MWH * fr[1] / 1000, within(0.0005));
        assertThat(r.json().get("location_boundary")).isEqualTo("direct");
        assertThat((List<String>) r.json().get("notes")).noneSatisfy(n -> assertThat(n).contains("no direct (combustion) factor for FR"));
        assertThat(Golden.render(ReportFormat.MD, r)).contains("| Location-based factor boundary | direct |");
    }

    @Test
    void esrsE1PutsFrancesLifecycleRemainderInScope3Category3() throws IOException {
        double[] fr = shippedFr();
        ReportOutput r = esrs();
        double cat3 = FR_MWH * (fr[0] - fr[1]) / 1000; // 10 × (56.04 − 32) / 1000 = 0.2404 t
        assertThat(((BigDecimal) map(r.json().get("E1-6_09")).get("value")).doubleValue()).isCloseTo(FR_MWH * fr[1] / 1000, within(0.0005));
        Map<String, Object> c3 = map(map(r.json().get("_meta")).get("scope3_category3"));
        assertThat(((BigDecimal) c3.get("value")).doubleValue()).isCloseTo(cat3, within(0.0005));
        assertThat(map(c3.get("not_separated"))).doesNotContainKey("FR");
        assertThat(map(r.json().get("E1-6_09")).get("factor_boundary")).isEqualTo("direct");
    }
}
