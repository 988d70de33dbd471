package io.wattprint.report.esrs;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.ledger.Ledger;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.TestLedger;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ESRS E1-5 as an auditor would check it (issue 16): the renewable share must not count GO/PPA MWh as renewable and then
 * apply the grid-average mix to the rest (item 5), and E1-5_01 must not add facility energy (IT × PUE) and IT energy
 * only without saying so (item 7). Oracles by hand, from {@link EsrsFixtures#disclosure}:
 * <pre>
 * FR 1,000 MWh: GO 600 renewable; 400 uncovered × FR 2026 residual mix 5/60/35 → renewable 20, nuclear 240, fossil 140
 * NL   100 MWh: PPA 50 renewable; 50 uncovered × NL 2025 residual mix 10/5/85 → renewable 5, nuclear 2.5, fossil 42.5
 * DE   200 MWh: no residual mix for 2026 or earlier (E1-6_10 used the grid average) → grid mix 75/5/20 of --energy-mix:
 *              fossil 150, nuclear 10, renewable 40 (warned)
 * E1-5_01 = 1,300; E1-5_02 = 140 + 42.5 + 150 = 332.5; E1-5_03 = 240 + 2.5 + 10 = 252.5;
 * E1-5_05 = 600 + 20 + 50 + 5 + 40 = 715; E1-5_09 = 715 / 1,300 = 55.00 %
 * (the grid mix FR 10/70/20 on FR's 400 uncovered MWh would have given renewable 80 instead of 20)
 * boundary: facility energy 1,000 + 100 = 1,100 (fr-train, nl-serve: PUE 1.25); IT energy only 200 (de-lab)
 * </pre>
 */
class EsrsE15Test {
    static final Instant AT = Instant.parse("2027-02-01T09:00:00Z");
    @TempDir
    Path tmp;

    private ReportOutput report(Consumer<Ledger> fill, EnergyMix mix) {
        try (Ledger l = Ledger.open(tmp.resolve("l.db").toString())) {
            fill.accept(l);
            return EsrsE1Report.build(EsrsE1Report.Inputs.read(l, 2026),
                    new EsrsE1Report.Options(2026, null, null, "EUR", mix, "ACME", 0, 0), AT);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> meta(ReportOutput r) { return (Map<String, Object>) r.json().get("_meta"); }

    @SuppressWarnings("unchecked")
    private static List<String> notes(ReportOutput r) { return (List<String>) meta(r).get("notes"); }

    @SuppressWarnings("unchecked")
    private static BigDecimal value(Object datapoint) { return (BigDecimal) ((Map<String, Object>) datapoint).get("value"); }

    private static BigDecimal value(ReportOutput r, String id) { return value(r.json().get(id)); }

    @Test
    void e15UncoveredConsumptionTakesTheResidualMixCompositionNotTheGridMix() {
        ReportOutput r = report(EsrsFixtures::disclosure, EsrsFixtures.disclosureMix());

        assertThat(value(r, "E1-5_01")).isEqualByComparingTo("1300");
        assertThat(value(r, "E1-5_02")).isEqualByComparingTo("332.5");
        assertThat(value(r, "E1-5_03")).isEqualByComparingTo("252.5");
        assertThat(value(r, "E1-5_05")).isEqualByComparingTo("715");
        assertThat(value(r, "E1-5_09")).isEqualByComparingTo("55.00");
        assertThat(value(meta(r).get("energy_not_determined"))).isEqualByComparingTo("0");
        assertThat(value(r, "E1-6_10")).isEqualByComparingTo("315");
        String md = Golden.render(ReportFormat.MD, r);
        assertThat(md).contains("| FR | 1,000.000 | 600.000 | 140.000 | 240.000 | 20.000 | 0.000 | residual mix FR 2026 (same year, "
                + "AIB 2026 (test values)) |");
        assertThat(md).contains("| NL | 100.000 | 50.000 | 42.500 | 2.500 | 5.000 | 0.000 | residual mix NL 2025 (latest earlier "
                + "year (no 2026 mix published), AIB 2025 (test values)) |");
        assertThat(notes(r)).anySatisfy(n -> assertThat(n).startsWith("Warning: E1-5: DE: no residual mix for 2026 or an earlier "
                + "year (the 2027 one is later: not used), so the 200.000 MWh "
                + "no instrument covers are split by the grid-average mix of --energy-mix (Fraunhofer 2026)"));
    }

    /** A residual mix recorded without its composition (every mix stored before the ledger kept one): not the grid mix. */
    @Test
    void e15WithAResidualMixWithoutCompositionReportsTheUncoveredRestAsNotDeterminedAndWarns() {
        // EsrsFixtures.portfolio: FR 1,000 MWh, GO 600, FR 2026 residual mix 550 g/kWh without composition, FR grid mix
        // 10/70/20; DE 200 MWh, no mix of any kind. Before: renewable 600 + 400 × 20 % = 680 by the grid mix.
        ReportOutput r = report(EsrsFixtures::portfolio, EsrsFixtures.mix());

        assertThat(value(r, "E1-5_05")).isEqualByComparingTo("600");
        assertThat(value(r, "E1-5_02")).isEqualByComparingTo("0");
        assertThat(value(r, "E1-5_03")).isEqualByComparingTo("0");
        assertThat(value(meta(r).get("energy_not_determined"))).isEqualByComparingTo("600");
        assertThat(value(r, "E1-5_09")).isEqualByComparingTo("50.00");
        assertThat(notes(r)).anySatisfy(n -> assertThat(n).contains("FR: the 400.000 MWh no instrument covers got the residual mix "
                + "FR 2026 (same year, AIB 2026) in E1-6_10, but its renewable/nuclear/fossil composition is not recorded: not "
                + "determined in E1-5"));
    }

    /** Item 7: facility energy (IT × PUE) and IT energy only are not added silently: a line of its own and a warning. */
    @Test
    void e15ReportsTheItOnlyPartOnItsOwnLineAndWarnsInEveryFormat() {
        ReportOutput r = report(l -> {
            TestLedger.run("fac").start("2026-03-02T08:00:00Z").kwh(800_000).pue(1.25).zone("FR", 400).facility("dc1").store(l);
            TestLedger.run("lab").start("2026-05-04T08:00:00Z").kwh(200_000).zone("DE", 350).store(l);
        }, EnergyMix.none());

        assertThat(value(r, "E1-5_01")).isEqualByComparingTo("1200");
        assertThat(value(meta(r).get("energy_it_only"))).isEqualByComparingTo("200");
        String warning = "E1-5_01 mixes boundaries: 1,000.000 MWh of facility energy (IT energy × PUE, 1 run(s)) and 200.000 MWh "
                + "of IT energy only (1 run(s) with no PUE known: no facility PUE, cloud region or --pue).";
        assertThat(notes(r)).anySatisfy(n -> assertThat(n).startsWith("Warning: " + warning));
        String md = Golden.render(ReportFormat.MD, r);
        assertThat(md).contains("| — | of which IT energy only, no PUE known (part of E1-5\\_01, not an ESRS datapoint; the rest is "
                + "facility energy, IT energy × PUE) | MWh | 200.000 |");
        assertThat(md).contains(warning.replace("_", "\\_")); // Markdown escapes the underscore
        String html = Golden.render(ReportFormat.HTML, r);
        assertThat(html).contains("of which IT energy only, no PUE known").contains("E1-5_01 mixes boundaries: 1,000.000 MWh");
        assertThat(Golden.render(ReportFormat.JSON, r)).contains("\"energy_it_only\"").contains(warning);
    }

    @Test
    void e15WithFacilityEnergyOnlyHasNoItOnlyLineAndNoBoundaryWarning() {
        ReportOutput r = report(l -> TestLedger.run("fac").start("2026-03-02T08:00:00Z").kwh(800_000).pue(1.25).zone("FR", 400)
                .facility("dc1").store(l), EnergyMix.none());

        assertThat(value(meta(r).get("energy_it_only"))).isEqualByComparingTo("0");
        assertThat(Golden.render(ReportFormat.MD, r)).doesNotContain("of which IT energy only").doesNotContain("mixes boundaries");
    }
}
