package io.wattprint.report.esrs;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.cloud.CloudEmission;
import io.wattprint.core.cloud.CloudEmission.Method;
import io.wattprint.core.model.Period;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.ledger.Ledger;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.TestLedger;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cloud Scope 3 month by month (issue 16 item 4, METHODOLOGY §11.3 "Export coverage"): a month an AWS export covers
 * whole, for every account it names, takes the export's figure; every other month takes its runs' estimate.
 *
 * <p>Oracles by hand. An AWS month of account 222222222222 here is scope 1 10 kg + scope 2 location-based 300 kg +
 * scope 3 location-based 50 kg = 360 kg (the market-based 100 kg and 45 kg are not used: location-based is preferred).
 * Runs: aws:us-east-1 at 300 g/kWh, so 1,000 kWh = 300 kg; 2,000 kWh = 600 kg.
 */
class CloudExportCoverageTest {
    static final java.time.Instant AT = java.time.Instant.parse("2027-02-01T09:00:00Z");
    static final String A = "222222222222", B = "333333333333";
    @TempDir
    Path tmp;

    ReportOutput report(int year, Integer baseYear, Consumer<Ledger> fill) {
        try (Ledger l = Ledger.open(tmp.resolve("l-" + System.nanoTime() + ".db").toString())) {
            fill.accept(l);
            EsrsE1Report.Options o = new EsrsE1Report.Options(year, baseYear, null, "EUR", EnergyMix.none(), "ACME", 0, 0);
            return EsrsE1Report.build(EsrsE1Report.Inputs.read(l, year), o, AT);
        }
    }

    static void run(Ledger l, String id, String start, double kwh) {
        TestLedger.run(id).start(start).kwh(kwh).zone("US-EGRID-RFCE", 300).cloud("aws:us-east-1").store(l);
    }

    /** The four stored AWS figures (v3.0.0) of one account for one period, 360 kg as counted. */
    static List<CloudEmission> aws(String account, Period p) {
        List<CloudEmission> out = new ArrayList<>();
        out.add(fig(account, p, 1, null, 10_000));
        out.add(fig(account, p, 2, Method.LOCATION, 300_000));
        out.add(fig(account, p, 2, Method.MARKET, 100_000));
        out.add(fig(account, p, 3, Method.LOCATION, 50_000));
        out.add(fig(account, p, 3, Method.MARKET, 45_000));
        return out;
    }

    private static CloudEmission fig(String account, Period p, Integer scope, Method m, double grams) {
        return new CloudEmission("aws", "v3.0.0", "111111111111", account, null, "AmazonEC2", "us-east-1",
                "US East (N. Virginia)", p, scope, m, Co2e.ofGrams(grams), "aws-carbon");
    }

    static Period month(int y, int m) { return Period.month(YearMonth.of(y, m)); }

    static BigDecimal e16(ReportOutput r) { return EsrsE1ReportTest.value(r, "E1-6_11"); }

    @SuppressWarnings("unchecked")
    static List<String> notes(ReportOutput r) {
        return (List<String>) ((java.util.Map<String, Object>) r.json().get("_meta")).get("notes");
    }

    @Test
    void aRunInAMonthTheExportDoesNotCoverIsEstimatedAndNotClaimedInsideTheExport() {
        ReportOutput r = report(2026, null, l -> {
            l.cloudEmissions().add(aws(A, month(2026, 11)), "imp-nov");
            run(l, "nov", "2026-11-10T08:00:00Z", 2_000);
            run(l, "dec", "2026-12-10T08:00:00Z", 1_000);
        });
        // November: the export's 360 kg (the November run's 600 kg is inside it); December: its run's 300 kg
        assertThat(e16(r)).isEqualByComparingTo("0.660");
        String md = Golden.render(ReportFormat.MD, r);
        assertThat(md).contains("its 1 run(s) (2,000.000 kWh) closed in those months are inside it and not added again",
                        "Scope 3 of aws for Jan–Oct, Dec is an estimate: 1 run(s), 1,000.000 kWh",
                        "aws 2026: Jan–Oct estimate (0 runs), Nov export, Dec estimate (1 run)")
                .doesNotContain("its 2 run(s)");
        assertThat(Golden.render(ReportFormat.HTML, r)).contains("aws 2026: Jan–Oct estimate (0 runs), Nov export, Dec estimate (1 run)");
        assertThat(notes(r)).anyMatch(n -> n.equals(
                "Note: Cloud Scope 3 sources by month, aws 2026: Jan–Oct estimate (0 runs), Nov export, Dec estimate (1 run)."));
    }

