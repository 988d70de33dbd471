package io.wattprint.core.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.ComponentEnergy;
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
import io.wattprint.core.quantity.Power;
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

class FootprintCalculatorTest {
    private static final Instant T0 = Instant.parse("2024-06-01T00:00:00Z");
    private static final Provenance NVML = new Provenance.MeasuredCounter("nvml-total-energy");
    private static final Provenance CPU_MODEL = new Provenance.Estimated("cpu-tdp-load-curve");
    private static final Location FR = Location.zone("FR");

    private final FootprintCalculator calculator = new FootprintCalculator();

    private static EmissionFactor annual(String zone, CarbonIntensity ci, int year) {
        return EmissionFactor.annual(zone, ci, year, Basis.AVERAGE, Boundary.LIFECYCLE, "Ember", "yearly", "CC BY 4.0");
    }

    private static FactorSource always(EmissionFactor f) {
        return (zone, at) -> zone.equals(f.zone()) ? Optional.of(f) : Optional.empty();
    }

    private static EnergyInterval interval(Instant start, Duration d, Component c, Energy e, Provenance p) {
        return new EnergyInterval(start, start.plus(d), c, e, p);
    }

    private static PueAssumption pue(double v) { return new PueAssumption(Pue.of(v), "test facility"); }

    @Test
    void locationBasedThousandMegawattHoursAtFourHundredKilogramsPerMegawattHourIsFourHundredTonnes() {
        // DOMAIN.md §2 (location-based): 1,000 MWh × 0.400 t/MWh = 400 t.
        EmissionFactor grid = annual("FR", CarbonIntensity.ofTonnesPerMwh(0.400), 2024);
        Footprint f = calculator.compute(
                List.of(interval(T0, Duration.ofDays(30), Component.OTHER, Energy.ofMegawattHours(1000), NVML)),
                FR, PueAssumption.notApplied(), always(grid));

        assertThat(f.locationBased().tonnes()).isCloseTo(400, within(1e-9));
        assertThat(f.factor()).isEqualTo(grid);
        assertThat(f.explanation().render().get(0)).isEqualTo(
                "kgCO2e (location-based) = 400000.000000000    [Σ intervals (IT energy × PUE × grid factor of the zone at the interval) / 1000]");
    }

    @Test
    void facilityEnergyIsItEnergyTimesPueAndEmissionsUseFacilityEnergy() {
        EmissionFactor grid = annual("FR", CarbonIntensity.ofGramsPerKwh(100), 2024);
        Footprint f = calculator.compute(
                List.of(interval(T0, Duration.ofHours(1), Component.gpu("0"), Energy.ofKilowattHours(4), NVML),
                        interval(T0.plusSeconds(3600), Duration.ofHours(1), Component.gpu("0"), Energy.ofKilowattHours(6), NVML)),
                FR, pue(1.5), always(grid));

        assertThat(f.itEnergy().kilowattHours()).isEqualTo(10);
        assertThat(f.facilityEnergy().kilowattHours()).isEqualTo(15);
        assertThat(f.pue().pue()).isEqualTo(Pue.of(1.5));
        assertThat(f.locationBased().grams()).isCloseTo(1500, within(1e-9));
    }

