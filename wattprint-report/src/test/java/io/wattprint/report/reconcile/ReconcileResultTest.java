package io.wattprint.report.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.facility.AppliedPue;
import io.wattprint.core.facility.Facility;
import io.wattprint.core.facility.MeterReading;
import io.wattprint.core.facility.MeteredEnergy;
import io.wattprint.core.facility.PuePeriod;
import io.wattprint.core.facility.Reconciliation.ResidualTreatment;
import io.wattprint.core.facility.RunUsage;
import io.wattprint.core.model.Period;
import io.wattprint.core.quantity.Energy;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The columns of the reconcile tables add up to their totals (core ToTotal), on a hand-computed case where rounding
 * each figure on its own (the rule before) did not.
 *
 * <p>October at dc: meter 10 kWh (36,000,000 J), PUE 1.25, three runs of 3,601,440 J = 1.0004 kWh IT and one
 * GPU-hour each. Decimals: the smallest figure, 1.0004, keeps 3 significant digits at 3 decimals.
 * <pre>
 *   IT kWh        1.0004 × 3 = 3.0012 → total 3.001; alone each 1.000 (sum 3.000);
 *                 largest remainder: all remainders 0.0004, ties to the earlier → 1.001, 1.000, 1.000
 *   facility kWh  1.2505 × 3 = 3.7515 → total 3.752; alone each 1.251 (sum 3.753);
 *                 floors 1.250, two units to the first two → 1.251, 1.251, 1.250
 *   share         33.333…% × 3 → total 100.00; alone each 33.33 (sum 99.99) → 33.34, 33.33, 33.33
 *   meter 10.000; residual exact 10 − 3.7515 = 6.2485: alone 6.249, so bottom-up + residual = 10.001; now
 *                 the meter shown minus the bottom-up shown, 10.000 − 3.752 = 6.248
 *   pro rata      residual each 6.2485 / 3 = 2.0828333…: alone 2.083 (sum 6.249); to the residual shown 6.248:
 *                 floors 2.082, two units → 2.083, 2.083, 2.082;
 *                 attributed each 3.3333333…: alone 3.333 (sum 9.999); to the meter 10.000 → 3.334, 3.333, 3.333
 *   top-down      IT 10 / 1.25 = 8 kWh, 2.6666…each: alone 2.667 (sum 8.001) → 2.667, 2.667, 2.666;
 *                 facility 3.3333…each: alone 3.333 (sum 9.999) → 3.334, 3.333, 3.333; hours 1.000 each, 3.000
 * </pre>
 */
class ReconcileResultTest {
    static final Period OCTOBER = Period.month(YearMonth.of(2026, 10));
    static final Facility DC = new Facility("dc", "FR", null);

    static ReconcileInputs inputs(double meterJoules, MeterReading.Kind kind, List<RunUsage> runs) {
        MeteredEnergy m = MeteredEnergy.of("dc", OCTOBER, List.of(new MeterReading("dc", OCTOBER, Energy.ofJoules(meterJoules),
                kind, "bill")));
        AppliedPue pue = AppliedPue.forPeriod(OCTOBER, List.of(PuePeriod.of("dc", Period.year(2026), 1.25,
                PuePeriod.Basis.DECLARED, null, "design"))).orElseThrow();
        return new ReconcileInputs(DC, OCTOBER, m, pue, runs);
    }