    @Test
    void aMonthCoveredByTwoFiguresThatTogetherSpanItTakesTheExport() {
        ReportOutput r = report(2026, null, l -> {
            l.cloudEmissions().add(aws(A, Period.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 16))), "imp-a");
            l.cloudEmissions().add(aws(A, Period.of(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 12, 1))), "imp-b");
            run(l, "nov", "2026-11-10T08:00:00Z", 2_000);
        });
        // two halves of 360 kg each; the run's 600 kg inside them
        assertThat(e16(r)).isEqualByComparingTo("0.720");
        assertThat(notes(r)).anyMatch(n -> n.contains("aws 2026: Jan–Oct estimate (0 runs), Nov export, Dec estimate (0 runs)"));
    }

    @Test
    void aPartialMonthIsTheRunsEstimateAndItsExportFigureIsLeftOutWithAWarning() {
        ReportOutput r = report(2026, null, l -> {
            l.cloudEmissions().add(aws(A, month(2026, 10)), "imp-oct");
            // 1 to 16 November only: November is not covered whole
            l.cloudEmissions().add(aws(A, Period.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 16))), "imp-nov");
            run(l, "oct", "2026-10-10T08:00:00Z", 2_000);
            run(l, "nov", "2026-11-10T08:00:00Z", 1_000);
        });
        // October: the export's 360 kg; November: the run's 300 kg (the partial figure's 360 kg left out)
        assertThat(e16(r)).isEqualByComparingTo("0.660");
        assertThat(notes(r)).anyMatch(n -> n.contains("aws 2026: Jan–Sep estimate (0 runs), Oct export, Nov–Dec estimate (1 run)"))
                .anyMatch(n -> n.startsWith("Warning: 5 aws export figure(s) are not used: they reach into Nov (account "
                        + A + ") 2026"));
    }

    @Test
    void aMonthOneAccountOfTheExportMissesIsTheRunsEstimate() {
        ReportOutput r = report(2026, null, l -> {
            l.cloudEmissions().add(aws(A, month(2026, 11)), "imp-a");
            l.cloudEmissions().add(aws(B, month(2026, 11)), "imp-b");
            l.cloudEmissions().add(aws(A, month(2026, 12)), "imp-a-dec");
            run(l, "nov", "2026-11-10T08:00:00Z", 2_000);
            run(l, "dec", "2026-12-10T08:00:00Z", 1_000);
        });
        // November: both accounts 2 × 360 kg; December: account B has no figure, so the run's 300 kg, not A's 360 kg
        assertThat(e16(r)).isEqualByComparingTo("1.020");
        assertThat(notes(r)).anyMatch(n -> n.contains("Nov export, Dec estimate (1 run)"))
                .anyMatch(n -> n.contains("reach into Dec (account " + B + ") 2026"));
    }

    @Test
    void aFigureReachingIntoTheNextYearIsLeftOut() {
        ReportOutput r = report(2026, null, l -> {
            l.cloudEmissions().add(aws(A, Period.of(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 16))), "imp");
            run(l, "dec", "2026-12-10T08:00:00Z", 1_000);
        });
        assertThat(e16(r)).isEqualByComparingTo("0.300");
        assertThat(notes(r)).anyMatch(n -> n.contains("Jan–Dec estimate (1 run)"))
                .anyMatch(n -> n.startsWith("Warning: 5 aws export figure(s) are not used: they reach into Dec (account " + A
                        + ") 2026, which the export does not cover whole for every account (or past the year's end)"));
    }

    @Test
    void aBaseYearOfEstimatesBesideAYearOfExportsIsNotedAsNotOnTheSameBasis() {
        ReportOutput r = report(2026, 2025, l -> {
            run(l, "old", "2025-06-10T08:00:00Z", 1_000);
            for (int m = 1; m <= 12; m++) l.cloudEmissions().add(aws(A, month(2026, m)), "imp-" + m);
            run(l, "new", "2026-06-10T08:00:00Z", 1_000);
        });
        // 12 × 360 kg = 4.320 t from the export; 2025: the run's 300 kg
        assertThat(e16(r)).isEqualByComparingTo("4.320");
        assertThat((BigDecimal) EsrsE1ReportTest.dp(r, "E1-6_11").get("base_year")).isEqualByComparingTo("0.300");
        assertThat(notes(r)).contains("Note: E1-6_11 (cloud Scope 3) of 2026 is built from provider exports (aws: Jan–Dec) "
                + "only, the prior and base year 2025 from runs' estimates only: the years are not on the same basis, and a "
                + "change between them is partly a change of method, not of emissions.");
    }

    @Test
    void yearsOfEstimatesOnlyNeedNoBasisNote() {
        ReportOutput r = report(2026, 2025, l -> {
            run(l, "old", "2025-06-10T08:00:00Z", 1_000);
            run(l, "new", "2026-06-10T08:00:00Z", 2_000);
        });
        assertThat(e16(r)).isEqualByComparingTo("0.600");
        assertThat(notes(r)).noneMatch(n -> n.contains("not on the same basis")).noneMatch(n -> n.contains("sources by month"));
    }
}
