package io.wattprint.report.scope2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.report.TestLedger;
import io.wattprint.ledger.Ledger;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.esrs.Golden;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 3: a facility's meter readings set its Scope 2 energy (METHODOLOGY.md §8.7). Oracles by hand from
 * {@link MeteredFixtures}: dc1's runs fr-a 320 kWh × 1.25 = 400 kWh and fr-b 400 × 1.25 = 500 kWh close inside the
 * March and April bills (500 + 700 = 1,200 kWh), so dc1's Scope 2 energy is 1,200 kWh: 900 kWh of runs and 300 kWh
 * not attributed to runs; de-lab (DE, no facility) 200 kWh stays run-based.
 */
class MeteredFacilityScope2Test {
    static final Instant AT = Instant.parse("2027-02-01T09:00:00Z");
    static final BigDecimal EPS = new BigDecimal("1e-9");
    static final String RESIDUAL = "dc1 (FR) — not attributed to runs";
    @TempDir
    Path tmp;

    private ReportOutput report(Consumer<Ledger> fill) {
        try (Ledger l = Ledger.open(tmp.resolve("l.db").toString())) {
            fill.accept(l);
            Scope2Report.Options o = new Scope2Report.Options(2026, "ACME", 0, 0);
            return Scope2Report.build(Scope2Report.Inputs.read(l, Scope2Report.rules(o)), o, AT);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> line(ReportOutput r, String label) {
        for (Object o : (List<Object>) r.json().get("lines")) {
            Map<String, Object> l = (Map<String, Object>) o;
            if (label.equals(l.get("label"))) return l;
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static List<String> notes(ReportOutput r) { return (List<String>) r.json().get("notes"); }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> metered(ReportOutput r) {
        return (List<Map<String, Object>>) r.json().get("metered_facilities");
    }

    private static BigDecimal mwh(double kwh) { return BigDecimal.valueOf(kwh).movePointLeft(3).setScale(3); }

    @Test
    void aUtilityBillOf1200KwhIsTheFacilitysScope2EnergyAndWhatRunsDoNotExplainIsALineOfItsOwn() {
        ReportOutput r = report(MeteredFixtures::billed);
        double runsKwh = 320 * 1.25 + 400 * 1.25, billKwh = 500 + 700;

        assertThat(line(r, "dc1 (FR)").get("energy_mwh")).isEqualTo(mwh(runsKwh));
        assertThat(line(r, "dc1 (FR)").get("runs")).isEqualTo(2);
        assertThat(line(r, "dc1 (FR)").get("energy_basis")).isEqualTo("runs, within the meter of dc1");
        assertThat(line(r, RESIDUAL).get("energy_mwh")).isEqualTo(mwh(billKwh - runsKwh));
        assertThat(line(r, RESIDUAL).get("runs")).isEqualTo(0);
        assertThat(line(r, RESIDUAL).get("energy_basis")).isEqualTo("metered (2 utility-bill readings) less runs");
        // the facility's lines add up to the bill
        BigDecimal facility = ((BigDecimal) line(r, "dc1 (FR)").get("energy_mwh")).add((BigDecimal) line(r, RESIDUAL).get("energy_mwh"));
        assertThat(facility).isEqualByComparingTo(mwh(billKwh));
        assertThat(r.json().get("energy_mwh")).isEqualTo(mwh(billKwh + 200));
    }

    @Test
    void theLocationAndMarketBasedTotalsUseTheMeteredEnergyWithTheFacilitysFactors() {
        ReportOutput r = report(MeteredFixtures::billed);
        // location: dc1 1,200 kWh × 60 g + DE 200 kWh × 350 g; market: dc1 1,200 kWh × FR residual mix 500 g, DE grid 350 g
        double loc = (1200 * 60 + 200 * 350) / 1e6, mkt = (1200 * 500 + 200 * 350) / 1e6;
        assertThat(r.json().get("location_based_t")).isEqualTo(BigDecimal.valueOf(loc).setScale(3, java.math.RoundingMode.HALF_UP));
        assertThat(r.json().get("market_based_t")).isEqualTo(BigDecimal.valueOf(mkt).setScale(3, java.math.RoundingMode.HALF_UP));
        // the unattributed line: 300 kWh × 60 g location-based, × 500 g (residual mix, as its facility) market-based
        assertThat((BigDecimal) line(r, RESIDUAL).get("location_based_t")).isEqualByComparingTo("0.018");
        assertThat((BigDecimal) line(r, RESIDUAL).get("market_based_t")).isEqualByComparingTo("0.150");
        assertThat(line(r, RESIDUAL).get("uncovered_basis")).isEqualTo("residual_mix");
    }

    @Test
    void theJsonCarriesTheMeteredFiguresExactly() {
        ReportOutput r = report(MeteredFixtures::billed);
        assertThat(metered(r)).hasSize(1);
        Map<String, Object> m = metered(r).get(0);
        assertThat(m.get("facility")).isEqualTo("dc1");
        assertThat(m.get("readings")).isEqualTo("2 utility-bill readings");
        assertThat((BigDecimal) m.get("metered_mwh")).isCloseTo(new BigDecimal("1.2"), within(EPS));
        assertThat((BigDecimal) m.get("runs_inside_mwh")).isCloseTo(new BigDecimal("0.9"), within(EPS));
        assertThat((BigDecimal) m.get("not_attributed_mwh")).isCloseTo(new BigDecimal("0.3"), within(EPS));
        assertThat(m.get("not_attributed_line")).isEqualTo(RESIDUAL);
        assertThat((BigDecimal) m.get("runs_scale")).isEqualByComparingTo("1");
        // March and April of 365 days
        assertThat((BigDecimal) m.get("covered_pct")).isCloseTo(BigDecimal.valueOf((31 + 30) * 100 / 365d), within(EPS));
    }

    @Test
    void theMarkdownShowsEachLinesEnergyBasisAndTheMeterTable() {
        String md = Golden.render(ReportFormat.MD, report(MeteredFixtures::billed));
        assertThat(md).contains("| " + RESIDUAL + " | FR | 0 | 0.300 | 0.018 | 0.150 | 0.000 | 0.300 | 0.000 | metered (2 utility-bill "
                + "readings) less runs |");
        assertThat(md).contains("| dc1 | FR | 2 utility-bill readings | 1.200 | 0.900 | 0.300 | 1.0000 | 16.7 |");
        assertThat(md).contains("| DE | DE | 1 | 0.200 | 0.070 | 0.070 | 0.000 | 0.000 | 0.200 | runs |");
    }

    @Test
    void theHtmlAndCsvShowEachLinesEnergyBasisToo() {
        ReportOutput r = report(MeteredFixtures::billed);
        assertThat(Golden.render(ReportFormat.HTML, r)).contains(RESIDUAL, "metered (2 utility-bill readings) less runs",
                "runs, within the meter of dc1", "Facilities whose meter readings set their energy");
        assertThat(Golden.render(ReportFormat.CSV, r)).contains("Energy basis,metered (2 utility-bill readings) less runs");
    }

    @Test
    void aReadingThatExtendsBeyondTheYearCountsForItsShareOfTimeInside() {
        // 2025-12-01..2026-02-01 is 62 days, 31 of them in 2026: 620 kWh × 31 / 62 = 310 kWh; no run closes inside it
        ReportOutput r = report(l -> {
            MeteredFixtures.runs(l);
            l.facilities().addReading(new io.wattprint.core.facility.MeterReading("dc1",
                    io.wattprint.core.model.Period.parse("2025-12-01..2026-02-01"),
                    io.wattprint.core.quantity.Energy.ofKilowattHours(620), io.wattprint.core.facility.MeterReading.Kind.UTILITY_BILL,
                    "INV-2026-01"));
        });
        assertThat((BigDecimal) metered(r).get(0).get("metered_mwh")).isCloseTo(BigDecimal.valueOf(620 * 31 / 62d / 1000), within(EPS));
        assertThat(line(r, RESIDUAL).get("energy_mwh")).isEqualTo(mwh(620 * 31 / 62d));
        // fr-a and fr-b close outside the reading: counted bottom-up
        assertThat(line(r, "dc1 (FR)").get("energy_mwh")).isEqualTo(mwh(900));
        assertThat(notes(r)).anySatisfy(n -> assertThat(n).contains("extends beyond 2026").contains("310 kWh is counted"));
    }

    @Test
    void monthsWithoutReadingsFallBackToTheRunsEnergyAndSaySo() {
        // fr-c closes in September, which no bill covers: 80 kWh × 1.25 = 100 kWh bottom-up, beside the 1,200 kWh billed
        ReportOutput r = report(l -> {
            MeteredFixtures.billed(l);
            TestLedger.run("fr-c").project("llm").start("2026-09-07T08:00:00Z").hours(4).kwh(80).pue(1.25).zone("FR", 60)
                    .facility("dc1").store(l);
        });
        assertThat(line(r, "dc1 (FR)").get("energy_mwh")).isEqualTo(mwh(400 + 500 + 100));
        assertThat(line(r, "dc1 (FR)").get("runs")).isEqualTo(3);
        assertThat(line(r, RESIDUAL).get("energy_mwh")).isEqualTo(mwh(1200 - 900));
        assertThat(r.json().get("energy_mwh")).isEqualTo(mwh(1200 + 100 + 200));
        assertThat(notes(r)).anySatisfy(n -> assertThat(n).startsWith("facility dc1: its meter readings cover 16.7 % of 2026")
                .contains("outside them its Scope 2 energy is its runs' facility energy"));
    }

    @Test
    void aFacilityWithoutReadingsStaysRunBased() {
        ReportOutput r = report(l -> {
            MeteredFixtures.billed(l);
            l.facilities().addFacility(new io.wattprint.core.facility.Facility("dc2", "NL", null));
            TestLedger.run("nl-a").project("chat").start("2026-04-06T08:00:00Z").hours(2).kwh(80).pue(1.25).zone("NL", 300)
                    .facility("dc2").store(l);
        });
        assertThat(line(r, "dc2 (NL)").get("energy_mwh")).isEqualTo(mwh(100));
        assertThat(line(r, "dc2 (NL)").get("energy_basis")).isEqualTo("runs");
        assertThat(line(r, "dc2 (NL) — not attributed to runs")).isNull();
        assertThat(metered(r)).extracting(m -> m.get("facility")).containsExactly("dc1");
    }

    @Test
    void aBilledFacilityWithoutRunsInTheYearIsAllNotAttributedAtItsZonesShippedFactor() {
        ReportOutput r = report(l -> {
            l.facilities().addFacility(new io.wattprint.core.facility.Facility("dc1", "FR", null));
            MeteredFixtures.bill(l, "dc1", "2026-03", 500, "INV-2026-03");
            MeteredFixtures.bill(l, "dc1", "2026-04", 700, "INV-2026-04");
        });
        Map<String, Object> line = line(r, RESIDUAL);
        assertThat(line.get("energy_mwh")).isEqualTo(mwh(1200));
        assertThat(line.get("runs")).isEqualTo(0);
        assertThat(line(r, "dc1 (FR)")).isNull();
        BigDecimal g = (BigDecimal) line.get("grid_factor_g_per_kwh");
        assertThat(g.signum()).isPositive();
        assertThat((String) line.get("grid_factor_source")).isNotBlank();
        // 1,200 kWh × the factor shown (2 decimals: at most 0.000006 t off the exact product)
        assertThat((BigDecimal) line.get("location_based_t")).isCloseTo(g.multiply(new BigDecimal("1.2")).movePointLeft(3),
                within(new BigDecimal("0.0011")));
    }

    @Test
    void pduReadingsAloneLeaveTheFacilityRunBasedAndSaySo() {
        // PDU readings are IT-boundary energy, not the facility's electricity: Scope 2 stays IT × PUE (METHODOLOGY §8.7).
        ReportOutput r = report(l -> {
            MeteredFixtures.runs(l);
            l.facilities().addReading(new io.wattprint.core.facility.MeterReading("dc1",
                    io.wattprint.core.model.Period.parse("2026-03"), io.wattprint.core.quantity.Energy.ofKilowattHours(1000),
                    io.wattprint.core.facility.MeterReading.Kind.PDU, "PDU-A"));
        });
        assertThat(line(r, "dc1 (FR)").get("energy_mwh")).isEqualTo(mwh(900));
        assertThat(line(r, "dc1 (FR)").get("energy_basis")).isEqualTo("runs");
        assertThat(line(r, RESIDUAL)).isNull();
        assertThat(notes(r)).anySatisfy(n -> assertThat(n).contains("facility dc1").contains("PDU (IT-boundary) readings only")
                .contains("IT × PUE"));
    }

    @Test
    void aBilledFacilityWithNoRunsAndNoShippedFactorForItsZoneIsInNeitherTotalAndSaysSo() {
        // Liechtenstein has no published grid factor (a known gap of the shipped data): the metered energy cannot be
        // converted, so it is named in a warning rather than added to a total at a factor that does not exist.
        ReportOutput r = report(l -> {
            MeteredFixtures.runs(l);
            l.facilities().addFacility(new io.wattprint.core.facility.Facility("li1", "LI", null));
            MeteredFixtures.bill(l, "li1", "2026-06", 250, "INV-LI-06");
        });
        assertThat(line(r, "li1 (LI) — not attributed to runs")).isNull();
        assertThat(line(r, "dc1 (FR)").get("energy_mwh")).isEqualTo(mwh(900));
        assertThat(notes(r)).anySatisfy(n -> assertThat(n).contains("facility li1").contains("250")
                .contains("are in neither total").contains("no shipped grid factor for its zone LI"));
    }

    @Test
    void withoutAnyReadingTheReportIsRunBasedAndHasNoMeterSection() {
        ReportOutput r = report(MeteredFixtures::runs);
        assertThat(line(r, "dc1 (FR)").get("energy_mwh")).isEqualTo(mwh(900));
        assertThat(line(r, "dc1 (FR)").get("energy_basis")).isEqualTo("runs");
        assertThat(line(r, RESIDUAL)).isNull();
        assertThat(r.json()).doesNotContainKey("metered_facilities");
    }

    @Test
    void runsThatExceedTheMeterAreScaledToItWithAWarningAndNoNegativeLine() {
        // bills 300 + 500 = 800 kWh, runs inside 900 kWh: 12.5 % more; the meter is used, runs × 800/900
        ReportOutput r = report(l -> {
            MeteredFixtures.runs(l);
            MeteredFixtures.bill(l, "dc1", "2026-03", 300, "INV-2026-03");
            MeteredFixtures.bill(l, "dc1", "2026-04", 500, "INV-2026-04");
        });
        assertThat(line(r, "dc1 (FR)").get("energy_mwh")).isEqualTo(mwh(800));
        assertThat(line(r, RESIDUAL)).isNull();
        assertThat((String) line(r, "dc1 (FR)").get("energy_basis")).startsWith("runs, scaled to the meter of dc1 (× 0.8889)");
        assertThat((BigDecimal) metered(r).get(0).get("runs_scale")).isCloseTo(BigDecimal.valueOf(800 / 900d), within(EPS));
        assertThat((BigDecimal) metered(r).get(0).get("not_attributed_mwh")).isEqualByComparingTo("0");
        assertThat(notes(r)).anySatisfy(n -> assertThat(n).contains("900 kWh of facility energy, more than the 800 kWh metered").contains("by 12.5 %")
                .contains("the meter is used"));
    }

    @Test
    void theEngineeringScope2StaysRunBasedButNamesTheMeteredFacility() {
        try (Ledger l = Ledger.open(tmp.resolve("l.db").toString())) {
            MeteredFixtures.billed(l);
            var rules = Scope2Report.rules(new Scope2Report.Options(2026, "ACME", 0, 0));
            Scope2Result all = Scope2Result.compute(Scope2Report.Inputs.read(l, rules), rules, Scope2Result.Boundary.ALL_RUNS);
            assertThat(all.dual().energy().kilowattHours()).isCloseTo(900 + 200, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(all.consumption().warnings()).anySatisfy(w -> assertThat(w).startsWith(Scope2Result.METERED_NOTE_START
                    + "dc1 in 2026").contains("report scope2 and report esrs-e1 use the metered energy"));
        }
    }
}
