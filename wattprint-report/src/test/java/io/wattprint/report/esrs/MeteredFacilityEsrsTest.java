package io.wattprint.report.esrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.ledger.Ledger;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.TestLedger;
import io.wattprint.report.scope2.MeteredFixtures;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 3 in ESRS E1: a facility's meter readings are its own-operations energy (E1-5_01) and its Scope 2
 * (E1-6_09/10), METHODOLOGY.md §8.7 and §12. Oracles by hand from {@link MeteredFixtures#billed}: dc1 billed 1,200 kWh
 * (runs inside 900 kWh, 300 kWh not attributed to runs) at 60 g/kWh location, 500 g/kWh residual mix; de-lab 200 kWh
 * DE at 350 g/kWh, IT energy only.
 * <pre>
 * E1-5_01 = 1.200 + 0.200 = 1.400 MWh   (run-based it was 0.900 + 0.200 = 1.100)
 * E1-6_09 = 1.2 × 0.060 + 0.2 × 0.350 = 0.072 + 0.070 = 0.142 t
 * E1-6_10 = 1.2 × 0.500 + 0.2 × 0.350 = 0.600 + 0.070 = 0.670 t
 * </pre>
 */
class MeteredFacilityEsrsTest {
    static final Instant AT = Instant.parse("2027-02-01T09:00:00Z");
    @TempDir
    Path tmp;

    private ReportOutput report(Consumer<Ledger> fill) {
        try (Ledger l = Ledger.open(tmp.resolve("l.db").toString())) {
            fill.accept(l);
            return EsrsE1Report.build(EsrsE1Report.Inputs.read(l, 2026),
                    new EsrsE1Report.Options(2026, null, null, "EUR", EsrsFixtures.mix(), "ACME", 0, 0), AT);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> meta(ReportOutput r) { return (Map<String, Object>) r.json().get("_meta"); }

    @SuppressWarnings("unchecked")
    private static BigDecimal value(Object datapoint) { return (BigDecimal) ((Map<String, Object>) datapoint).get("value"); }

    private static BigDecimal value(ReportOutput r, String id) { return value(r.json().get(id)); }

    @SuppressWarnings("unchecked")
    private static List<String> notes(ReportOutput r) { return (List<String>) meta(r).get("notes"); }

    @Test
    void e15_01IncludesTheMeteredEnergyOfTheFacility() {
        ReportOutput r = report(MeteredFixtures::billed);
        assertThat(value(r, "E1-5_01")).isEqualByComparingTo(BigDecimal.valueOf((1200 + 200) / 1000d));
    }

    @Test
    void e16ScopeTwoLocationAndMarketBasedUseTheMeteredEnergy() {
        ReportOutput r = report(MeteredFixtures::billed);
        assertThat(value(r, "E1-6_09")).isEqualByComparingTo(BigDecimal.valueOf((1200 * 60 + 200 * 350) / 1e6));
        assertThat(value(r, "E1-6_10")).isEqualByComparingTo(BigDecimal.valueOf((1200 * 500 + 200 * 350) / 1e6));
    }

    @Test
    void theMeteredEnergyIsFacilityEnergyInTheBoundarySplitOfE15_01() {
        // dc1 is metered at the facility boundary (1.2 MWh); de-lab is IT energy only (0.2 MWh)
        ReportOutput r = report(MeteredFixtures::billed);
        assertThat(value(meta(r).get("energy_it_only"))).isEqualByComparingTo("0.2");
    }

    @Test
    void anItOnlyRunInsideTheReadingsIsReplacedByTheMeteredFacilityEnergy() {
        // fr-it: a dc1 run with no PUE known (100 kWh IT only) closing in April, inside the bill: the 1,200 kWh metered
        // replace it, so only de-lab's 0.2 MWh stays IT energy only
        ReportOutput r = report(l -> {
            MeteredFixtures.billed(l);
            TestLedger.run("fr-it").project("llm").start("2026-04-20T08:00:00Z").hours(2).kwh(100).zone("FR", 60).facility("dc1")
                    .store(l);
        });
        assertThat(value(meta(r).get("energy_it_only"))).isEqualByComparingTo("0.2");
        assertThat(value(r, "E1-5_01")).isEqualByComparingTo("1.4");
    }

    @Test
    void theScope2TableAddsUpToTheDatapointsAndShowsEachLinesBasis() {
        String md = Golden.render(ReportFormat.MD, report(MeteredFixtures::billed));
        assertThat(md).contains("| dc1 (FR) | FR | 2 | 0.900 | 0.054 | not known | 0.450 | runs, within the meter of dc1 |");
        assertThat(md).contains("| dc1 (FR) — not attributed to runs | FR | 0 | 0.300 | 0.018 | not known | 0.150 | metered (2 "
                + "utility-bill readings) less runs |");
        assertThat(md).contains("| **Total** |  | **3** | **1.400** | **0.142** |  | **0.670** |  |");
        assertThat(md).contains("| dc1 | FR | 2 utility-bill readings | 1.200 | 0.900 | 0.300 | 1.0000 | 16.7 |");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJsonMetaCarriesTheMeteredFacilityExactly() {
        ReportOutput r = report(MeteredFixtures::billed);
        List<Map<String, Object>> m = (List<Map<String, Object>>) meta(r).get("metered_facilities");
        assertThat(m).hasSize(1);
        assertThat((BigDecimal) m.get(0).get("metered_mwh")).isCloseTo(new BigDecimal("1.2"), within(new BigDecimal("1e-9")));
        assertThat((BigDecimal) m.get(0).get("not_attributed_mwh")).isCloseTo(new BigDecimal("0.3"), within(new BigDecimal("1e-9")));
        assertThat(notes(r)).anySatisfy(n -> assertThat(n).startsWith("Note: Scope 2 and E1-5: facility dc1: Scope 2 energy "
                + "metered in 2026 — 1200 kWh from 2 utility-bill readings"));
    }

    @Test
    void runsThatExceedTheMeterLeaveE15_01AtTheMeterWithAWarning() {
        ReportOutput r = report(l -> {
            MeteredFixtures.runs(l);
            MeteredFixtures.bill(l, "dc1", "2026-03", 300, "INV-2026-03");
            MeteredFixtures.bill(l, "dc1", "2026-04", 500, "INV-2026-04");
        });
        assertThat(value(r, "E1-5_01")).isEqualByComparingTo(BigDecimal.valueOf((800 + 200) / 1000d));
        assertThat(value(r, "E1-6_09")).isEqualByComparingTo(BigDecimal.valueOf((800 * 60 + 200 * 350) / 1e6));
        assertThat(notes(r)).anySatisfy(n -> assertThat(n).startsWith("Warning: Scope 2: facility dc1: the runs closed inside its "
                + "meter readings have 900 kWh"));
    }

    @Test
    void withoutReadingsE15_01IsTheRunsEnergy() {
        ReportOutput r = report(MeteredFixtures::runs);
        assertThat(value(r, "E1-5_01")).isEqualByComparingTo(BigDecimal.valueOf((900 + 200) / 1000d));
        assertThat(meta(r)).doesNotContainKey("metered_facilities");
    }
}