    @Test
    void hourlyFactorSeriesIsAppliedIntervalByIntervalAtEachMidpoint() {
        // Hour 00: 100 g/kWh, 01: 300, 02: 50 (a FactorSource that answers per hour).
        double[] hourly = {100, 300, 50};
        FactorSource series = (zone, at) -> {
            int hour = (int) Duration.between(T0, at).toHours();
            Instant from = T0.plus(Duration.ofHours(hour));
            return Optional.of(new EmissionFactor(zone, CarbonIntensity.ofGramsPerKwh(hourly[hour]), from,
                    from.plus(Duration.ofHours(1)), Basis.AVERAGE, Boundary.LIFECYCLE, "hourly test series", null, null));
        };
        List<EnergyInterval> intervals = List.of(
                interval(T0, Duration.ofMinutes(60), Component.gpu("0"), Energy.ofKilowattHours(2), NVML),
                // 00:40–01:40: midpoint 01:10, so hour 01's factor.
                interval(T0.plus(Duration.ofMinutes(40)), Duration.ofMinutes(60), Component.gpu("1"), Energy.ofKilowattHours(3), NVML),
                interval(T0.plus(Duration.ofHours(2)), Duration.ofMinutes(30), Component.CPU, Energy.ofKilowattHours(5), CPU_MODEL));

        Footprint f = calculator.compute(intervals, FR, pue(1.2), series);

        // By hand: 1.2 × (2 × 100 + 3 × 300 + 5 × 50) = 1.2 × 1350 = 1620 g.
        assertThat(f.locationBased().grams()).isCloseTo(1620, within(1e-9));
        // The factor applied to the most energy (5 kWh × 1.2 at 50 g/kWh) is the one cited as primary.
        assertThat(f.factor().intensity().gramsPerKwh()).isEqualTo(50);
        assertThat(f.explanation().render()).filteredOn(l -> l.startsWith("  grid factor:")).containsExactly(
                "  grid factor: 100.000 gCO2e/kWh for FR, 2024 (average, lifecycle), source: hourly test series  — applied to 2.400000000 kWh",
                "  grid factor: 300.000 gCO2e/kWh for FR, 2024 (average, lifecycle), source: hourly test series  — applied to 3.600000000 kWh",
                "  grid factor: 50.000 gCO2e/kWh for FR, 2024 (average, lifecycle), source: hourly test series  — applied to 6.000000000 kWh");
    }

    @Test
    void unknownLocationProducesNoCo2eAndSaysWhy() {
        Footprint f = calculator.compute(
                List.of(interval(T0, Duration.ofSeconds(10), Component.CPU, Energy.ofJoules(3600), CPU_MODEL)),
                Location.unknown(), PueAssumption.notApplied(),
                (zone, at) -> { throw new AssertionError("no factor may be looked up for an unknown location"); });

        assertThat(f.locationBased()).isNull();
        assertThat(f.factor()).isNull();
        assertThat(f.itEnergy()).isEqualTo(Energy.ofJoules(3600));
        assertThat(f.explanation().render()).containsExactly(
                "kgCO2e (location-based) = not computed",
                "  note: location unknown: no grid factor applied and none assumed; re-run with --location <zone or cloud region>",
                "  IT energy = 0.001000000 kWh    [Σ component energy]",
                "    cpu: 0.001000000 kWh  — estimated (model: cpu-tdp-load-curve)",
                "  facility energy = 0.001000000 kWh    [IT energy × PUE]",
                "    IT energy: 0.001000000 kWh",
                "    PUE: 1.000  — not applied (no facility, cloud region or --pue given; IT energy only)");
    }

    @Test
    void factorFromAnEarlierYearIsAppliedAndDisclosed() {
        EmissionFactor grid2023 = annual("FR", CarbonIntensity.ofGramsPerKwh(56), 2023);
        Footprint f = calculator.compute(
                List.of(interval(T0, Duration.ofHours(1), Component.gpu("0"), Energy.ofKilowattHours(1), NVML)),
                FR, PueAssumption.notApplied(), always(grid2023));

        assertThat(f.locationBased().grams()).isCloseTo(56, within(1e-12));
        assertThat(f.explanation().notes())
                .containsExactly("factor year 2023 applied to energy used in 2024 (latest published year for FR)");
    }

    @Test
    void factorCoveringTheIntervalAddsNoNote() {
        Footprint f = calculator.compute(
                List.of(interval(T0, Duration.ofHours(1), Component.gpu("0"), Energy.ofKilowattHours(1), NVML)),
                FR, PueAssumption.notApplied(), always(annual("FR", CarbonIntensity.ofGramsPerKwh(56), 2024)));
        assertThat(f.explanation().notes()).isEmpty();
    }

