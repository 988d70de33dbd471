package io.wattprint.core.factor;

import static io.wattprint.core.factor.FactorSeriesTest.H0;
import static io.wattprint.core.factor.FactorSeriesTest.h;
import static io.wattprint.core.factor.FactorSeriesTest.point;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.core.factor.FactorSeries.Point;
import io.wattprint.core.method.FootprintCalculator;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.EmissionFactor.Basis;
import io.wattprint.core.model.EmissionFactor.Boundary;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.FactorSource;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.quantity.Pue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The footprint calculator with factor series layered over an annual factor. */
class SeriesFootprintTest {
    private static final Location FR = Location.zone("FR");
    private static final Provenance NVML = new Provenance.MeasuredCounter("nvml-total-energy");
    private static final EmissionFactor ANNUAL_100 = EmissionFactor.annual("FR", CarbonIntensity.ofGramsPerKwh(100), 2026,
            Basis.AVERAGE, Boundary.LIFECYCLE, "Ember", "wattprint-data 2026.11", "CC BY 4.0");
    private static final FactorSource ANNUAL = (zone, at) -> zone.equals("FR") ? Optional.of(ANNUAL_100) : Optional.empty();

    private final FootprintCalculator calculator = new FootprintCalculator();

    private static FactorSeries series(String source, Basis basis, List<Point> points) {
        return new FactorSeries("FR", source, "v1", basis, Boundary.LIFECYCLE, null, points);
    }

    private static EnergyInterval gpu(double fromHour, double toHour, double kwh) {
        return new EnergyInterval(h(fromHour), h(toHour), Component.gpu("0"), Energy.ofKilowattHours(kwh), NVML);
    }

    private Footprint compute(List<EnergyInterval> intervals, FactorSource factors) {
        return calculator.compute(intervals, FR, PueAssumption.notApplied(), factors);
    }

    /** The synthetic day of the oracle: energy per hour and the hourly factor. */
    private static final double[] KWH = new double[24];
    private static final double[] G_PER_KWH = new double[24];

    static {
        for (int hr = 0; hr < 24; hr++) {
            KWH[hr] = hr < 8 ? 1 : hr < 18 ? 3 : 2;                  // night 1 kWh/h, day 3, evening 2
            G_PER_KWH[hr] = hr < 6 ? 40 : hr < 10 ? 120 : hr < 16 ? 60 : hr < 21 ? 200 : 80;
        }
    }

    private static FactorSeries syntheticDay() {
        List<Point> points = new ArrayList<>();
        for (int hr = 0; hr < 24; hr++) points.add(point(hr, hr + 1, G_PER_KWH[hr]));
        return series("hourly test series", Basis.AVERAGE, points);
    }

    private static List<EnergyInterval> syntheticDayEnergy() {
        List<EnergyInterval> intervals = new ArrayList<>();
        for (int hr = 0; hr < 24; hr++) intervals.add(gpu(hr, hr + 1, KWH[hr]));
        return intervals;
    }

    @Test
    void hourlyVersusAnnualFactorOnASyntheticDayGivesTheHandComputedDifference() {
        // Energy: 00–08 h 1 kWh/h, 08–18 h 3 kWh/h, 18–24 h 2 kWh/h → 8 + 30 + 12 = 50 kWh.
        // Hourly factor: 00–06 40 g, 06–10 120 g, 10–16 60 g, 16–21 200 g, 21–24 80 g.
        //   00–06  6 h × 1 kWh ×  40 =  240
        //   06–08  2 h × 1 kWh × 120 =  240
        //   08–10  2 h × 3 kWh × 120 =  720
        //   10–16  6 h × 3 kWh ×  60 = 1080
        //   16–18  2 h × 3 kWh × 200 = 1200
        //   18–21  3 h × 2 kWh × 200 = 1200
        //   21–24  3 h × 2 kWh ×  80 =  480
        //   hourly total              = 5160 g (energy-weighted mean 5160 / 50 = 103.2 g/kWh)
        // Annual factor 100 g/kWh: 50 kWh × 100 = 5000 g. Difference: 5160 − 5000 = 160 g, although the
        // day's time-averaged hourly factor (2320 / 24 = 96.67 g) is below the annual one.
        List<EnergyInterval> day = syntheticDayEnergy();

        Footprint hourly = compute(day, SeriesFactorSource.layered(List.of(syntheticDay()), ANNUAL));
        Footprint annual = compute(day, ANNUAL);

        assertThat(hourly.locationBased().grams()).isCloseTo(5160, within(1e-9));
        assertThat(annual.locationBased().grams()).isCloseTo(5000, within(1e-9));
        assertThat(hourly.locationBased().grams() - annual.locationBased().grams()).isCloseTo(160, within(1e-9));
        assertThat(hourly.factor().intensity().gramsPerKwh()).isCloseTo(103.2, within(1e-9));
        assertThat(hourly.explanation().render()).filteredOn(l -> l.startsWith("  grid factor")).containsExactly(
                "  grid factor series: hourly test series (dataset v1) for FR (average, lifecycle): 24 points between "
                        + "2026-10-03T00:00:00Z and 2026-10-04T00:00:00Z, energy-weighted mean 103.200 gCO2e/kWh"
                        + "  — applied to 50.000000000 kWh");
        assertThat(hourly.explanation().notes()).isEmpty();
    }

