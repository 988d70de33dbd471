package io.wattprint.meter.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.estimate.CpuTdp;
import io.wattprint.meter.procfs.FakeProc;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostEstimatorsTest {
    @TempDir Path dir;

    @Test
    void catalogTdpIsUsedWhenTheCpuModelIsKnown() throws IOException {
        FakeProc f = new FakeProc(dir).stat(1, 0, 0, 1, 0, 0, 0, 0, 8).cpuinfo("AMD EPYC 9654 96-Core Processor");
        List<String> asked = new ArrayList<>();
        CpuTdp tdp = HostEstimators.cpuTdp(f.procFs(), model -> {
            asked.add(model);
            return Optional.of(new CpuTdp(360, "catalog: AMD EPYC 9654"));
        });
        assertThat(tdp).isEqualTo(new CpuTdp(360, "catalog: AMD EPYC 9654"));
        assertThat(asked).containsExactly("AMD EPYC 9654 96-Core Processor");
    }

    @Test
    void unknownModelFallsBackToFourWattsPerThread() throws IOException {
        FakeProc f = new FakeProc(dir).stat(1, 0, 0, 1, 0, 0, 0, 0, 8).cpuinfo("Mystery CPU");
        CpuTdp tdp = HostEstimators.cpuTdp(f.procFs(), model -> Optional.empty());
        assertThat(tdp).isEqualTo(new CpuTdp(32, "CPU 'Mystery CPU' not in the hardware catalog: 8 threads × 4.0 W"));
    }

    @Test
    void noCpuinfoFallsBackWithoutAskingTheCatalog() throws IOException {
        FakeProc f = new FakeProc(dir).stat(1, 0, 0, 1, 0, 0, 0, 0, 3);
        CpuTdp tdp = HostEstimators.cpuTdp(f.procFs(), model -> { throw new AssertionError("asked for " + model); });
        assertThat(tdp).isEqualTo(new CpuTdp(12, "CPU 'unknown' not in the hardware catalog: 3 threads × 4.0 W"));
    }
}
