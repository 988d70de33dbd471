package io.wattprint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.ledger.Ledger;
import io.wattprint.report.esrs.EsrsE1Report;
import io.wattprint.report.esrs.EsrsFixtures;
import io.wattprint.report.esrs.Golden;
import io.wattprint.report.methodology.Methodology;
import io.wattprint.report.scope2.Scope2Report;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 6: one residual-mix year rule (core {@code ResidualMixYears}: same year, else the latest earlier
 * published year, never a later one), the same in {@code report scope2}, {@code report esrs-e1} and
 * {@code report methodology}, and each report says which mix year it used for which zone and year. Ledger:
 * {@link EsrsFixtures#disclosure}. Oracles by hand (t = MWh × g/kWh / 1000):
 * <pre>
 * FR 2026: the 2026 mix (same year): 600 × 0 + 400 × 0.550 = 220 t
 * NL 2026: no 2026 mix, the 2025 one: 50 × 0 + 50 × 0.500 = 25 t
 * DE 2026: only a 2027 mix, not used: grid average 200 × 0.350 = 70 t (the old nearest-year rule: 200 × 0.600 = 120 t)
 * market-based total 220 + 25 + 70 = 315 t; location-based 400 + 30 + 70 = 500 t
 * </pre>
 */
class ResidualMixYearAcrossReportsTest {
    static final Instant AT = Instant.parse("2027-02-01T09:00:00Z");
    static final List<List<Object>> EXPECTED = List.of(
            List.of("DE", 2026, "none", "none for 2026 or an earlier year (the 2027 mix is later: not used); grid average used"),
            List.of("FR", 2026, 2026, "same year"),
            List.of("NL", 2026, 2025, "latest earlier year (no 2026 mix published)"));

    @TempDir
    Path tmp;
    ReportOutput scope2, esrs, methodology;

    @BeforeEach
    void reports() {
        try (Ledger l = Ledger.open(tmp.resolve("l.db").toString())) {
            EsrsFixtures.disclosure(l);
            Scope2Report.Options o = new Scope2Report.Options(2026, "ACME", 0, 0);
            scope2 = Scope2Report.build(Scope2Report.Inputs.read(l, Scope2Report.rules(o)), o, AT);
            esrs = EsrsE1Report.build(EsrsE1Report.Inputs.read(l, 2026), new EsrsE1Report.Options(2026, null, null, "EUR",
                    EsrsFixtures.disclosureMix(), "ACME", 0, 0), AT);
            methodology = Methodology.generate(l, io.wattprint.core.model.Period.year(2026), AT);
        }
    }

    @SuppressWarnings("unchecked")
    static List<List<Object>> rows(Object list) {
        return ((List<Map<String, Object>>) list).stream().map(m -> List.of(m.get("zone"), m.get("consumption_year"),
                m.get("residual_mix_year") == null ? "none" : m.get("residual_mix_year"), m.get("rule"))).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyReportUsesTheSameResidualMixYearRuleAndSaysWhichYearItUsed() {
        assertThat(rows(scope2.json().get("residual_mix_years"))).isEqualTo(EXPECTED);
        assertThat(rows(((Map<String, Object>) esrs.json().get("_meta")).get("residual_mix_years"))).isEqualTo(EXPECTED);
        assertThat(rows(((Map<String, Object>) methodology.json().get("data_sources")).get("residual_mix_years"))).isEqualTo(EXPECTED);
        for (ReportOutput r : List.of(scope2, esrs, methodology)) {
            String md = Golden.render(ReportFormat.MD, r);
            assertThat(md).contains("Residual mix used per zone and consumption year (rule: the residual mix of the consumption's "
                    + "year, else the latest earlier year published for the zone (disclosed), never a later year; none → the "
                    + "grid average (disclosed))");
            assertThat(md).contains("| NL | 2026 | 2025 | latest earlier year (no 2026 mix published) | 500.00 | renewable 10 %, "
                    + "nuclear 5 %, fossil 85 % | AIB 2025 (test values) |");
            assertThat(Golden.render(ReportFormat.HTML, r)).contains("latest earlier year (no 2026 mix published)");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLaterYearsResidualMixIsNotUsedAndTheMarketBasedFiguresAgreeAcrossReports() {
        assertThat((BigDecimal) scope2.json().get("market_based_t")).isEqualByComparingTo("315");
        assertThat((BigDecimal) scope2.json().get("location_based_t")).isEqualByComparingTo("500");
        assertThat((BigDecimal) ((Map<String, Object>) esrs.json().get("E1-6_10")).get("value")).isEqualByComparingTo("315");
        List<Map<String, Object>> gaps = (List<Map<String, Object>>) ((Map<String, Object>) methodology.json().get("gaps")).get("gaps");
        assertThat(gaps).extracting(g -> g.get("action")).anySatisfy(a -> assertThat((String) a).contains(
                "The MWh no instrument covers in DE get the grid average, which counts again attributes others claimed (the 2027 "
                        + "residual mix is later: not used)"));
        assertThat(gaps).extracting(g -> g.get("action")).anySatisfy(a -> assertThat((String) a).contains(
                "The MWh no instrument covers in NL get the 2025 residual mix (latest earlier published year) instead of the 2026 one"));
    }
}
