package io.wattprint.report.esrs;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.ledger.Ledger;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.TestLedger;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default base year and the restatement of recomputed prior and base years (METHODOLOGY §12.4, issue 16 item 10).
 * Oracles by hand: a run of 1,000 kWh at 400 g/kWh is 0.400 t; {@link EsrsFixtures#portfolio}'s 2025 run own-0 is
 * 500,000 kWh × 400 g/kWh = 200 t, recomputed with 600,000 kWh = 240 t.
 */
class BaseYearTest {
    static final Instant AT = Instant.parse("2027-02-01T09:00:00Z");
    @TempDir
    Path tmp;

    /** 2024: a 1,000 kWh run in each month from March to December; 2025: one in each of the 12 months; 2026: one. */
    static void monthly(Ledger l) {
        for (int m = 3; m <= 12; m++) run(l, "a" + m, String.format("2024-%02d-10T08:00:00Z", m));
        for (int m = 1; m <= 12; m++) run(l, "b" + m, String.format("2025-%02d-10T08:00:00Z", m));
        run(l, "c1", "2026-05-10T08:00:00Z");
    }

    private static void run(Ledger l, String id, String start) {
        TestLedger.run(id).project("llm").start(start).kwh(1_000).zone("FR", 400).store(l);
    }

    ReportOutput report(Consumer<Ledger> fill, Integer baseYear) {
        try (Ledger l = Ledger.open(tmp.resolve("l.db").toString())) {
            fill.accept(l);
            var o = new EsrsE1Report.Options(2026, baseYear, null, "EUR", EnergyMix.none(), "ACME", 0, 0);
            return EsrsE1Report.build(EsrsE1Report.Inputs.read(l, 2026), o, AT);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> meta(ReportOutput r) { return (Map<String, Object>) r.json().get("_meta"); }

    static BigDecimal baseYearValue(ReportOutput r, String id) {
        return (BigDecimal) ((Map<?, ?>) r.json().get(id)).get("base_year");
    }

    @Test
    void theBaseYearDefaultsToTheFirstYearWithRunsInAllTwelveMonths() {
        ReportOutput r = report(BaseYearTest::monthly, null);

        assertThat(meta(r).get("base_year")).as("2024 has runs in 10 months only").isEqualTo(2025);
        assertThat(meta(r).get("base_year_basis")).isEqualTo("the first year with runs in all 12 months");
        assertThat(baseYearValue(r, "E1-6_09")).as("12 × 0.400 t").isEqualByComparingTo("4.8");
        assertThat(Golden.render(ReportFormat.MD, r)).contains("| Base year | 2025 (the first year with runs in all 12 months) |");
        assertThat(Golden.render(ReportFormat.HTML, r)).contains("2025 (the first year with runs in all 12 months)");
    }

    @Test
    void aGivenBaseYearWinsAndTheReportSaysItWasGiven() {
        ReportOutput r = report(BaseYearTest::monthly, 2024);

        assertThat(meta(r).get("base_year")).isEqualTo(2024);
        assertThat(meta(r).get("base_year_basis")).isEqualTo("given with --base-year");
        assertThat(baseYearValue(r, "E1-6_09")).as("10 × 0.400 t").isEqualByComparingTo("4.0");
        assertThat(Golden.render(ReportFormat.MD, r)).contains("| Base year | 2024 (given with --base-year) |");
    }

    @Test
    void withoutAYearOfTwelveMonthsTheBaseYearIsTheEarliestYearWithClosedRuns() {
        ReportOutput r = report(EsrsFixtures::portfolio, null);

        assertThat(meta(r).get("base_year")).isEqualTo(2025);
        assertThat(meta(r).get("base_year_basis"))
                .isEqualTo("the earliest year with closed runs: no year up to 2026 has runs in all 12 months");
        assertThat((List<?>) meta(r).get("restatements")).as("own-0's only version is its first").isEmpty();
        assertThat(Golden.render(ReportFormat.MD, r)).doesNotContain("Restatement");
    }

    @Test
    void anEmptyLedgerTakesTheReportingYearAsBaseYear() {
        ReportOutput r = report(l -> { }, null);

        assertThat(meta(r).get("base_year")).isEqualTo(2026);
        assertThat(meta(r).get("base_year_basis")).isEqualTo("the reporting year: no run closed up to 2026");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPriorAndBaseYearRecomputedAfterItEndedIsRestatedWithTheDifference() {
        LocalDate before = LocalDate.now(ZoneOffset.UTC);
        ReportOutput r = report(l -> {
            EsrsFixtures.portfolio(l);
            TestLedger.run("own-0").project("llm").start("2025-03-02T08:00:00Z").kwh(600_000).zone("FR", 400).facility("dc1")
                    .recompute(l);
        }, null);
        LocalDate after = LocalDate.now(ZoneOffset.UTC);

        List<?> restated = (List<?>) meta(r).get("restatements");
        assertThat(restated).hasSize(1);
        Map<?, ?> s = (Map<?, ?>) restated.get(0);
        assertThat(s.get("year")).isEqualTo(2025);
        assertThat(s.get("role")).isEqualTo("prior year and base year");
        assertThat(s.get("runs")).isEqualTo(1);
        assertThat((BigDecimal) s.get("first_tco2e")).isEqualByComparingTo("200");
        assertThat((BigDecimal) s.get("latest_tco2e")).isEqualByComparingTo("240");
        assertThat((BigDecimal) s.get("difference_tco2e")).isEqualByComparingTo("40");
        assertThat((BigDecimal) s.get("first_facility_mwh")).isEqualByComparingTo("500");
        assertThat((BigDecimal) s.get("latest_facility_mwh")).isEqualByComparingTo("600");
        LocalDate on = LocalDate.parse((String) s.get("last_computed_on"));
        assertThat(on).isBetween(before, after);
        assertThat(baseYearValue(r, "E1-6_09")).as("the figures use the latest version").isEqualByComparingTo("240");
        String note = "Restatement: the 2025 figures (prior year and base year) use footprints recomputed after 2025 ended: "
                + "1 run(s), the last on " + on + ". Their stored CO2e (facility energy × grid factor) is now 240.000 tCO2e, "
                + "first computed 200.000 tCO2e (+40.000 tCO2e); facility energy 600.000 MWh, first 500.000 MWh. 2025 "
                + "figures published before then are restated here (GHG Protocol Corporate Standard ch. 5).";
        assertThat(Golden.render(ReportFormat.MD, r)).contains("> **Note:** " + note);
        assertThat(Golden.render(ReportFormat.HTML, r)).contains("Restatement: the 2025 figures (prior year and base year)");
        assertThat((List<Object>) meta(r).get("notes")).contains("Note: " + note);
        String restated2025 = "2025 (prior year and base year): 1 run(s) recomputed after 2025 ended, stored CO2e +40.000 tCO2e";
        assertThat(Golden.render(ReportFormat.MD, r)).contains("| Restated | " + restated2025 + " |");
        assertThat(Golden.render(ReportFormat.CSV, r)).contains("report,4,field,Restated", "report,4,value,\"" + restated2025 + "\"");
    }

    @Test
    void aRecomputedBaseYearBeforeThePriorYearIsRestatedAsTheBaseYear() {
        ReportOutput r = report(l -> {
            monthly(l);
            TestLedger.run("a3").project("llm").start("2024-03-10T08:00:00Z").kwh(500).zone("FR", 400).recompute(l);
        }, 2024);

        List<?> restated = (List<?>) meta(r).get("restatements");
        assertThat(restated).hasSize(1);
        Map<?, ?> s = (Map<?, ?>) restated.get(0);
        assertThat(s.get("year")).isEqualTo(2024);
        assertThat(s.get("role")).isEqualTo("base year");
        assertThat((BigDecimal) s.get("difference_tco2e")).as("500 kWh × 400 g − 0.400 t").isEqualByComparingTo("-0.2");
        assertThat(Golden.render(ReportFormat.MD, r)).contains("is now 0.200 tCO2e, first computed 0.400 tCO2e (−0.200 tCO2e)");
    }

    @Test
    void aRunRecomputedInTheReportingYearIsNoRestatement() {
        ReportOutput r = report(l -> {
            EsrsFixtures.portfolio(l);
            TestLedger.run("own-1").project("llm").start("2026-03-02T08:00:00Z").kwh(900_000).zone("FR", 400).facility("dc1")
                    .recompute(l);
        }, null);

        assertThat((List<?>) meta(r).get("restatements")).isEmpty();
    }
}
