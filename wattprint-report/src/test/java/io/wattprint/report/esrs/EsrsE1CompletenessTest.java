package io.wattprint.report.esrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.ledger.Ledger;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.TestLedger;
import io.wattprint.report.doc.Table;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 9: the ESRS E1 datapoints the ledger can fill beyond the totals, the AI portfolio's totals labelled
 * as contributions, and the XBRL element of every datapoint. Ledger {@link EsrsFixtures#disclosure} with
 * {@link EsrsFixtures#disclosureMix()}; oracles by hand (METHODOLOGY §12.4):
 * <pre>
 * FR 1,000 MWh: GO 600 renewable; 400 uncovered × residual mix FR 2026 5/60/35 % → renewable 20, nuclear 240, fossil 140
 * NL   100 MWh: PPA 50 renewable;  50 uncovered × residual mix NL 2025 10/5/85 % → renewable 5, nuclear 2.5, fossil 42.5
 * DE   200 MWh: no residual mix up to 2026 → grid mix DE 2026 75/5/20 %        → fossil 150, nuclear 10, renewable 40
 * E1-5_01 = 1,300; renewable 715; nuclear 252.5; fossil 332.5
 * E1-5_04 = 252.5 / 1,300 × 100 = 19.423… → 19.42;  E1-5_15 = 332.5 / 1,300 × 100 = 25.576… → 25.58
 * E1-5_07 = 715 (all own-operations energy is purchased electricity); E1-5_14 = 332.5
 * E1-6_18 = (600 + 50) / 1,300 × 100 = 50.00;  E1-6_19 = GO 600 MWh, PPA 50 MWh
 * </pre>
 */
class EsrsE1CompletenessTest {
    static final Instant AT = Instant.parse("2027-02-01T09:00:00Z");
    static final String ELEMENTS = "esrs/esrs-set1-2024-08-30-elements.tsv";
    @TempDir
    Path tmp;

    ReportOutput report(boolean aws, boolean decemberCloudRun, BigDecimal revenue) {
        try (Ledger l = Ledger.open(tmp.resolve("c-" + aws + decemberCloudRun + revenue + ".db").toString())) {
            EsrsFixtures.disclosure(l);
            if (aws) EsrsFixtures.awsReported(l);
            if (decemberCloudRun) {
                // 1,000 kWh × 300 g/kWh = 0.300 t, in a month the June export does not cover: the runs' estimate
                TestLedger.run("cloud-dec").project("llm").start("2026-12-01T08:00:00Z").kwh(1000).zone("FR", 300)
                        .cloud("aws:eu-west-3").store(l);
            }
            EsrsE1Report.Options o = new EsrsE1Report.Options(2026, null, revenue, "EUR", EsrsFixtures.disclosureMix(), "ACME", 0, 0);
            return EsrsE1Report.build(EsrsE1Report.Inputs.read(l, 2026), o, AT);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> dp(ReportOutput r, String id) { return (Map<String, Object>) r.json().get(id); }

    /** The JSON value (read back as JSON: an integral value is a number without decimals). */
    static BigDecimal value(ReportOutput r, String id) { return new BigDecimal(dp(r, id).get("value").toString()); }

    /** The datapoints table's row of {@code id}. */
    static List<String> row(ReportOutput r, String id) {
        Table t = r.document().blocks().stream().filter(b -> b instanceof Table tb && tb.id().equals("datapoints"))
                .map(b -> (Table) b).findFirst().orElseThrow();
        return t.rows().stream().filter(x -> x.get(0).equals(id)).findFirst().orElseThrow(() -> new AssertionError("no row " + id));
    }

    /** The XBRL element the report's "xbrl" table gives a datapoint, null when it has no row there. */
    static String element(ReportOutput r, String id) {
        Table t = r.document().blocks().stream().filter(b -> b instanceof Table tb && tb.id().equals("xbrl"))
                .map(b -> (Table) b).findFirst().orElseThrow();
        return t.rows().stream().filter(x -> x.get(0).equals(id)).map(x -> x.get(1)).findFirst().orElse(null);
    }

    /** The paragraph of the narrative datapoint {@code id} under "Narrative datapoints". */
    static String narrative(ReportOutput r, String id) {
        return r.document().blocks().stream().filter(b -> b instanceof io.wattprint.report.doc.Paragraph p && p.text().startsWith(id + " "))
                .map(b -> ((io.wattprint.report.doc.Paragraph) b).text()).findFirst().orElseThrow(() -> new AssertionError("no text " + id));
    }

    static BigDecimal pct(String part, String total) {
        return new BigDecimal(part).multiply(BigDecimal.valueOf(100)).divide(new BigDecimal(total), 2, RoundingMode.HALF_UP);
    }

    @Test
    void e15_04IsTheNuclearShareOfTotalEnergy() {
        ReportOutput r = report(false, false, null);
        assertThat(value(r, "E1-5_03")).isEqualByComparingTo("252.5");
        assertThat(value(r, "E1-5_04").setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo(pct("252.5", "1300"));
        assertThat(value(r, "E1-5_04").setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("19.42");
        assertThat(dp(r, "E1-5_04").get("decimals")).isEqualTo(2);
        assertThat(dp(r, "E1-5_04").get("unit")).isEqualTo("%");
        assertThat(row(r, "E1-5_04").get(3)).isEqualTo("19.42");
    }

    @Test
    void e15_15IsTheFossilShareOfTotalEnergy() {
        ReportOutput r = report(false, false, null);
        assertThat(value(r, "E1-5_02")).isEqualByComparingTo("332.5");
        assertThat(value(r, "E1-5_15").setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("25.58");
        assertThat(row(r, "E1-5_15").get(3)).isEqualTo("25.58");
    }

    @Test
    void e15_07IsThePurchasedElectricityFromRenewableSources() {
        ReportOutput r = report(false, false, null);
        // 600 (GO) + 20 (FR residual) + 50 (PPA) + 5 (NL residual) + 40 (DE grid mix)
        assertThat(value(r, "E1-5_07")).isEqualByComparingTo("715");
        assertThat(row(r, "E1-5_07").get(3)).isEqualTo("715.000");
    }

    @Test
    void e15_14IsThePurchasedElectricityFromFossilSources() {
        ReportOutput r = report(false, false, null);
        // 140 (FR residual) + 42.5 (NL residual) + 150 (DE grid mix)
        assertThat(value(r, "E1-5_14")).isEqualByComparingTo("332.5");
        assertThat(row(r, "E1-5_14").get(3)).isEqualTo("332.500");
    }

    @Test
    void sharesOfAYearWithoutOwnEnergySayWhy() {
        // cloud runs only: no own-operations energy, so no share of it, and no electricity for instruments to cover
        try (Ledger l = Ledger.open(tmp.resolve("cloud.db").toString())) {
            TestLedger.run("cloud").start("2026-06-01T08:00:00Z").kwh(1000).zone("FR", 56).cloud("aws:eu-west-3").store(l);
            ReportOutput r = EsrsE1Report.build(EsrsE1Report.Inputs.read(l, 2026), new EsrsE1Report.Options(2026, null, null,
                    "EUR", EnergyMix.none(), "ACME", 0, 0), AT);
            for (String id : List.of("E1-5_04", "E1-5_15")) {
                assertThat(dp(r, id).get("value")).as(id).isNull();
                assertThat(dp(r, id).get("note")).as(id).isEqualTo("n/a — no energy consumed");
                assertThat(row(r, id).get(3)).as(id).isEqualTo("n/a — no energy consumed");
            }
            assertThat(dp(r, "E1-6_18").get("value")).isNull();
            assertThat(dp(r, "E1-6_18").get("note")).isEqualTo("n/a — no own-operations electricity");
            // all of Scope 3 is the run's estimate: 1 MWh × 56 g = 0.056 t, 0 % from primary data
            assertThat(value(r, "E1-6_11")).isEqualByComparingTo("0.056");
            assertThat(value(r, "E1-6_25")).isEqualByComparingTo("0");
        }
    }

    @Test
    void e16_18IsTheShareOfOwnElectricityCoveredByContractualInstruments() {
        ReportOutput r = report(false, false, null);
        assertThat(value(r, "E1-6_18").setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo(pct("650", "1300"));
        assertThat(row(r, "E1-6_18").get(3)).isEqualTo("50.00");
    }

    @Test
    void e16_19NamesTheInstrumentTypesWithTheirMwh() {
        ReportOutput r = report(false, false, null);
        assertThat(dp(r, "E1-6_19").get("text"))
                .isEqualTo("Guarantee of Origin (GO): 600.000 MWh; power purchase agreement (PPA): 50.000 MWh");
        assertThat(dp(r, "E1-6_19").get("value")).isNull();
        assertThat(row(r, "E1-6_19").subList(3, 6)).containsOnly(EsrsE1Document.SEE_BELOW);
        assertThat(narrative(r, "E1-6_19")).contains(": Guarantee of Origin (GO): 600.000 MWh; power purchase agreement (PPA): "
                + "50.000 MWh. Prior year (");
    }

    @Test
    void e16_25IsZeroWhenScope3IsAllEstimatedFromRuns() {
        ReportOutput r = report(false, false, null);
        assertThat(value(r, "E1-6_11")).isEqualByComparingTo("0.56");
        assertThat(value(r, "E1-6_25")).isEqualByComparingTo("0");
    }

    @Test
    void e16_25IsTheShareOfScope3FromTheProvidersReportedFigures() {
        // June: the AWS export, location-based: scope 1 10 kg + scope 2 300 kg + scope 3 50 kg = 0.360 t (primary data
        // obtained from the supplier); December: 1,000 kWh × 300 g = 0.300 t estimated from the run → 0.36 / 0.66
        ReportOutput r = report(true, true, null);
        assertThat(value(r, "E1-6_11")).isEqualByComparingTo("0.66");
        assertThat(value(r, "E1-6_25").setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo(pct("0.36", "0.66"));
        assertThat(row(r, "E1-6_25").get(3)).isEqualTo("54.55");
        ReportOutput all = report(true, false, null);
        assertThat(value(all, "E1-6_25")).isEqualByComparingTo("100");
    }

    @Test
    void e16_27ListsTheScope3CategoriesIncludedAndE16_29TheirMethod() {
        ReportOutput r = report(false, false, null);
        assertThat((String) dp(r, "E1-6_27").get("text"))
                .isEqualTo("1 Purchased goods and services: cloud computing and data centre services "
                        + "(esrs:Category1PurchasedGoodsAndServicesMember)");
        assertThat((String) dp(r, "E1-6_29").get("text")).startsWith("category 1: per provider and month, the provider's reported "
                + "emissions").doesNotContain("category 3");
    }

    @Test
    void aYearWithoutCloudRunsHasNoScope3Category() {
        try (Ledger l = Ledger.open(tmp.resolve("own.db").toString())) {
            TestLedger.run("own").start("2026-03-02T08:00:00Z").kwh(1000).zone("FR", 400).store(l);
            ReportOutput r = EsrsE1Report.build(EsrsE1Report.Inputs.read(l, 2026), new EsrsE1Report.Options(2026, null, null,
                    "EUR", EnergyMix.none(), "ACME", 0, 0), AT);
            assertThat((String) dp(r, "E1-6_27").get("text")).startsWith("none:");
            assertThat(dp(r, "E1-6_25").get("value")).isNull();
            assertThat(dp(r, "E1-6_25").get("note")).isEqualTo("n/a — no Scope 3 emissions");
            assertThat(value(r, "E1-6_18")).isEqualByComparingTo("0");
            assertThat(dp(r, "E1-6_19").get("text")).isEqualTo("none: no contractual instrument applied to own-operations electricity");
        }
    }

    @Test
    void upstreamOfPurchasedElectricityIsCategory3AndNotPrimaryData() throws IOException {
        // FactorBoundaryReportTest's ledger: 10 MWh in DE with the life-cycle factor stored; with the fixture's direct DE
        // factor, life-cycle − direct is Scope 3 category 3, computed from average factors: in E1-6_11, not primary data
        double[] de = FactorBoundaryReportTest.fixtureDe();
        try (Ledger l = Ledger.open(tmp.resolve("cat3.db").toString())) {
            TestLedger.run("de-1").start("2026-03-02T08:00:00Z").kwh(FactorBoundaryReportTest.DE_MWH * 1000).zone("DE", de[0])
                    .factor(de[0], 2023, "Ember Yearly Electricity Data").store(l);
            ReportOutput r = EsrsE1Report.build(EsrsE1Report.Inputs.read(l, 2026), new EsrsE1Report.Options(2026, null, null,
                    "EUR", EnergyMix.none(), "ACME", 0, 0), AT, FactorBoundaryReportTest.withDirectDe());
            BigDecimal cat3 = BigDecimal.valueOf(FactorBoundaryReportTest.DE_MWH * (de[0] - de[1]) / 1000);
            assertThat(value(r, "E1-6_11").doubleValue()).isCloseTo(cat3.doubleValue(), within(1e-9));
            assertThat(value(r, "E1-6_25")).isEqualByComparingTo("0");
            assertThat((String) dp(r, "E1-6_27").get("text")).isEqualTo("3 Fuel- and energy-related activities: upstream of "
                    + "purchased electricity (esrs:Category3FuelAndEnergyrelatedActivitiesMember)");
            assertThat((String) dp(r, "E1-6_29").get("text")).startsWith("category 3: own-operations MWh × (life-cycle − direct");
        }
    }

    @Test
    void e16_34IsTheNetRevenueGivenWithItsCurrency() {
        ReportOutput r = report(false, false, new BigDecimal("125000000"));
        assertThat(value(r, "E1-6_34")).isEqualByComparingTo("125000000");
        assertThat(dp(r, "E1-6_34").get("decimals")).isEqualTo(0);
        assertThat(dp(r, "E1-6_34").get("unit")).isEqualTo("EUR");
        assertThat(row(r, "E1-6_34").get(3)).isEqualTo("125,000,000");
        ReportOutput none = report(false, false, null);
        assertThat(dp(none, "E1-6_34").get("value")).isNull();
        assertThat(dp(none, "E1-6_34").get("note")).isEqualTo(EsrsE1Report.NO_REVENUE);
    }

    @Test
    void thePortfolioTotalsAreLabelledAsContributions() {
        ReportOutput r = report(false, false, new BigDecimal("125000000"));
        for (String id : List.of("E1-6_12", "E1-6_13", "E1-6_30", "E1-6_31")) {
            assertThat((String) dp(r, id).get("label")).startsWith("AI portfolio's contribution to ");
            assertThat(row(r, id).get(1)).startsWith("AI portfolio's contribution to ");
            assertThat(dp(r, id).get("ai_portfolio")).isEqualTo(EsrsE1Report.CONTRIBUTION);
        }
        for (String id : List.of("E1-5_04", "E1-5_09", "E1-5_15", "E1-6_18", "E1-6_25")) {
            assertThat(dp(r, id).get("ai_portfolio")).isEqualTo(EsrsE1Report.SHARE);
        }
        assertThat(Golden.render(ReportFormat.MD, r)).contains("The AI portfolio only: the workloads in the ledger, not the whole "
                + "undertaking.");
    }

    /** The verified elements: datapoint id → element (EFRAG Annex 1, 2024-08-30), read from the test resource. */
    static Map<String, String> verified() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = EsrsE1CompletenessTest.class.getClassLoader().getResourceAsStream(ELEMENTS)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.startsWith("datapoint\t") || line.isBlank()) continue;
                String[] f = line.split("\t");
                if (!f[0].equals("member")) out.put(f[0], f[1]);
            }
        }
        return out;
    }

    @Test
    void everyDatapointCarriesItsVerifiedXbrlElementInJsonAndInTheTable() throws IOException {
        Map<String, String> verified = verified();
        ReportOutput r = report(true, true, new BigDecimal("125000000"));
        List<String> ids = r.json().keySet().stream().filter(k -> !k.equals("_meta")).toList();
        assertThat(ids).containsExactlyElementsOf(verified.keySet());
        for (String id : ids) {
            assertThat(dp(r, id).get("xbrl")).as(id).isEqualTo(verified.get(id));
            assertThat(element(r, id)).as(id).isEqualTo(verified.get(id));
        }
    }

    @Test
    void theLinesThatAreNoEsrsDatapointHaveNoElement() {
        ReportOutput r = report(false, false, null);
        assertThat(row(r, "—").get(1)).contains("not an ESRS datapoint");
        assertThat(element(r, "—")).isNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) r.json().get("_meta");
        @SuppressWarnings("unchecked")
        Map<String, Object> nd = (Map<String, Object>) meta.get("energy_not_determined");
        assertThat(nd).doesNotContainKey("xbrl");
    }

    @Test
    void theScope3MembersNamedAreInTheVerifiedList() throws IOException {
        String list;
        try (InputStream in = EsrsE1CompletenessTest.class.getClassLoader().getResourceAsStream(ELEMENTS)) {
            list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String m : List.of(EsrsE1Report.CLOUD_MEMBER, EsrsCompleteness.CATEGORY1, EsrsCompleteness.CATEGORY3)) {
            assertThat(list).contains("member\tesrs:" + m + "\t");
        }
    }
}
