package io.wattprint.core.facility;

import io.wattprint.core.model.Period;
import static io.wattprint.core.facility.TopDownAttributionTest.OCT;
import static io.wattprint.core.facility.TopDownAttributionTest.PUE_125;
import static io.wattprint.core.facility.TopDownAttributionTest.meter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.core.facility.FacilityWarning.Kind;
import io.wattprint.core.facility.PuePeriod.Basis;
import io.wattprint.core.facility.Reconciliation.ResidualTreatment;
import io.wattprint.core.quantity.Energy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReconciliationTest {
    private static RunUsage run(String id, double itKwh) {
        return new RunUsage(id, "p/" + id, Energy.ofKilowattHours(itKwh), Duration.ofHours(1), Duration.ZERO);
    }

    /** Bottom-up IT 6,400 kWh (4,800 + 1,600) × PUE 1.25 = 8,000 kWh against a 10,000 kWh meter. */
    private static final List<RunUsage> RUNS = List.of(run("a", 4_800), run("b", 1_600));

    @Test
    void bottomUpCoveringEightyPercentOfTheMeterLeavesATwentyPercentResidual() {
        Reconciliation r = Reconciliation.reconcile(meter(10_000), PUE_125, RUNS, ResidualTreatment.REPORT_SEPARATELY);

        assertThat(r.bottomUpIt().kilowattHours()).isEqualTo(6_400);
        assertThat(r.bottomUp().kilowattHours()).isEqualTo(8_000);
        assertThat(r.coverage()).isEqualTo(0.8);
        assertThat(r.residual().kilowattHours()).isEqualTo(2_000);
        assertThat(r.residual().kilowattHours() / 10_000).isEqualTo(0.2);
        assertThat(r.lines()).extracting(l -> l.bottomUp().kilowattHours()).containsExactly(6_000.0, 2_000.0);
        assertThat(r.lines()).extracting(Reconciliation.Line::share).containsExactly(0.75, 0.25);
        assertThat(r.lines()).extracting(l -> l.attributed().kilowattHours()).as("residual on its own line")
                .containsExactly(6_000.0, 2_000.0);
        assertThat(r.residualAllocated()).isFalse();
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void proRataGivesEachRunTheResidualTimesItsShareSoTheLinesAddUpToTheMeter() {
        Reconciliation r = Reconciliation.reconcile(meter(10_000), PUE_125, RUNS, ResidualTreatment.ALLOCATE_PRO_RATA);

        // 2,000 kWh residual: 75 % → 1,500, 25 % → 500.
        assertThat(r.lines()).extracting(l -> l.allocatedResidual().kilowattHours()).containsExactly(1_500.0, 500.0);
        assertThat(r.lines()).extracting(l -> l.attributed().kilowattHours()).containsExactly(7_500.0, 2_500.0);
        assertThat(r.attributed().kilowattHours()).isEqualTo(10_000);
        assertThat(r.residualAllocated()).isTrue();
    }

    @Test
    void bottomUpAboveTheMeterIsANamedWarningWithTheExcess() {
        // 8,000 kWh bottom-up against 7,000 metered: 14.29 % over, residual −1,000 kWh.
        Reconciliation r = Reconciliation.reconcile(meter(7_000), PUE_125, RUNS, ResidualTreatment.REPORT_SEPARATELY);

        assertThat(r.residual().kilowattHours()).isEqualTo(-1_000);
        assertThat(r.residual().isNegative()).isTrue();
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(Kind.BOTTOM_UP_EXCEEDS_METER);
            assertThat(w.message()).isEqualTo("bottom-up exceeds the meter by 14.29 %: check PUE, meter period or double counting");
        });
    }

    @Test
    void aNegativeResidualAllocatedProRataScalesTheRunsDownToTheMeter() {
        Reconciliation r = Reconciliation.reconcile(meter(7_000), PUE_125, RUNS, ResidualTreatment.ALLOCATE_PRO_RATA);

        assertThat(r.lines()).extracting(l -> l.attributed().kilowattHours()).containsExactly(5_250.0, 1_750.0);
        assertThat(r.attributed().kilowattHours()).isEqualTo(7_000);
    }

    @Test
    void noMeterReadingIsAWarningAndNoCoverageNumber() {
        Reconciliation r = Reconciliation.reconcile(MeteredEnergy.of("dc-paris", OCT, List.of()), PUE_125, RUNS,
                ResidualTreatment.ALLOCATE_PRO_RATA);

        assertThat(r.coverage()).isNull();
        assertThat(r.residual()).isNull();
        assertThat(r.bottomUp().kilowattHours()).isEqualTo(8_000);
        assertThat(r.lines()).extracting(l -> l.allocatedResidual().joules()).containsOnly(0.0);
        assertThat(r.warnings()).extracting(FacilityWarning::kind).containsExactly(Kind.NO_METER_READING);
        assertThat(r.explanation().value()).isEqualTo("not computed");
    }

    @Test
    void noRunsLeavesTheWholeMeterAsResidual() {
        Reconciliation r = Reconciliation.reconcile(meter(10_000), PUE_125, List.of(), ResidualTreatment.ALLOCATE_PRO_RATA);

        assertThat(r.coverage()).isEqualTo(0.0);
        assertThat(r.residual().kilowattHours()).isEqualTo(10_000);
        assertThat(r.residualAllocated()).isFalse();
        assertThat(r.warnings()).extracting(FacilityWarning::message)
                .containsExactly("no run of facility dc-paris has energy in 2026-10: the whole meter is residual");
    }

    @Test
    void aPduMeterIsComparedWithBottomUpItEnergyWithoutPue() {
        MeteredEnergy pdu = MeteredEnergy.of("dc-paris", OCT, List.of(new MeterReading("dc-paris", OCT,
                Energy.ofKilowattHours(8_000), MeterReading.Kind.PDU, "PDU export")));

        Reconciliation r = Reconciliation.reconcile(pdu, null, RUNS, ResidualTreatment.REPORT_SEPARATELY);

        assertThat(r.bottomUp().kilowattHours()).isEqualTo(6_400);
        assertThat(r.coverage()).isEqualTo(0.8);
    }

    @Test
    void aFacilityMeterWithoutPueIsAnError() {
        assertThatThrownBy(() -> Reconciliation.reconcile(meter(10_000), null, RUNS, ResidualTreatment.REPORT_SEPARATELY))
                .hasMessage("facility dc-paris has no PUE on record: the hybrid method multiplies bottom-up IT energy by the "
                        + "PUE (add one with wattprint facility pue)");
    }

    @Test
    void theExplanationNamesTheReadingsThePueAndEveryRun() {
        String text = String.join("\n", Reconciliation.reconcile(meter(10_000), PUE_125, RUNS,
                ResidualTreatment.REPORT_SEPARATELY).explanation().render());

        assertThat(text).isEqualTo(String.join("\n",
                "coverage of facility dc-paris, 2026-10 = 80 %    [bottom-up facility energy / metered facility energy]",
                "  metered facility energy = 10000 kWh    [Σ readings inside 2026-10 (pro-rated by time where a reading extends beyond it)]",
                "    utility-bill 2026-10: 10000 kWh  — EDF invoice 2026-10",
                "  bottom-up facility energy = 8000 kWh    [Σ runs (IT energy × PUE)]",
                "    PUE: 1.250  — facility dc-paris PUE for 2026, which contains 2026-10, measured, ISO/IEC 30134-2 category 2 "
                        + "(PDU output) (source: 2026 BMS report)",
                "    run a: 4800 kWh IT × 1.250 = 6000 kWh (75 %)  — p/a",
                "    run b: 1600 kWh IT × 1.250 = 2000 kWh (25 %)  — p/b",
                "  unattributed residual = 2000 kWh    [metered energy − bottom-up energy]",
                "    note: reported separately: the runs keep their bottom-up figures"));
    }

    @Test
    void aShortPuePeriodWarningIsCarriedIntoTheResult() {
        AppliedPue monthly = AppliedPue.forPeriod(OCT, List.of(PuePeriod.of("dc-paris", OCT, 1.25, Basis.MEASURED, 2, "BMS")))
                .orElseThrow();

        Reconciliation r = Reconciliation.reconcile(meter(10_000), monthly, RUNS, ResidualTreatment.REPORT_SEPARATELY);

        assertThat(r.warnings()).extracting(FacilityWarning::kind).containsExactly(Kind.PUE_PERIOD_SHORT);
    }

    static Stream<Long> seeds() { return LongStream.of(1, 2, 3, 42, 2026, 123456789).boxed(); }

    /** Any runs, any meter, any PUE: pro-rata lines add up to the meter, and coverage × meter is the bottom-up sum. */
    @ParameterizedTest
    @MethodSource("seeds")
    void proRataLinesAlwaysAddUpToTheMeter(long seed) {
        Random random = new Random(seed);
        for (int trial = 0; trial < 200; trial++) {
            double pue = 1.0 + random.nextDouble() * 1.5;
            double meterKwh = 1 + random.nextDouble() * 100_000;
            List<RunUsage> runs = new ArrayList<>();
            IntStream.range(0, 1 + random.nextInt(20)).forEach(i -> runs.add(run("r" + i, random.nextDouble() * 5_000)));
            AppliedPue applied = AppliedPue.forPeriod(OCT, List.of(PuePeriod.of("dc-paris", Period.year(2026), pue,
                    Basis.DECLARED, null, "x"))).orElseThrow();

            Reconciliation r = Reconciliation.reconcile(meter(meterKwh), applied, runs, ResidualTreatment.ALLOCATE_PRO_RATA);

            double sum = r.lines().stream().mapToDouble(l -> l.attributed().kilowattHours()).sum();
            assertThat(sum).as("seed %d trial %d", seed, trial).isCloseTo(meterKwh, within(meterKwh * 1e-9));
            assertThat(r.coverage() * meterKwh).isCloseTo(r.bottomUp().kilowattHours(), within(meterKwh * 1e-9));
            assertThat(r.residual().kilowattHours() + r.bottomUp().kilowattHours()).isCloseTo(meterKwh, within(meterKwh * 1e-9));
        }
    }
}
