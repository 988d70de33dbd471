package io.wattprint.meter.nvml;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.quantity.Energy;
import io.wattprint.meter.AttributionPolicy;
import io.wattprint.meter.nvml.GpuEnergySource.Reading;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GpuEnergySourceTest {
    private static final Instant T0 = Instant.parse("2024-06-01T12:00:00Z");
    private static final String UUID = "GPU-8932f937-d72c-4106-c12f-20bd9faed9f6";
    private static final Set<Integer> RUN = Set.of(100, 101);
    private static final Provenance COUNTER = new Provenance.MeasuredCounter("nvml-total-energy uuid=" + UUID);
    private static final Provenance SHARED_COUNTER = new Provenance.MeasuredCounter("nvml-total-energy uuid=" + UUID + " share=sm-util");

    private final FakeNvml nvml = new FakeNvml();
    private final FakeNvml.Gpu gpu = nvml.add(UUID);

    private GpuEnergySource source(Reading reading, AttributionPolicy policy) throws NvmlException {
        return GpuEnergySource.open(nvml, gpu.device(), reading, policy, () -> RUN);
    }

    private GpuEnergySource reserved() throws NvmlException { return source(Reading.TOTAL_ENERGY, AttributionPolicy.RESERVED_HOST); }

    private GpuEnergySource shared() throws NvmlException { return source(Reading.TOTAL_ENERGY, AttributionPolicy.SHARED_HOST); }

    private static Instant at(long seconds) { return T0.plusSeconds(seconds); }

    private static EnergyInterval interval(long from, long to, double joules, Provenance p) {
        return new EnergyInterval(at(from), at(to), Component.gpu("0"), Energy.ofJoules(joules), p);
    }

    // --- counter ---

    @Test
    void counterDeltasBecomeMeasuredCounterIntervalsOfTheDevice() throws Exception {
        gpu.energy(1_000_000, 1_250_000, 1_700_500);
        GpuEnergySource s = reserved();

        s.start(T0);
        List<EnergyInterval> first = s.poll(at(1));
        List<EnergyInterval> second = s.poll(at(3));

        // 1,250,000 − 1,000,000 mJ = 250 J; 1,700,500 − 1,250,000 mJ = 450.5 J
        assertThat(first).containsExactly(interval(0, 1, 250.0, COUNTER));
        assertThat(second).containsExactly(interval(1, 3, 450.5, COUNTER));
        assertThat(s.name()).isEqualTo("gpu:0");
        assertThat(s.warnings()).isEmpty();
        assertThat(s.segments()).isEqualTo(1);
    }

    @Test
    void counterGoingBackwardsStartsANewSegmentAndNeverCountsNegativeEnergy() throws Exception {
        gpu.energy(5_000, 6_000, 200, 900);
        GpuEnergySource s = reserved();

        s.start(T0);
        List<EnergyInterval> before = s.poll(at(1));
        List<EnergyInterval> reset = s.poll(at(2));
        List<EnergyInterval> after = s.poll(at(3));

        assertThat(before).containsExactly(interval(0, 1, 1.0, COUNTER));
        assertThat(reset).isEmpty();
        assertThat(after).containsExactly(interval(2, 3, 0.7, COUNTER)); // 900 − 200 mJ
        assertThat(s.segments()).isEqualTo(2);
        assertThat(s.warnings()).containsExactly("gpu:0 (" + UUID + "): energy counter went backwards between"
                + " 2024-06-01T12:00:01Z and 2024-06-01T12:00:02Z (6000 → 200 mJ: driver reload or GPU reset);"
                + " a new segment starts at 2024-06-01T12:00:02Z and the energy of those 1.0 s is not counted");
    }

    @Test
    void pollAtTheSameInstantReturnsNothing() throws Exception {
        gpu.energy(1_000, 2_000);
        GpuEnergySource s = reserved();
        s.start(T0);

        assertThat(s.poll(T0)).isEmpty();
        assertThat(s.poll(at(1))).containsExactly(interval(0, 1, 1.0, COUNTER));
    }

    // --- power ---

    @Test
    void instantaneousPowerIsIntegratedByTheTrapezoidalRule() throws Exception {
        gpu.powerInstant(100_000, 200_000, 300_000);
        GpuEnergySource s = source(Reading.POWER_INSTANT, AttributionPolicy.RESERVED_HOST);
        Provenance p = new Provenance.MeasuredPower("nvml-power-instant uuid=" + UUID);

        s.start(T0);
        // (100 W + 200 W) / 2 × 1 s = 150 J; (200 W + 300 W) / 2 × 2 s = 500 J
        assertThat(s.poll(at(1))).containsExactly(interval(0, 1, 150.0, p));
        assertThat(s.poll(at(3))).containsExactly(interval(1, 3, 500.0, p));
    }

    @Test
    void powerUsageIsIntegratedTheSameWay() throws Exception {
        gpu.powerUsage(50_000, 70_000);
        GpuEnergySource s = source(Reading.POWER_USAGE, AttributionPolicy.RESERVED_HOST);

        s.start(T0);
        List<EnergyInterval> got = s.poll(T0.plusMillis(500));

        // (50 W + 70 W) / 2 × 0.5 s = 30 J
        assertThat(got).containsExactly(new EnergyInterval(T0, T0.plusMillis(500), Component.gpu("0"), Energy.ofJoules(30),
                new Provenance.MeasuredPower("nvml-power-usage uuid=" + UUID)));
    }

    // --- faults ---

    @Test
    void gpuLostMidRunKeepsWhatWasMeasuredStopsTheDeviceAndSaysSoOnce() throws Exception {
        gpu.energy(1_000, 3_000).energyFails(NvmlException.GPU_IS_LOST);
        GpuEnergySource s = reserved();

        s.start(T0);
        List<EnergyInterval> kept = s.poll(at(1));
        List<EnergyInterval> lost = s.poll(at(2));
        List<EnergyInterval> later = s.poll(at(3));

        assertThat(kept).containsExactly(interval(0, 1, 2.0, COUNTER));
        assertThat(lost).isEmpty();
        assertThat(later).isEmpty();
        assertThat(gpu.reads).isEqualTo(3); // start, 1 s, 2 s: a lost GPU is not read again
        assertThat(s.warnings()).containsExactly("gpu:0 (" + UUID + ") stopped at 2024-06-01T12:00:02Z"
                + " (nvmlDeviceGetTotalEnergyConsumption: NVML_ERROR_GPU_IS_LOST); energy measured until"
                + " 2024-06-01T12:00:01Z is kept, the GPU is no longer read");
    }

    @Test
    void anyOtherErrorSkipsTheTickAndTheNextGoodReadingCoversIt() throws Exception {
        gpu.energy(1_000).energyFails(NvmlException.TIMEOUT).energy(4_000).energyFails(NvmlException.TIMEOUT).energy(9_000);
        GpuEnergySource s = reserved();

        s.start(T0);
        List<EnergyInterval> skipped = s.poll(at(1));
        List<EnergyInterval> covered = s.poll(at(2));
        List<EnergyInterval> skippedAgain = s.poll(at(3));
        List<EnergyInterval> coveredAgain = s.poll(at(4));

        assertThat(skipped).isEmpty();
        assertThat(covered).containsExactly(interval(0, 2, 3.0, COUNTER));
        assertThat(skippedAgain).isEmpty();
        assertThat(coveredAgain).containsExactly(interval(2, 4, 5.0, COUNTER));
        assertThat(s.warnings()).containsExactly("gpu:0 (" + UUID + "): nvmlDeviceGetTotalEnergyConsumption:"
                + " NVML_ERROR_TIMEOUT at 2024-06-01T12:00:01Z; ticks with such errors are skipped and the next good"
                + " reading covers them");
    }

    @Test
    void errorsLastingThirtySecondsStopTheDevice() throws Exception {
        gpu.energy(1_000).energyFails(NvmlException.UNKNOWN);
        GpuEnergySource s = reserved();

        s.start(T0);
        s.poll(at(1));
        s.poll(at(30));
        s.poll(at(31));
        int readsWhenStopped = gpu.reads;
        s.poll(at(32));

        assertThat(gpu.reads).isEqualTo(readsWhenStopped);
        assertThat(s.warnings()).hasSize(2);
        assertThat(s.warnings().get(1)).isEqualTo("gpu:0 (" + UUID + ") stopped at 2024-06-01T12:00:31Z: NVML errors"
                + " since 2024-06-01T12:00:01Z (nvmlDeviceGetTotalEnergyConsumption: NVML_ERROR_UNKNOWN); energy"
                + " measured until 2024-06-01T12:00:00Z is kept, the GPU is no longer read");
    }

    @Test
    void failedStartTakesItsBaselineAtTheNextGoodReading() throws Exception {
        gpu.energyFails(NvmlException.TIMEOUT).energy(1_000, 2_500);
        GpuEnergySource s = reserved();

        s.start(T0);
        List<EnergyInterval> baseline = s.poll(at(1));
        List<EnergyInterval> next = s.poll(at(2));

        assertThat(baseline).isEmpty();
        assertThat(next).containsExactly(interval(1, 2, 1.5, COUNTER));
    }

    @Test
    void gpuLostAtStartIsNeverRead() throws Exception {
        gpu.energyFails(NvmlException.GPU_IS_LOST);
        GpuEnergySource s = reserved();

        s.start(T0);

        assertThat(s.poll(at(1))).isEmpty();
        assertThat(gpu.reads).isEqualTo(1);
        assertThat(s.warnings()).singleElement().asString().startsWith("gpu:0 (" + UUID + ") stopped at 2024-06-01T12:00:00Z");
    }

    // --- attribution ---

    @Test
    void reservedHostChargesTheWholeDeviceWhoeverUsesIt() throws Exception {
        gpu.energy(0, 400_000).processes(200, 300);
        GpuEnergySource s = reserved();

        s.start(T0);

        assertThat(s.poll(at(1))).containsExactly(interval(0, 1, 400.0, COUNTER));
    }

    @Test
    void sharedHostChargesTheWholeDeviceWhileOnlyTheRunUsesIt() throws Exception {
        gpu.energy(0, 400_000).processes(100, 101);
        GpuEnergySource s = shared();

        s.start(T0);

        assertThat(s.poll(at(1))).containsExactly(interval(0, 1, 400.0, SHARED_COUNTER));
    }

    @Test
    void sharedHostSplitsBySmUtilisationWhileOthersUseTheDevice() throws Exception {
        gpu.energy(0, 400_000).processes(100, 200).samples(100, 60, 200, 20);
        GpuEnergySource s = shared();

        s.start(T0);
        List<EnergyInterval> got = s.poll(at(1));

        // run's SM share 60 / (60 + 20) = 0.75 of 400 J
        assertThat(got).containsExactly(interval(0, 1, 300.0, SHARED_COUNTER));
        // samples asked for are those since the interval's start, in µs since 1970
        assertThat(gpu.lastSeenAsked).containsExactly(T0.getEpochSecond() * 1_000_000L);
    }

    @Test
    void sharedHostChargesNothingWhileTheRunHasNoProcessOnTheDevice() throws Exception {
        gpu.energy(0, 400_000, 800_000).processes(200).processes();
        GpuEnergySource s = shared();

        s.start(T0);

        assertThat(s.poll(at(1))).containsExactly(interval(0, 1, 0.0, SHARED_COUNTER));   // someone else's
        assertThat(s.poll(at(2))).containsExactly(interval(1, 2, 0.0, SHARED_COUNTER));   // nobody's: idle stays with the host
    }

    @Test
    void sharedHostWithoutSamplesSplitsByProcessCount() throws Exception {
        gpu.energy(0, 400_000).processes(100, 101, 200, 300).samples();
        GpuEnergySource s = shared();

        s.start(T0);

        // 2 of 4 processes are the run's: 0.5 of 400 J
        assertThat(s.poll(at(1))).containsExactly(interval(0, 1, 200.0, SHARED_COUNTER));
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void sharedHostWithoutUtilisationSplitsByProcessCountAndSaysSoOnce() throws Exception {
        gpu.energy(0, 400_000, 800_000).processes(100, 200).samplesFail(NvmlException.NOT_SUPPORTED);
        GpuEnergySource s = shared();

        s.start(T0);

        assertThat(s.poll(at(1))).containsExactly(interval(0, 1, 200.0, SHARED_COUNTER));
        assertThat(s.poll(at(2))).containsExactly(interval(1, 2, 200.0, SHARED_COUNTER));
        assertThat(s.warnings()).containsExactly("gpu:0 (" + UUID + "): per-process utilisation unavailable"
                + " (nvmlDeviceGetProcessUtilization: NVML_ERROR_NOT_SUPPORTED); while shared, the device is split by process count");
    }

    @Test
    void sharedHostThatCannotListProcessesChargesTheWholeDeviceAndSaysSo() throws Exception {
        gpu.energy(0, 400_000).processesFail(NvmlException.NO_PERMISSION);
        GpuEnergySource s = shared();

        s.start(T0);

        assertThat(s.poll(at(1))).containsExactly(interval(0, 1, 400.0, SHARED_COUNTER));
        assertThat(s.warnings()).containsExactly("gpu:0 (" + UUID + "): cannot list its processes"
                + " (nvmlDeviceGetComputeRunningProcesses_v3: NVML_ERROR_NO_PERMISSION); the whole device is charged to the run for such ticks");
    }

    // --- lifecycle and description ---

    @Test
    void eachSourceHoldsOneNvmlInitialisationUntilClosed() throws Exception {
        gpu.energy(0, 1_000);
        GpuEnergySource s = reserved();
        assertThat(nvml.refs).isEqualTo(1);

        s.start(T0);
        s.close();
        s.close();

        assertThat(nvml.refs).isZero();
        assertThat(s.poll(at(1))).isEmpty();
    }

    @Test
    void describeNamesTheDeviceTheReadingAndTheAttributionRule() throws Exception {
        assertThat(reserved().describe()).isEqualTo("gpu:0 (" + UUID + ") NVIDIA H100 80GB HBM3, PCI 00000000:18:00.0:"
                + " NVML total-energy counter deltas (nvmlDeviceGetTotalEnergyConsumption, mJ);"
                + " host reserved: the run is charged the whole device");
        assertThat(shared().describe()).endsWith("shared host: the whole device while only the run's processes use it,"
                + " the run's share of per-process SM utilisation (nvmlDeviceGetProcessUtilization) while others use it"
                + " too (by process count when there are no samples), nothing while the run has no process on it");
    }
}