    @Test
    void theSameDayMeteredInFifteenMinuteIntervalsGivesTheSameGrams() {
        List<EnergyInterval> quarters = new ArrayList<>();
        for (int q = 0; q < 96; q++) quarters.add(gpu(q / 4.0, (q + 1) / 4.0, KWH[q / 4] / 4));

        Footprint f = compute(quarters, SeriesFactorSource.layered(List.of(syntheticDay()), ANNUAL));

        assertThat(f.locationBased().grams()).isCloseTo(5160, within(1e-9));
    }

    @Test
    void aGapInTheSeriesFallsBackToTheAnnualFactorAndTheExplanationSaysSo() {
        // Points for 00–12 h and 14–24 h; 12:00–14:00 is not covered.
        List<Point> points = new ArrayList<>();
        for (int hr = 0; hr < 24; hr++) if (hr != 12 && hr != 13) points.add(point(hr, hr + 1, G_PER_KWH[hr]));
        FactorSeries withGap = series("hourly test series", Basis.AVERAGE, points);

        Footprint f = compute(syntheticDayEnergy(), SeriesFactorSource.layered(List.of(withGap), ANNUAL));

        // 12–14 h: 2 h × 3 kWh × 60 g = 360 g by the series; by the annual factor 6 kWh × 100 = 600 g.
        // 5160 − 360 + 600 = 5400 g; the series covers 44 kWh at 4800 g.
        assertThat(f.locationBased().grams()).isCloseTo(5400, within(1e-9));
        assertThat(f.explanation().render()).filteredOn(l -> l.startsWith("  grid factor")).containsExactly(
                "  grid factor series: hourly test series (dataset v1) for FR (average, lifecycle): 22 points between "
                        + "2026-10-03T00:00:00Z and 2026-10-04T00:00:00Z, energy-weighted mean 109.091 gCO2e/kWh"
                        + "  — applied to 44.000000000 kWh",
                "  grid factor: 100.000 gCO2e/kWh for FR, 2026 (average, lifecycle), source: Ember, dataset wattprint-data "
                        + "2026.11, licence CC BY 4.0  — applied to 6.000000000 kWh");
        assertThat(f.explanation().notes()).containsExactly("no point of factor series hourly test series (dataset v1) for FR "
                + "(average, lifecycle) covers 2026-10-03T12:00:00Z (first uncovered instant): the fallback factor was used "
                + "for 2 intervals / 6.000000000 kWh");
    }

    @Test
    void anIntervalSpanningTwoHoursIsSplitProRataByTimeNotByItsMidpoint() {
        FactorSeries s = series("hourly test series", Basis.AVERAGE, List.of(point(10, 11, 100), point(11, 12, 300)));

        // 10:45–11:45, 2 kWh: a quarter of its time in hour 10, three quarters in hour 11.
        // 0.5 kWh × 100 + 1.5 kWh × 300 = 50 + 450 = 500 g (the midpoint rule would give 2 × 300 = 600 g).
        Footprint f = compute(List.of(gpu(10.75, 11.75, 2)), SeriesFactorSource.layered(List.of(s), ANNUAL));

        assertThat(f.locationBased().grams()).isCloseTo(500, within(1e-9));
    }