    @Test
    void missingFactorLeavesCo2eNotComputedWithANote() {
        Footprint f = calculator.compute(
                List.of(interval(T0, Duration.ofHours(1), Component.gpu("0"), Energy.ofKilowattHours(1), NVML)),
                Location.zone("XX"), pue(1.1), always(annual("FR", CarbonIntensity.ofGramsPerKwh(56), 2024)));

        assertThat(f.locationBased()).isNull();
        assertThat(f.factor()).isNull();
        assertThat(f.facilityEnergy().kilowattHours()).isCloseTo(1.1, within(1e-12));
        assertThat(f.explanation().value()).isEqualTo("not computed");
        assertThat(f.explanation().notes()).containsExactly("no emission factor for zone XX at 2024-06-01T00:30:00Z");
    }

    @Test
    void energyIsAggregatedPerComponentAndProvenanceInStableOrder() {
        Provenance gpuEstimate = new Provenance.Estimated("gpu-tdp");
        List<EnergyInterval> intervals = List.of(
                interval(T0, Duration.ofSeconds(1), Component.gpu("0"), Energy.ofJoules(100), NVML),
                interval(T0, Duration.ofSeconds(1), Component.CPU, Energy.ofJoules(30), CPU_MODEL),
                interval(T0.plusSeconds(1), Duration.ofSeconds(1), Component.gpu("0"), Energy.ofJoules(200), NVML),
                interval(T0.plusSeconds(1), Duration.ofSeconds(1), Component.gpu("0"), Energy.ofJoules(50), gpuEstimate),
                interval(T0.plusSeconds(1), Duration.ofSeconds(1), Component.CPU, Energy.ofJoules(20), CPU_MODEL));

        Footprint f = calculator.compute(intervals, FR, PueAssumption.notApplied(),
                always(annual("FR", CarbonIntensity.ofGramsPerKwh(56), 2024)));

        assertThat(f.components()).containsExactly(
                new ComponentEnergy(Component.CPU, CPU_MODEL, Energy.ofJoules(50)),
                new ComponentEnergy(Component.gpu("0"), gpuEstimate, Energy.ofJoules(50)),
                new ComponentEnergy(Component.gpu("0"), NVML, Energy.ofJoules(300)));
        assertThat(f.itEnergy()).isEqualTo(Energy.ofJoules(400));
        assertThat(f.measuredShare()).isEqualTo(0.75);
    }

    @Test
    void sameMethodNameUnderDifferentKindsStaysSeparate() {
        List<EnergyInterval> intervals = List.of(
                interval(T0, Duration.ofSeconds(1), Component.gpu("0"), Energy.ofJoules(10), new Provenance.MeasuredCounter("nvml")),
                interval(T0, Duration.ofSeconds(1), Component.gpu("0"), Energy.ofJoules(30), new Provenance.MeasuredPower("nvml")));
        Footprint f = calculator.compute(intervals, Location.unknown(), PueAssumption.notApplied(), (z, t) -> Optional.empty());
        assertThat(f.components()).hasSize(2);
        assertThat(f.measuredShare()).isEqualTo(1.0);
    }

