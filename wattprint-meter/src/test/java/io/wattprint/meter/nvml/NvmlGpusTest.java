package io.wattprint.meter.nvml;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.quantity.Energy;
import io.wattprint.meter.AttributionPolicy;
import io.wattprint.meter.Discovery;
import io.wattprint.meter.EnergySource;
import io.wattprint.meter.nvml.GpuEnergySource.Reading;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NvmlGpusTest {
    private static final Instant T0 = Instant.parse("2024-06-01T12:00:00Z");
    private static final String UUID0 = "GPU-8932f937-d72c-4106-c12f-20bd9faed9f6";
    private static final String UUID1 = "GPU-c0ffee00-1111-2222-3333-444455556666";

    private final FakeNvml nvml = new FakeNvml();

    private Discovery discover(Map<String, String> env) { return discover(env, AttributionPolicy.RESERVED_HOST); }

    private Discovery discover(Map<String, String> env, AttributionPolicy policy) {
        return NvmlGpus.discover(() -> nvml, env, policy, () -> Set.of(100));
    }

    private void twoH100s() {
        nvml.add(UUID0).energy(1_000, 2_000);
        nvml.add(UUID1).energy(5_000, 8_000);
    }

    private static GpuEnergySource gpu(Discovery d, int k) { return (GpuEnergySource) d.sources().get(k); }

    // --- nothing to measure: one note, never an exception ---

    @Test
    void noLibraryMeansNoSourceAndOneNote(@TempDir Path dir) {
        Discovery d = NvmlGpus.discover(JnaNvml.loader(List.of(dir), dir.resolve("no-driver")), Map.of(),
                AttributionPolicy.RESERVED_HOST, Set::of);

        assertThat(d).isEqualTo(Discovery.none("no NVIDIA GPU: NVML library libnvidia-ml.so.1 not found"));
    }

    @Test
    void aDriverThatIsNotLoadedIsOneNote() {
        nvml.initError = NvmlException.DRIVER_NOT_LOADED;

        assertThat(discover(Map.of())).isEqualTo(
                Discovery.none("no NVIDIA GPU: the NVIDIA driver is not loaded (NVML_ERROR_DRIVER_NOT_LOADED)"));
    }

    @Test
    void anyOtherInitFailureIsOneNote() {
        nvml.initError = NvmlException.UNKNOWN;

        assertThat(discover(Map.of())).isEqualTo(
                Discovery.none("no NVIDIA GPU: NVML did not start (nvmlInit_v2: NVML_ERROR_UNKNOWN)"));
    }

    @Test
    void aLoaderThatBreaksUnexpectedlyIsOneNoteNotACrash() {
        Discovery d = NvmlGpus.discover(() -> { throw new NoClassDefFoundError("com/sun/jna/Native"); },
                Map.of(), AttributionPolicy.RESERVED_HOST, Set::of);

        assertThat(d).isEqualTo(Discovery.none(
                "no NVIDIA GPU: NVML could not be loaded (java.lang.NoClassDefFoundError: com/sun/jna/Native)"));
    }

    @Test
    void zeroDevicesIsOneNoteAndNvmlIsShutDown() {
        assertThat(discover(Map.of())).isEqualTo(Discovery.none("no NVIDIA GPU: NVML sees no device"));
        assertThat(nvml.inits).isEqualTo(1);
        assertThat(nvml.refs).isZero();
    }

    @Test
    void cudaVisibleDevicesHidingEveryGpuIsOneNote() {
        twoH100s();

        assertThat(discover(Map.of("CUDA_VISIBLE_DEVICES", ""))).isEqualTo(
                Discovery.none("no NVIDIA GPU visible to the run: CUDA_VISIBLE_DEVICES=\"\" hides all 2 GPUs"));
        assertThat(discover(Map.of("CUDA_VISIBLE_DEVICES", "-1"))).isEqualTo(
                Discovery.none("no NVIDIA GPU visible to the run: CUDA_VISIBLE_DEVICES=\"-1\" hides all 2 GPUs"));
        assertThat(discover(Map.of("CUDA_VISIBLE_DEVICES", "7"))).isEqualTo(
                Discovery.none("no NVIDIA GPU visible to the run: CUDA_VISIBLE_DEVICES=\"7\" hides all 2 GPUs"
                        + " (CUDA_VISIBLE_DEVICES=7: '7' names no GPU on this host; as CUDA does, only the entries before it count)"));
        assertThat(nvml.refs).isZero();
    }

    // --- sources ---

    @Test
    void everyVisibleGpuBecomesACounterSourceThatOutlivesDiscovery() {
        twoH100s();

        Discovery d = discover(Map.of());

        assertThat(d.notes()).isEmpty();
        assertThat(d.sources()).extracting(EnergySource::name).containsExactly("gpu:0", "gpu:1");
        assertThat(gpu(d, 0).reading()).isEqualTo(Reading.TOTAL_ENERGY);
        assertThat(nvml.refs).isEqualTo(2); // discovery's own init released; one held by each source
        GpuEnergySource g1 = gpu(d, 1);
        g1.start(T0);
        // discovery read 5,000 mJ; start reads 8,000 and the counter stays there
        assertThat(g1.poll(T0.plusSeconds(1))).extracting(EnergyInterval::energy).containsExactly(Energy.ZERO);
        d.sources().forEach(EnergySource::close);
        assertThat(nvml.refs).isZero();
    }

    @Test
    void cudaVisibleDevicesPicksTheRunsGpus() {
        twoH100s();

        Discovery d = discover(Map.of("CUDA_VISIBLE_DEVICES", UUID1.substring(0, 12)));

        assertThat(d.sources()).extracting(EnergySource::name).containsExactly("gpu:1");
        assertThat(gpu(d, 0).device().uuid()).isEqualTo(UUID1);
        assertThat(nvml.refs).isEqualTo(1);
    }

    @Test
    void aMigInstanceMeasuresItsPhysicalGpuAndSaysSo() {
        twoH100s();
        nvml.gpu(1).mig("MIG-1a2b3c4d-0000-5111-8222-933344445555");

        Discovery d = discover(Map.of("CUDA_VISIBLE_DEVICES", "MIG-1a2b3c4d-0000-5111-8222-933344445555"));

        assertThat(d.sources()).extracting(EnergySource::name).containsExactly("gpu:1");
        assertThat(d.notes()).containsExactly("CUDA_VISIBLE_DEVICES names MIG instance MIG-1a2b3c4d-0000-5111-8222-933344445555"
                + " of gpu:1 (" + UUID1 + "): NVML measures energy per physical GPU, so gpu:1 counts all its MIG instances");
    }

    @Test
    void aGpuWithoutACounterIntegratesInstantPowerAndSaysSo() {
        nvml.add(UUID0).named("Tesla P100-PCIE-16GB").powerInstant(31_000);

        Discovery d = discover(Map.of());

        assertThat(gpu(d, 0).reading()).isEqualTo(Reading.POWER_INSTANT);
        assertThat(d.notes()).containsExactly("gpu:0 (" + UUID0 + ") Tesla P100-PCIE-16GB has no energy counter (before"
                + " Volta): its power is read at each tick and integrated (nvml-power-instant); a shorter sampling"
                + " interval is closer to the truth");
    }

    @Test
    void withoutTheInstantPowerFieldPowerUsageIsIntegrated() {
        nvml.add(UUID0).named("Tesla K80").powerInstantFails(NvmlException.INVALID_ARGUMENT).powerUsage(60_000);

        assertThat(gpu(discover(Map.of()), 0).reading()).isEqualTo(Reading.POWER_USAGE);
    }

    @Test
    void aGpuWithNoReadingAtAllIsNotMeasuredAndSaysWhy() {
        twoH100s();
        nvml.add("GPU-00000000-0000-0000-0000-000000000000");

        Discovery d = discover(Map.of());

        assertThat(d.sources()).extracting(EnergySource::name).containsExactly("gpu:0", "gpu:1");
        assertThat(d.notes()).containsExactly(
                "gpu:2 (GPU-00000000-0000-0000-0000-000000000000) not measured: nvmlDeviceGetPowerUsage: NVML_ERROR_NOT_SUPPORTED");
    }

    @Test
    void aGpuWhoseHandleFailsIsSkippedAndTheOthersAreMeasured() {
        twoH100s();
        nvml.gpu(0).handleError = NvmlException.NO_PERMISSION;

        Discovery d = discover(Map.of());

        assertThat(d.sources()).extracting(EnergySource::name).containsExactly("gpu:1");
        assertThat(d.notes()).containsExactly("gpu:0 skipped: nvmlDeviceGetHandleByIndex_v2: NVML_ERROR_NO_PERMISSION");
    }

    @Test
    void indicesOnAHostMixingGpuModelsWarnThatCudaMayNumberThemDifferently() {
        nvml.add(UUID0).named("NVIDIA A100-SXM4-80GB").energy(0);
        nvml.add(UUID1).named("Tesla T4").energy(0);

        Discovery byIndex = discover(Map.of("CUDA_VISIBLE_DEVICES", "1"));
        Discovery pciOrder = discover(Map.of("CUDA_VISIBLE_DEVICES", "1", "CUDA_DEVICE_ORDER", "PCI_BUS_ID"));
        Discovery byUuid = discover(Map.of("CUDA_VISIBLE_DEVICES", UUID1));

        assertThat(byIndex.notes()).containsExactly("CUDA_VISIBLE_DEVICES indices follow CUDA's order (fastest first)"
                + " unless CUDA_DEVICE_ORDER=PCI_BUS_ID, and this host mixes GPU models (NVIDIA A100-SXM4-80GB, Tesla T4):"
                + " indices were read in NVML's PCI bus order; set CUDA_DEVICE_ORDER=PCI_BUS_ID or use GPU UUIDs");
        assertThat(pciOrder.notes()).isEmpty();
        assertThat(byUuid.notes()).isEmpty();
    }

    @Test
    void sharedHostSourcesAskTheRunsProcessTree() {
        nvml.add(UUID0).energy(0, 0, 400_000).processes(100, 200).samples(100, 30, 200, 90);

        Discovery d = discover(Map.of(), AttributionPolicy.SHARED_HOST);
        GpuEnergySource s = gpu(d, 0);
        s.start(T0);

        // run's SM share 30 / (30 + 90) = 0.25 of 400 J
        assertThat(s.poll(T0.plusSeconds(1))).extracting(EnergyInterval::energy).containsExactly(Energy.ofJoules(100));
        assertThat(s.describe()).contains("shared host");
    }
}
