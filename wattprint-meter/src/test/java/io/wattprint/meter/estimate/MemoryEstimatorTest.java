package io.wattprint.meter.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Provenance;
import io.wattprint.meter.AttributionPolicy;
import io.wattprint.meter.procfs.FakeProc;
import io.wattprint.meter.procfs.ProcessTreeTracker;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryEstimatorTest {
    private static final Instant T0 = Instant.parse("2024-06-01T12:00:00Z");
    private static final long GIB_PAGES = (1L << 30) / 4096;

    @TempDir Path dir;
    private FakeProc proc;

    @BeforeEach
    void host() {
        // 16 GiB installed; the run (100 + child 101) holds 1 GiB + 0.5 GiB resident; 200 is someone else's.
        proc = new FakeProc(dir).stat(1, 1).meminfo(16L * 1024 * 1024)
                .process(100, "run", 1, 0, 0, 0, 0, GIB_PAGES)
                .process(101, "child", 100, 0, 0, 0, 0, GIB_PAGES / 2)
                .process(200, "other", 1, 0, 0, 0, 0, 8 * GIB_PAGES);
    }

    private MemoryEstimator started(AttributionPolicy policy) {
        MemoryEstimator e = new MemoryEstimator(proc.procFs(), new ProcessTreeTracker(proc.procFs(), 100), policy);
        e.start(T0);
        return e;
    }

    @Test
    void reservedHostIsChargedAllInstalledMemory() {
        EnergyInterval i = started(AttributionPolicy.RESERVED_HOST).poll(T0.plusSeconds(10)).get(0);

        // 16 GiB × 0.3725 W = 5.96 W, × 10 s = 59.6 J.
        assertThat(i.energy().joules()).isCloseTo(59.6, within(1e-9));
        assertThat(i.start()).isEqualTo(T0);
        assertThat(i.end()).isEqualTo(T0.plusSeconds(10));
        assertThat(i.component()).isEqualTo(Component.DRAM);
        assertThat(i.provenance()).isEqualTo(new Provenance.Estimated("memory-per-gb 0.3725W/GB"));
    }

    @Test
    void sharedHostIsChargedTheTreesResidentMemoryAsItChanges() {
        MemoryEstimator e = started(AttributionPolicy.SHARED_HOST);

        // 1.5 GiB × 0.3725 W = 0.55875 W, × 10 s = 5.5875 J.
        assertThat(e.poll(T0.plusSeconds(10)).get(0).energy().joules()).isCloseTo(5.5875, within(1e-9));

        // The child grows to 1.5 GiB: 2.5 GiB × 0.3725 W × 4 s = 3.725 J.
        proc.process(101, "child", 100, 0, 0, 0, 0, 3 * GIB_PAGES / 2);
        EnergyInterval next = e.poll(T0.plusSeconds(14)).get(0);
        assertThat(next.start()).isEqualTo(T0.plusSeconds(10));
        assertThat(next.energy().joules()).isCloseTo(3.725, within(1e-9));
    }

    @Test
    void pollAtOrBeforeTheLastInstantGivesNothing() {
        assertThat(started(AttributionPolicy.RESERVED_HOST).poll(T0)).isEmpty();
    }

    @Test
    void missingMeminfoIsReportedOnPoll() throws Exception {
        MemoryEstimator e = started(AttributionPolicy.RESERVED_HOST);
        Files.delete(dir.resolve("meminfo"));
        assertThatThrownBy(() -> e.poll(T0.plusSeconds(1))).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void describesTheMemoryCounted() {
        assertThat(started(AttributionPolicy.RESERVED_HOST).describe())
                .isEqualTo("memory estimated: 0.3725 W per GB (Green Algorithms) × installed host memory (16.00 GB)");
        assertThat(started(AttributionPolicy.SHARED_HOST).describe())
                .isEqualTo("memory estimated: 0.3725 W per GB (Green Algorithms) × resident memory of the process tree");
        assertThat(started(AttributionPolicy.SHARED_HOST).name()).isEqualTo("memory-estimator");
    }
}
