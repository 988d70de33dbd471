package io.wattprint.meter.nvml;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.meter.procfs.FakeProc;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunProcessesTest {
    @Test
    void theRunIsItsRootAndEveryDescendantButNotItsSiblings(@TempDir Path root) {
        FakeProc proc = new FakeProc(root).process(1, 0, 0).process(100, 1, 0).process(101, 100, 0)
                .process(102, 101, 0).process(200, 1, 0);

        assertThat(new RunProcesses(proc.procFs(), 100).get()).containsExactlyInAnyOrder(100, 101, 102);
    }

    @Test
    void oneScanServesEveryGpuOfATick(@TempDir Path root) {
        FakeProc proc = new FakeProc(root).process(100, 1, 0);
        AtomicLong nanos = new AtomicLong();
        RunProcesses run = new RunProcesses(proc.procFs(), 100, nanos::get);

        assertThat(run.get()).containsExactly(100);
        proc.process(101, 100, 0);
        nanos.addAndGet(RunProcesses.MAX_AGE_NANOS - 1);
        assertThat(run.get()).containsExactly(100);           // same tick: no second scan
        nanos.addAndGet(1);
        assertThat(run.get()).containsExactlyInAnyOrder(100, 101);
    }

    @Test
    void aRunWhoseRootExitedHasNoProcess(@TempDir Path root) {
        FakeProc proc = new FakeProc(root).process(100, 1, 0);
        AtomicLong nanos = new AtomicLong();
        RunProcesses run = new RunProcesses(proc.procFs(), 100, nanos::get);
        run.get();

        proc.exit(100);
        nanos.addAndGet(RunProcesses.MAX_AGE_NANOS);

        assertThat(run.get()).isEmpty();
    }
}