    @Test
    void anIntervalRunningPastTheSeriesEndIsSplitBetweenSeriesAndFallback() {
        FactorSeries s = series("hourly test series", Basis.AVERAGE, List.of(point(10, 11, 40)));

        // 10:30–11:30, 1 kWh: half at 40 g (series), half at 100 g (annual) = 20 + 50 = 70 g.
        Footprint f = compute(List.of(gpu(10.5, 11.5, 1)), SeriesFactorSource.layered(List.of(s), ANNUAL));

        assertThat(f.locationBased().grams()).isCloseTo(70, within(1e-9));
        assertThat(f.explanation().notes()).containsExactly("no point of factor series hourly test series (dataset v1) for FR "
                + "(average, lifecycle) covers 2026-10-03T11:00:00Z: the fallback factor was used for 1 interval / 0.500000000 kWh");
    }

    @Test
    void aMarginalSeriesOverAnAverageAnnualFallbackIsNotedAsMixingBases() {
        FactorSeries marginal = series("marginal test series", Basis.MARGINAL, List.of(point(0, 1, 500)));

        Footprint f = compute(List.of(gpu(0, 1, 1), gpu(1, 2, 3)), SeriesFactorSource.layered(List.of(marginal), ANNUAL));

        assertThat(f.locationBased().grams()).isCloseTo(500 + 300, within(1e-9));
        assertThat(f.explanation().notes()).contains("factor bases mixed: 3.000000000 kWh average, 1.000000000 kWh marginal; "
                + "GHG Protocol location-based Scope 2 is defined on average grid factors, so the marginal part is not a "
                + "location-based figure in the strict sense");
    }

    @Test
    void whereAnAverageAndAMarginalSeriesBothCoverTheAverageOneIsUsed() {
        FactorSeries marginal = series("marginal", Basis.MARGINAL, List.of(point(0, 1, 500)));
        FactorSeries average = series("average", Basis.AVERAGE, List.of(point(0, 1, 50)));

        Footprint f = compute(List.of(gpu(0, 1, 2)), SeriesFactorSource.layered(List.of(marginal, average), ANNUAL));

        assertThat(f.locationBased().grams()).isCloseTo(100, within(1e-9));
    }

    @Test
    void whereADirectAndALifecycleSeriesBothCoverTheLifecycleOneIsUsedWhicheverCameFirst() {
        // An Electricity Maps file gives both boundaries for the same hours, imported at the same moment.
        FactorSeries direct = new FactorSeries("FR", "Electricity Maps", "2026 hourly", Basis.AVERAGE, Boundary.DIRECT, null,
                List.of(point(0, 1, 20)));
        FactorSeries lifecycle = new FactorSeries("FR", "Electricity Maps", "2026 hourly", Basis.AVERAGE, Boundary.LIFECYCLE, null,
                List.of(point(0, 1, 45)));

        // 2 kWh × 45 g/kWh = 90 g in either order.
        assertThat(compute(List.of(gpu(0, 1, 2)), SeriesFactorSource.layered(List.of(direct, lifecycle), ANNUAL))
                .locationBased().grams()).isCloseTo(90, within(1e-9));
        assertThat(compute(List.of(gpu(0, 1, 2)), SeriesFactorSource.layered(List.of(lifecycle, direct), ANNUAL))
                .locationBased().grams()).isCloseTo(90, within(1e-9));
    }

    @Test
    void amongSeriesOfOneBasisTheFirstGivenWinsAndTheNextFillsItsGaps() {
        FactorSeries newer = series("corrected", Basis.AVERAGE, List.of(point(0, 1, 10)));
        FactorSeries older = series("original", Basis.AVERAGE, List.of(point(0, 1, 99), point(1, 2, 20)));

        // Hour 0 from "corrected" (1 kWh × 10), hour 1 from "original" (1 kWh × 20): 30 g, no fallback.
        Footprint f = compute(List.of(gpu(0, 2, 2)), SeriesFactorSource.layered(List.of(newer, older), ANNUAL));

        assertThat(f.locationBased().grams()).isCloseTo(30, within(1e-9));
        assertThat(f.explanation().notes()).isEmpty();
    }