    @Test
    void explanationIsAnAuditTrailOfEveryInput() {
        EmissionFactor grid = annual("FR", CarbonIntensity.ofGramsPerKwh(56), 2024);
        List<EnergyInterval> intervals = List.of(
                interval(T0, Duration.ofHours(1), Component.gpu("0"), Energy.ofKilowattHours(1.5), NVML),
                interval(T0, Duration.ofHours(1), Component.CPU, Energy.ofKilowattHours(0.5), CPU_MODEL));

        Footprint f = calculator.compute(intervals, new Location("FR", "aws:eu-west-3", null), pue(1.135), always(grid));

        // 2 kWh × 1.135 = 2.27 kWh; × 56 g/kWh = 127.12 g = 0.12712 kg.
        assertThat(f.explanation().render()).containsExactly(
                "kgCO2e (location-based) = 0.127120000    [Σ intervals (IT energy × PUE × grid factor of the zone at the interval) / 1000]",
                "  location: aws:eu-west-3 (FR)",
                "  grid factor: 56.000 gCO2e/kWh for FR, 2024 (average, lifecycle), source: Ember, dataset yearly, licence CC BY 4.0  — applied to 2.270000000 kWh",
                "  IT energy = 2.000000000 kWh    [Σ component energy]",
                "    cpu: 0.500000000 kWh  — estimated (model: cpu-tdp-load-curve)",
                "    gpu:0: 1.500000000 kWh  — measured (energy counter: nvml-total-energy)",
                "  facility energy = 2.270000000 kWh    [IT energy × PUE]",
                "    IT energy: 2.000000000 kWh",
                "    PUE: 1.135  — test facility");
    }

    @Test
    void aStaleHourlyFactorIsDisclosedWithItsValidityNotCalledTheLatestYear() {
        Instant hourStart = Instant.parse("2024-03-01T10:00:00Z");
        EmissionFactor stale = new EmissionFactor("FR", CarbonIntensity.ofGramsPerKwh(80), hourStart,
                hourStart.plus(Duration.ofHours(1)), Basis.AVERAGE, Boundary.LIFECYCLE, "hourly test series", null, null);
        EnergyInterval later = interval(hourStart.plus(Duration.ofHours(5)), Duration.ofMinutes(10), Component.CPU,
                Energy.ofKilowattHours(1), CPU_MODEL);

        Footprint f = calculator.compute(List.of(later), FR, PueAssumption.notApplied(), always(stale));

        assertThat(f.locationBased().grams()).isEqualTo(80.0);
        assertThat(f.explanation().notes()).containsExactly("factor valid 2024-03-01T10:00:00Z to 2024-03-01T11:00:00Z"
                + " applied to energy at 2024-03-01T15:05:00Z (no factor of FR covers that time)");
    }

    @Test
    void noIntervalsGiveZeroEmissionsAndApplyNoFactor() {
        EmissionFactor grid = annual("FR", CarbonIntensity.ofGramsPerKwh(56), 2024);
        Footprint f = calculator.compute(List.of(), FR, PueAssumption.notApplied(), always(grid));

        assertThat(f.locationBased().grams()).isZero();
        assertThat(f.factor()).isNull();
        assertThat(f.measuredShare()).isZero();
        assertThat(f.explanation().render()).contains(
                "  note: no energy recorded, so no grid factor was applied",
                "    note: no energy intervals recorded");
    }

    @Test
    void mlCo2ImpactOracleTdpTimesHoursThenGramsPerKilowattHour() {
        // DOMAIN.md §1, ML CO2 Impact: kWh = TDP × hours / 1000; kg = kWh × g/kWh / 1000 (no PUE).
        // 250 W for 10 h = 2.5 kWh; × 475 g/kWh = 1187.5 g = 1.1875 kg.
        Energy e = Power.ofWatts(250).over(Duration.ofHours(10));
        assertThat(e.kilowattHours()).isEqualTo(250 * 10 / 1000d);

        Footprint f = calculator.compute(List.of(interval(T0, Duration.ofHours(10), Component.gpu("0"), e, CPU_MODEL)),
                FR, PueAssumption.notApplied(), always(annual("FR", CarbonIntensity.ofGramsPerKwh(475), 2024)));
        assertThat(f.locationBased().kilograms()).isCloseTo(2.5 * 475 / 1000, within(1e-12));
    }

