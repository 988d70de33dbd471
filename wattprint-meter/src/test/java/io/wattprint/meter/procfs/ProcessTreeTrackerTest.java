package io.wattprint.meter.procfs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessTreeTrackerTest {
    @TempDir Path dir;

    @Test
    void sumsCpuTicksAndResidentMemoryOverTheTree() throws IOException {
        FakeProc f = new FakeProc(dir).stat(1, 1)
                .process(100, "run", 1, 10, 5, 1, 1, 1000)
                .process(101, "worker", 100, 20, 4, 0, 0, 500)
                .process(300, "other", 1, 999, 999, 0, 0, 99999);
        ProcessTreeTracker t = new ProcessTreeTracker(f.procFs(), 100);

        assertThat(t.rssBytes()).isZero();
        assertThat(t.cpuTicks()).isEqualTo(17 + 24);
        assertThat(t.rssBytes()).isEqualTo(1500 * 4096L);
        assertThat(t.rootPid()).isEqualTo(100);
    }

    @Test
    void cpuTicksNeverGoBackWhenAnExitedChildIsNotYetCountedInItsParent() throws IOException {
        FakeProc f = new FakeProc(dir).stat(1, 1)
                .process(100, "run", 1, 10, 0, 0, 0, 10)
                .process(101, "child", 100, 50, 0, 0, 0, 10);
        ProcessTreeTracker t = new ProcessTreeTracker(f.procFs(), 100);
        assertThat(t.cpuTicks()).isEqualTo(60);

        // The child exited; the parent has not reaped it yet, so its 50 ticks are nowhere.
        f.exit(101);
        assertThat(t.cpuTicks()).isEqualTo(60);
        assertThat(t.rssBytes()).isEqualTo(10 * 4096L);

        // Reaped: the child's time shows up in the parent's cutime, plus 5 new ticks.
        f.process(100, "run", 1, 15, 0, 50, 0, 10);
        assertThat(t.cpuTicks()).isEqualTo(65);
    }

    @Test
    void exitedRootKeepsTheLastReading() throws IOException {
        FakeProc f = new FakeProc(dir).stat(1, 1).process(100, "run", 1, 30, 3, 0, 0, 256);
        ProcessTreeTracker t = new ProcessTreeTracker(f.procFs(), 100);
        assertThat(t.cpuTicks()).isEqualTo(33);
        f.exit(100);
        assertThat(t.cpuTicks()).isEqualTo(33);
        assertThat(t.rssBytes()).isEqualTo(256 * 4096L);
    }
}