    @Test
    void aZeroLengthIntervalTakesThePointAtItsInstant() {
        FactorSeries s = series("hourly test series", Basis.AVERAGE, List.of(point(0, 1, 40)));

        Footprint f = compute(List.of(gpu(0.5, 0.5, 1)), SeriesFactorSource.layered(List.of(s), ANNUAL));

        assertThat(f.locationBased().grams()).isCloseTo(40, within(1e-12));
    }

    @Test
    void withNoSeriesTheAnnualSourceIsUsedAsItIs() {
        assertThat(SeriesFactorSource.layered(List.of(), ANNUAL)).isSameAs(ANNUAL);
    }

    @Test
    void seriesOfAnotherZoneAreNotConsulted() {
        FactorSeries de = new FactorSeries("DE", "hourly", null, Basis.AVERAGE, Boundary.LIFECYCLE, null, List.of(point(0, 24, 999)));

        Footprint f = compute(List.of(gpu(0, 1, 1)), SeriesFactorSource.layered(List.of(de), ANNUAL));

        assertThat(f.locationBased().grams()).isCloseTo(100, within(1e-12));
        assertThat(f.explanation().notes()).isEmpty();
    }

    @Test
    void partOfAnIntervalWithNoFactorAtAllLeavesCo2eNotComputed() {
        FactorSeries s = new FactorSeries("XX", "hourly", null, Basis.AVERAGE, Boundary.LIFECYCLE, null, List.of(point(0, 1, 40)));

        Footprint f = calculator.compute(List.of(gpu(0.5, 1.5, 1)), Location.zone("XX"), PueAssumption.notApplied(),
                SeriesFactorSource.layered(List.of(s), ANNUAL));

        assertThat(f.locationBased()).isNull();
        assertThat(f.explanation().notes()).containsExactly("no emission factor for zone XX at 2026-10-03T01:00:00Z");
    }

    @Test
    void pueScalesTheEnergyEachPointIsAppliedTo() {
        Footprint f = calculator.compute(syntheticDayEnergy(), FR, new PueAssumption(Pue.of(1.5), "test"),
                SeriesFactorSource.layered(List.of(syntheticDay()), ANNUAL));

        assertThat(f.locationBased().grams()).isCloseTo(5160 * 1.5, within(1e-9));
    }

    static Stream<Long> seeds() { return LongStream.range(0, 30).boxed(); }

    /**
     * Random hourly series with random gaps and random intervals of any length and alignment: the grams
     * equal an independent computation that walks every (interval, hour) pair and weights the hour's
     * factor (or the annual factor in a gap) by the overlapping time.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void gramsEqualTheTimeWeightedOverlapOfEveryIntervalWithEveryHour(long seed) {
        Random r = new Random(seed);
        Double[] hourly = new Double[48];
        List<Point> points = new ArrayList<>();
        for (int hr = 0; hr < 48; hr++) {
            if (r.nextInt(5) == 0) continue;   // a gap
            hourly[hr] = r.nextDouble() * 800;
            points.add(point(hr, hr + 1, hourly[hr]));
        }
        if (points.isEmpty()) points.add(point(0, 1, hourly[0] = 1.0));
        List<EnergyInterval> intervals = new ArrayList<>();
        double expected = 0;
        long t = r.nextInt(3600);
        while (t < 47 * 3600) {
            long len = 1 + r.nextInt(r.nextBoolean() ? 60 : 3 * 3600);
            long end = Math.min(t + len, 48 * 3600);
            double kwh = r.nextDouble() * 5;
            intervals.add(new EnergyInterval(H0.plusSeconds(t), H0.plusSeconds(end), Component.CPU, Energy.ofKilowattHours(kwh), NVML));
            for (int hr = 0; hr < 48; hr++) {
                long overlap = Math.min(end, (hr + 1) * 3600L) - Math.max(t, hr * 3600L);
                if (overlap <= 0) continue;
                double g = hourly[hr] == null ? 100 : hourly[hr];
                expected += kwh * overlap / (end - t) * g;
            }
            t = end + r.nextInt(600);
        }

        Footprint f = compute(intervals, SeriesFactorSource.layered(
                List.of(new FactorSeries("FR", "random", null, Basis.AVERAGE, Boundary.LIFECYCLE, null, points)), ANNUAL));

        assertThat(f.locationBased().grams()).isCloseTo(expected, within(Math.max(1e-9, expected * 1e-12)));
    }
}
