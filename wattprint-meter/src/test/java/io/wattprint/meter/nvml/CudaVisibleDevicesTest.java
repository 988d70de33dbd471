package io.wattprint.meter.nvml;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.meter.nvml.CudaVisibleDevices.Device;
import io.wattprint.meter.nvml.CudaVisibleDevices.Selection;
import java.util.List;
import org.junit.jupiter.api.Test;

class CudaVisibleDevicesTest {
    private static final String UUID0 = "GPU-8932f937-d72c-4106-c12f-20bd9faed9f6";
    private static final String UUID1 = "GPU-8947aa11-0b6e-4c3f-9d1e-5c7a0f0e2b44";
    private static final String UUID2 = "GPU-c0ffee00-1111-2222-3333-444455556666";
    private static final String MIG_A = "MIG-1a2b3c4d-0000-5111-8222-933344445555";
    private static final String MIG_B = "MIG-5e6f7a8b-0000-5111-8222-933344445555";
    private static final List<Device> HOST = List.of(
            new Device(0, UUID0, List.of(MIG_A, MIG_B)),
            new Device(1, UUID1, List.of()),
            new Device(2, UUID2, List.of()));

    private static Selection select(String value) { return CudaVisibleDevices.select(value, HOST); }

    @Test
    void unsetMeansEveryGpu() {
        assertThat(select(null)).isEqualTo(new Selection(List.of(0, 1, 2), List.of(), false));
    }

    @Test
    void emptyMeansNone() {
        assertThat(select("")).isEqualTo(new Selection(List.of(), List.of(), false));
        assertThat(select("  ").indices()).isEmpty();
    }

    @Test
    void minusOneMeansNoneWithoutComplaint() {
        assertThat(select("-1")).isEqualTo(new Selection(List.of(), List.of(), false));
    }

    @Test
    void indicesAreTakenInTheOrderGiven() {
        assertThat(select("2,0")).isEqualTo(new Selection(List.of(2, 0), List.of(), true));
        assertThat(select(" 1 , 2").indices()).containsExactly(1, 2);
    }

    @Test
    void aDeviceNamedTwiceCountsOnce() {
        assertThat(select("1,1,0").indices()).containsExactly(1, 0);
    }

    @Test
    void theListStopsAtTheFirstEntryThatNamesNoGpu() {
        assertThat(select("0,7,1")).isEqualTo(new Selection(List.of(0),
                List.of("CUDA_VISIBLE_DEVICES=0,7,1: '7' names no GPU on this host; as CUDA does, only the entries before it count"),
                true));
        assertThat(select("0,-1,1").indices()).containsExactly(0);
        assertThat(select("abc,0").indices()).isEmpty();
        assertThat(select("0,,1").indices()).containsExactly(0);
    }

    @Test
    void aFullUuidSelectsItsGpu() {
        assertThat(select(UUID1)).isEqualTo(new Selection(List.of(1), List.of(), false));
    }

    @Test
    void aUniqueUuidPrefixSelectsItsGpu() {
        assertThat(select("GPU-c0ff").indices()).containsExactly(2);
        assertThat(select("GPU-8932").indices()).containsExactly(0);
    }

    @Test
    void anAmbiguousUuidPrefixNamesNoGpu() {
        assertThat(select("GPU-89").indices()).isEmpty(); // GPU-8932… and GPU-8947…
        assertThat(select("1,GPU-89,2").indices()).containsExactly(1);
    }

    @Test
    void aMigInstanceSelectsItsPhysicalGpuAndSaysEnergyIsPerGpu() {
        assertThat(select(MIG_B)).isEqualTo(new Selection(List.of(0), List.of("CUDA_VISIBLE_DEVICES names MIG instance "
                + MIG_B + " of gpu:0 (" + UUID0 + "): NVML measures energy per physical GPU, so gpu:0 counts all its MIG instances"),
                false));
    }

    @Test
    void theOlderMigFormNamesItsParentByUuid() {
        assertThat(select("MIG-" + UUID0 + "/1/0").indices()).containsExactly(0);
        assertThat(select("MIG-GPU-c0ffee00/2/0").indices()).containsExactly(2);
    }

    @Test
    void twoMigInstancesOfOneGpuSelectItOnce() {
        Selection s = select(MIG_A + "," + MIG_B + ",1");
        assertThat(s.indices()).containsExactly(0, 1);
        assertThat(s.notes()).hasSize(2);
    }

    @Test
    void aMigUuidOfNoGpuHereNamesNoGpu() {
        assertThat(select("MIG-ffffffff-0000-5111-8222-933344445555").indices()).isEmpty();
    }
}