    @Test
    void pattersonGpt3SanityOracle() {
        // DOMAIN.md §7 (Patterson et al. 2021): 10,000 V100 × 14.8 days × 330 W × PUE 1.1 ≈ 1,287 MWh;
        // × 0.429 t/MWh ≈ 552 t. 14.8 days and 0.429 are rounded in the paper (±0.05 d, ±0.0005 t/MWh),
        // so the exact product 1,289.4 MWh / 553.1 t is allowed to differ by that rounding.
        double dayRounding = 0.05 / 14.8;
        double factorRounding = 0.0005 / 0.429;
        Energy it = Power.ofWatts(330).times(10_000).over(Duration.ofMinutes((long) (14.8 * 24 * 60)));
        Instant start = Instant.parse("2020-05-01T00:00:00Z");

        Footprint f = calculator.compute(
                List.of(new EnergyInterval(start, start.plus(Duration.ofMinutes((long) (14.8 * 24 * 60))), Component.gpu("v100-fleet"), it, CPU_MODEL)),
                Location.zone("US"), pue(1.1), always(annual("US", CarbonIntensity.ofTonnesPerMwh(0.429), 2020)));

        assertThat(f.facilityEnergy().megawattHours()).isCloseTo(1_287, within(1_287 * dayRounding));
        assertThat(f.locationBased().tonnes()).isCloseTo(552, within(552 * (dayRounding + factorRounding)));
        assertThat(f.facilityEnergy().megawattHours()).isCloseTo(1_289.376, within(1e-6));
    }

    static Stream<Long> seeds() { return LongStream.range(0, 25).boxed(); }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void withOneFactorEmissionsEqualFacilityEnergyTimesFactor(long seed) {
        Random r = new Random(seed);
        double g = r.nextDouble() * 900;
        double pue = 1 + r.nextDouble() * 1.5;
        List<EnergyInterval> intervals = new ArrayList<>();
        double measuredJ = 0, totalJ = 0;
        Instant t = T0;
        for (int n = r.nextInt(40) + 1; n > 0; n--) {
            double j = r.nextDouble() * 1e6;
            boolean measured = r.nextBoolean();
            Component c = r.nextBoolean() ? Component.gpu(Integer.toString(r.nextInt(4))) : Component.CPU;
            intervals.add(interval(t, Duration.ofSeconds(1), c, Energy.ofJoules(j), measured ? NVML : CPU_MODEL));
            t = t.plusSeconds(1);
            totalJ += j;
            if (measured) measuredJ += j;
        }

        Footprint f = calculator.compute(intervals, FR, pue(pue),
                always(annual("FR", CarbonIntensity.ofGramsPerKwh(g), 2024)));

        double expectedGrams = totalJ / 3.6e6 * pue * g;
        assertThat(f.locationBased().grams()).isCloseTo(expectedGrams, within(expectedGrams * 1e-12));
        assertThat(f.facilityEnergy().joules()).isCloseTo(totalJ * pue, within(totalJ * pue * 1e-12));
        assertThat(f.measuredShare()).isCloseTo(measuredJ / totalJ, within(1e-12));
        assertThat(f.components().stream().mapToDouble(ce -> ce.energy().joules()).sum())
                .isCloseTo(totalJ, within(totalJ * 1e-12));
    }

    @Test
    void runsOfOneMethodAndFactorWithDifferentEnergiesShareOneExplanationPattern() {
        // Issue 15: an explanation is stored once per method and factor set; only a run's own figures are its values.
        EmissionFactor grid = annual("FR", CarbonIntensity.ofGramsPerKwh(56.04), 2023);
        Footprint small = calculator.compute(List.of(interval(T0, Duration.ofMinutes(1), Component.gpu("0"),
                Energy.ofKilowattHours(0.001), NVML)), FR, pue(1.2), always(grid));
        Footprint large = calculator.compute(List.of(interval(T0, Duration.ofHours(5), Component.gpu("0"),
                Energy.ofKilowattHours(42.5), NVML)), FR, pue(1.2), always(grid));
        assertThat(small.explanation().template().pattern()).isEqualTo(large.explanation().template().pattern());
        assertThat(String.join("", small.explanation().template().values())).as("the citation is not a value")
                .doesNotContain("Ember").contains("applied to");
    }
}
