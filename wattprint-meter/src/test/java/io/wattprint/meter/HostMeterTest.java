package io.wattprint.meter;

import static io.wattprint.meter.rapl.FakePowercap.INTEL_RANGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.quantity.Energy;
import io.wattprint.meter.procfs.FakeProc;
import io.wattprint.meter.rapl.FakePowercap;
import io.wattprint.meter.rapl.Powercap;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostMeterTest {
    private static final Instant T0 = Instant.parse("2024-06-01T12:00:00Z");

    @TempDir Path dir;
    private FakeProc proc;

    @BeforeEach
    void host() {
        proc = new FakeProc(dir.resolve("proc")).stat(1000, 9000).meminfo(16 * 1024 * 1024).process(100, 1, 50);
    }

    private Discovery discover(Powercap powercap, AttributionPolicy policy) throws IOException {
        return HostMeter.forProcess(proc.procFs(), powercap, 100, m -> Optional.empty(), policy);
    }

    private static List<String> names(Discovery d) { return d.sources().stream().map(EnergySource::name).toList(); }

    @Test
    void readableRaplWithDramMeasuresBothAndNeedsNoEstimator() throws IOException {
        FakePowercap f = new FakePowercap(dir.resolve("sys"))
                .zone("intel-rapl:0", "package-0", 0, INTEL_RANGE)
                .zone("intel-rapl:0:0", "dram", 0, INTEL_RANGE);
        Discovery d = discover(f.powercap(), AttributionPolicy.RESERVED_HOST);
        assertThat(names(d)).containsExactly("rapl");
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void readableRaplWithoutDramLeavesMemoryToTheEstimator() throws IOException {
        FakePowercap f = new FakePowercap(dir.resolve("sys")).zone("intel-rapl:0", "package-0", 0, INTEL_RANGE);
        Discovery d = discover(f.powercap(), AttributionPolicy.RESERVED_HOST);
        assertThat(names(d)).containsExactly("rapl", "memory-estimator");
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void rootOnlyRaplFallsBackToBothEstimatorsWithTheNote() throws IOException {
        FakePowercap f = new FakePowercap(dir.resolve("sys")).zone("intel-rapl:0", "package-0", 0, INTEL_RANGE);
        Powercap denied = f.powercap(file -> {
            if (file.endsWith("energy_uj")) throw new AccessDeniedException(file.toString());
            return Files.readString(file);
        });
        Discovery d = discover(denied, AttributionPolicy.RESERVED_HOST);
        assertThat(names(d)).containsExactly("cpu-estimator", "memory-estimator");
        assertThat(d.notes()).singleElement().asString()
                .startsWith("RAPL energy counters are readable by root only (" + f.file("intel-rapl:0", "energy_uj"))
                .contains("CPU energy is estimated instead (labelled ESTIMATED)");
    }

    @Test
    void noPowercapFallsBackToBothEstimatorsWithTheNote() throws IOException {
        Discovery d = discover(new Powercap(dir.resolve("absent")), AttributionPolicy.SHARED_HOST);
        assertThat(names(d)).containsExactly("cpu-estimator", "memory-estimator");
        assertThat(d.notes()).singleElement().asString().startsWith("no RAPL energy counters: ");
    }

    @Test
    void noProcGivesNothingAndSaysSo() throws IOException {
        Discovery d = HostMeter.forProcess(new FakeProc(dir.resolve("empty")).procFs(), new Powercap(dir.resolve("absent")),
                100, m -> Optional.empty(), AttributionPolicy.RESERVED_HOST);
        assertThat(d.sources()).isEmpty();
        assertThat(d.notes()).containsExactly("no /proc on this system: CPU and memory energy can be neither measured nor estimated");
    }

    @Test
    void sharedHostRaplIsChargedTheRunsShare() throws IOException {
        FakePowercap f = new FakePowercap(dir.resolve("sys"))
                .zone("intel-rapl:0", "package-0", 0, INTEL_RANGE)
                .zone("intel-rapl:0:0", "dram", 0, INTEL_RANGE);
        EnergySource rapl = discover(f.powercap(), AttributionPolicy.SHARED_HOST).sources().get(0);
        rapl.start(T0);

        // Host +400 busy ticks, the run +100 of them: a quarter of 8 J and of 4 J.
        proc.stat(1400, 9000).process(100, 1, 150);
        f.energy("intel-rapl:0", 8_000_000).energy("intel-rapl:0:0", 4_000_000);
        assertThat(rapl.poll(T0.plusSeconds(2))).extracting(EnergyInterval::component, EnergyInterval::energy)
                .containsExactly(
                        tuple(Component.cpuPackage(0), Energy.ofJoules(2)),
                        tuple(new Component(Component.Kind.DRAM, "package-0"), Energy.ofJoules(1)));
    }
}