    static List<RunUsage> threeEqualRuns() {
        List<RunUsage> runs = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            runs.add(new RunUsage("run-" + i, "p/w" + i, Energy.ofJoules(3_601_440), Duration.ofHours(1), Duration.ZERO));
        }
        return runs;
    }

    static <T> List<String> texts(List<T> rows, Function<T, Shown> figure) {
        return rows.stream().map(r -> figure.apply(r).text()).toList();
    }

    @Test
    void hybridColumnsAddUpToTheirTotalsAndTheResidualToTheMeter() {
        HybridResult h = HybridResult.of(inputs(36_000_000, MeterReading.Kind.UTILITY_BILL, threeEqualRuns()),
                ResidualTreatment.REPORT_SEPARATELY);

        assertThat(h.decimals()).isEqualTo(3);
        assertThat(texts(h.rows(), HybridResult.Row::itKwh)).containsExactly("1.001", "1.000", "1.000");
        assertThat(h.total().itKwh().text()).isEqualTo("3.001");
        assertThat(texts(h.rows(), HybridResult.Row::bottomUpKwh)).containsExactly("1.251", "1.251", "1.250");
        assertThat(h.total().bottomUpKwh().text()).isEqualTo("3.752");
        assertThat(texts(h.rows(), HybridResult.Row::share)).containsExactly("33.34", "33.33", "33.33");
        assertThat(h.total().share().text()).isEqualTo("100.00");
        assertThat(h.meter().text()).isEqualTo("10.000");
        assertThat(h.residual().signed()).isEqualTo("+6.248");
        assertThat(h.residual().exact()).isEqualByComparingTo("6.2485");
    }

    @Test
    void proRataResidualAddsUpToTheResidualAndTheRunsToTheMeter() {
        HybridResult h = HybridResult.of(inputs(36_000_000, MeterReading.Kind.UTILITY_BILL, threeEqualRuns()),
                ResidualTreatment.ALLOCATE_PRO_RATA);

        assertThat(h.rows().stream().map(r -> r.allocatedResidualKwh().signed()).toList())
                .containsExactly("+2.083", "+2.083", "+2.082");
        assertThat(h.total().allocatedResidualKwh().signed()).isEqualTo("+6.248");
        assertThat(texts(h.rows(), HybridResult.Row::attributedKwh)).containsExactly("3.334", "3.333", "3.333");
        assertThat(h.total().attributedKwh().text()).isEqualTo("10.000");
    }

    @Test
    void topDownColumnsAddUpToTheirTotals() {
        TopDownResult t = TopDownResult.of(inputs(36_000_000, MeterReading.Kind.UTILITY_BILL, threeEqualRuns()));

        assertThat(texts(t.rows(), TopDownResult.Row::hours)).containsExactly("1.000", "1.000", "1.000");
        assertThat(t.hours().text()).isEqualTo("3.000");
        assertThat(texts(t.rows(), TopDownResult.Row::share)).containsExactly("33.34", "33.33", "33.33");
        assertThat(t.share().text()).isEqualTo("100.00");
        assertThat(texts(t.rows(), TopDownResult.Row::itKwh)).containsExactly("2.667", "2.667", "2.666");
        assertThat(t.itKwh().text()).isEqualTo("8.000");
        assertThat(texts(t.rows(), TopDownResult.Row::facilityKwh)).containsExactly("3.334", "3.333", "3.333");
        assertThat(t.facilityKwh().text()).isEqualTo("10.000");
        assertThat(t.meterIt().text()).isEqualTo("8.000");
        assertThat(t.meter().text()).isEqualTo("10.000");
    }

    @Test
    void aTinyRunApportionedZeroPrintsItsFirstSignificantDigits() {
        // 1,000 kWh and 3.6e-7 J = 1e-13 kWh: decimals stop at 12, the total is 1000.000000000000 and the tiny run's
        // largest-remainder share of it is 0 units; it prints 0.0000000000001, not 0.000000000000.
        List<RunUsage> runs = List.of(
                new RunUsage("big", "p/big", Energy.ofJoules(3.6e9), Duration.ofHours(1), Duration.ZERO),
                new RunUsage("tiny", "p/tiny", Energy.ofJoules(3.6e-7), Duration.ZERO, Duration.ZERO));
        HybridResult h = HybridResult.of(inputs(3.6e9, MeterReading.Kind.PDU, runs), ResidualTreatment.REPORT_SEPARATELY);

        assertThat(h.decimals()).isEqualTo(12);
        assertThat(h.rows().get(1).itKwh().rounded()).isEqualByComparingTo("0");
        assertThat(h.rows().get(1).itKwh().text()).isEqualTo("0.0000000000001");
        assertThat(h.rows().get(0).itKwh().text()).isEqualTo("1000.000000000000");
        assertThat(h.total().itKwh().text()).isEqualTo("1000.000000000000");
    }

    /** Seeded random facilities: every column adds up to its total, and every figure is within one unit of its value. */
    @Test
    void everyColumnAddsUpOnRandomFacilities() {
        java.util.Random rnd = new java.util.Random(20261207);
        for (int c = 0; c < 1000; c++) {
            List<RunUsage> runs = new ArrayList<>();
            for (int i = 0, n = 1 + rnd.nextInt(6); i < n; i++) {
                runs.add(new RunUsage("r" + i, "p/w" + i, Energy.ofKilowattHours(kwh(rnd)), Duration.ofSeconds(1 + rnd.nextInt(400_000)),
                        Duration.ZERO));
            }
            MeterReading.Kind kind = rnd.nextBoolean() ? MeterReading.Kind.PDU : MeterReading.Kind.UTILITY_BILL;
            ReconcileInputs in = inputs(Energy.ofKilowattHours(kwh(rnd)).joules(), kind, runs);
            HybridResult h = HybridResult.of(in, ResidualTreatment.ALLOCATE_PRO_RATA);
            String at = "case " + c;
            addsUp(at, h.rows(), HybridResult.Row::itKwh, h.total().itKwh(), h.decimals());
            addsUp(at, h.rows(), HybridResult.Row::bottomUpKwh, h.total().bottomUpKwh(), h.decimals());
            addsUp(at, h.rows(), HybridResult.Row::share, h.total().share(), 2);
            addsUp(at, h.rows(), HybridResult.Row::allocatedResidualKwh, h.residual(), h.decimals());
            addsUp(at, h.rows(), HybridResult.Row::attributedKwh, h.meter(), h.decimals());
            assertThat(h.total().bottomUpKwh().rounded().add(h.residual().rounded())).as(at).isEqualByComparingTo(h.meter().rounded());
            withinOneUnit(at, h.residual(), h.decimals());
            TopDownResult t = TopDownResult.of(in);
            addsUp(at, t.rows(), TopDownResult.Row::hours, t.hours(), TopDownResult.HOUR_DECIMALS);
            addsUp(at, t.rows(), TopDownResult.Row::share, t.share(), 2);
            addsUp(at, t.rows(), TopDownResult.Row::itKwh, t.itKwh(), t.decimals());
            addsUp(at, t.rows(), TopDownResult.Row::facilityKwh, t.facilityKwh(), t.decimals());
        }
    }

    private static <T> void addsUp(String at, List<T> rows, Function<T, Shown> figure, Shown total, int decimals) {
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (T r : rows) {
            Shown s = figure.apply(r);
            withinOneUnit(at, s, decimals);
            sum = sum.add(s.rounded());
        }
        assertThat(sum).as(at).isEqualByComparingTo(total.rounded());
        withinOneUnit(at, total, decimals);
    }

    private static void withinOneUnit(String at, Shown s, int decimals) {
        assertThat(s.rounded().subtract(s.exact()).abs()).as(at + ": " + s).isLessThan(java.math.BigDecimal.ONE.movePointLeft(decimals));
    }

    private static double kwh(java.util.Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> r.nextInt(100_000) / 10_000.0;
            case 1 -> r.nextInt(10_000_000) / 1_000.0;
            default -> r.nextDouble() * 100;
        };
    }
}
