package io.wattprint.report.esrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.core.scope2.Scope2Factors;
import io.wattprint.data.GridFactors;
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
 * Location-based Scope 2 by factor boundary (issue 16, METHODOLOGY.md §3.3) in {@code report scope2} and
 * {@code report esrs-e1}. A run in DE stores Ember's life-cycle factor (380.95 g/kWh, 2023), as {@code wattprint run}
 * does. With a direct DE factor (a fixture: none is shipped) Scope 2 uses it and life-cycle − direct is Scope 3
 * category 3; with the shipped data (no direct DE factor) Scope 2 keeps the life-cycle factor, says so and warns.
 */
class FactorBoundaryReportTest {
    static final Instant AT = Instant.parse("2027-02-01T09:00:00Z");
    static final String FIXTURE = "io/wattprint/report/grid-de-direct-fixture.csv";
    static final double DE_MWH = 10;
    @TempDir
    Path tmp;

    /** The DE life-cycle (index 0) and direct (index 1) g/kWh of the fixture CSV, read without the product's loader. */
    static double[] fixtureDe() throws IOException {
        double[] g = new double[2];
        try (InputStream in = FactorBoundaryReportTest.class.getClassLoader().getResourceAsStream(FIXTURE)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split(",");
                if (!f[0].equals("DE")) continue;
                g[f[5].equals("lifecycle") ? 0 : 1] = Double.parseDouble(f[3]);
            }
        }
        return g;
    }

    void store(Ledger l, boolean withCamx) throws IOException {
        TestLedger.run("de-1").start("2026-03-02T08:00:00Z").kwh(DE_MWH * 1000).zone("DE", fixtureDe()[0])
                .factor(fixtureDe()[0], 2023, "Ember Yearly Electricity Data").store(l);
        if (withCamx) {
            TestLedger.run("us-1").start("2026-04-02T08:00:00Z").kwh(1000).zone("US-EGRID-CAMX", 226.54)
                    .factor(226.54, 2022, "US EPA eGRID2022").store(l);
        }
    }

    ReportOutput esrs(boolean withCamx, Scope2Factors factors) throws IOException {
        try (Ledger l = Ledger.open(tmp.resolve("e.db").toString())) {
            store(l, withCamx);
            EsrsE1Report.Options o = new EsrsE1Report.Options(2026, null, null, "EUR", EsrsFixtures.mix(), "ACME", 0, 0);
            EsrsE1Report.Inputs in = EsrsE1Report.Inputs.read(l, 2026);
            return factors == null ? EsrsE1Report.build(in, o, AT) : EsrsE1Report.build(in, o, AT, factors);
        }
    }

    ReportOutput scope2(boolean withCamx, Scope2Factors factors) throws IOException {
        try (Ledger l = Ledger.open(tmp.resolve("s.db").toString())) {
            store(l, withCamx);
            Scope2Report.Options o = new Scope2Report.Options(2026, "ACME", 0, 0);
            Scope2Report.Inputs in = Scope2Report.Inputs.read(l, Scope2Report.rules(o));
            return factors == null ? Scope2Report.build(in, o, AT) : Scope2Report.build(in, o, AT, factors);
        }
    }

    static Scope2Factors withDirectDe() { return GridFactors.load(FIXTURE, "fixture").scope2Factors(); }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) { return (Map<String, Object>) o; }

    static double value(ReportOutput r, String id) { return ((BigDecimal) map(r.json().get(id)).get("value")).doubleValue(); }

    @Test
    void scope2OfARunInGermanyUsesTheDirectFactorNotEmbersLifecycleOne() throws IOException {
        double[] de = fixtureDe();
        ReportOutput r = scope2(false, withDirectDe());
        // 10 MWh × direct g/kWh / 1000 = t
        assertThat(((BigDecimal) r.json().get("location_based_t")).doubleValue()).isCloseTo(DE_MWH * de[1] / 1000, within(0.0005));
        assertThat(r.json().get("location_boundary")).isEqualTo("direct");
        assertThat(Golden.render(ReportFormat.MD, r)).contains("| Location-based factor boundary | direct |")
                .contains("direct (combustion) factor 300.45 gCO2e/kWh, 2023");
        assertThat(value(esrs(false, withDirectDe()), "E1-6_09")).isCloseTo(DE_MWH * de[1] / 1000, within(0.0005));
    }

    @Test
    void scope3Category3IsLifecycleMinusDirectForTheSameEnergy() throws IOException {
        double[] de = fixtureDe();
        double expected = DE_MWH * (de[0] - de[1]) / 1000; // 10 × (380.95 − 300.45) / 1000 = 0.805 t
        ReportOutput r = esrs(false, withDirectDe());
        Map<String, Object> cat3 = map(map(r.json().get("_meta")).get("scope3_category3"));
        assertThat(((BigDecimal) cat3.get("value")).doubleValue()).isCloseTo(expected, within(0.0005));
        assertThat(cat3.get("decimals")).isEqualTo(3); // the exact value with the decimals printed, as a datapoint's
        assertThat(value(r, "E1-6_11")).isCloseTo(expected, within(0.0005)); // no cloud runs: category 3 alone
        assertThat(value(r, "E1-6_12")).isCloseTo(DE_MWH * de[0] / 1000, within(0.001)); // Scope 2 + 3 = life-cycle total
        assertThat(Golden.render(ReportFormat.MD, r)).contains("Scope 3 category 3: upstream of purchased electricity, 2026");
    }

    @Test
    void withTheShippedDataGermanyKeepsItsLifecycleFactorLabelledAndWarned() throws IOException {
        double lifecycle = fixtureDe()[0];
        ReportOutput r = scope2(false, null);
        assertThat(((BigDecimal) r.json().get("location_based_t")).doubleValue()).isCloseTo(DE_MWH * lifecycle / 1000, within(0.0005));
        assertThat(r.json().get("location_boundary")).isEqualTo("life-cycle (no direct factor)");
        assertThat((List<String>) r.json().get("notes")).anySatisfy(n -> assertThat(n)
                .contains("no direct (combustion) factor for DE").contains("overstates Scope 2"));
        Map<String, Object> cat3 = map(map(esrs(false, null).json().get("_meta")).get("scope3_category3"));
        assertThat((BigDecimal) cat3.get("value")).isEqualByComparingTo("0");
        assertThat(map(cat3.get("not_separated"))).containsKey("DE");
    }

    @Test
    void everyLocationBasedTotalSaysItsBoundaryInMarkdownHtmlAndJson() throws IOException {
        String mixed = "mixed: direct for US-EGRID-CAMX; life-cycle for DE (no direct factor)";
        ReportOutput s = scope2(true, null);
        assertThat(s.json().get("location_boundary")).isEqualTo(mixed);
        assertThat(Golden.render(ReportFormat.MD, s)).contains("| Location-based factor boundary | " + mixed + " |");
        assertThat(Golden.render(ReportFormat.HTML, s)).contains(mixed);

        ReportOutput e = esrs(true, null);
        for (String id : List.of("E1-6_09", "E1-6_12")) {
            assertThat(map(e.json().get(id)).get("factor_boundary")).as(id).isEqualTo(mixed);
        }
        assertThat(map(e.json().get("_meta")).get("scope2_location_boundary")).isEqualTo(mixed);
        String md = Golden.render(ReportFormat.MD, e);
        assertThat(md).contains("Gross location-based Scope 2 GHG emissions (factor boundary: " + mixed + ")")
                .contains("the location-based total adds lines of different factor boundaries");
        assertThat(Golden.render(ReportFormat.HTML, e)).contains("factor boundary: " + mixed);
    }
}
