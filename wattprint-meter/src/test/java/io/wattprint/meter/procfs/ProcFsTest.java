package io.wattprint.meter.procfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcFsTest {
    @TempDir Path dir;

    private FakeProc fake() { return new FakeProc(dir); }

    @Test
    void pageSizeIsTheKernelsFromSmaps() throws IOException {
        Files.createDirectories(dir.resolve("self"));
        Files.writeString(dir.resolve("self/smaps"), "00400000-00452000 r-xp 00000000 08:02 173521 /usr/bin/x\n"
                + "Size:                328 kB\nKernelPageSize:       64 kB\nMMUPageSize:          64 kB\n");

        assertThat(new ProcFs(dir).pageSize()).isEqualTo(65536);
    }

    @Test
    void pageSizeDefaultsTo4KiBWithoutSmaps() {
        assertThat(new ProcFs(dir).pageSize()).isEqualTo(ProcFs.DEFAULT_PAGE_SIZE);
    }

    @Test
    void hostBusyTimeIsUserNiceSystemIrqSoftirqStealAndIdleIsIdlePlusIowait() throws IOException {
        ProcFs proc = fake().stat(10, 20, 30, 400, 50, 6, 7, 8, 4).procFs();
        assertThat(proc.hostCpuTimes()).isEqualTo(new HostCpuTimes(10 + 20 + 30 + 6 + 7 + 8, 400 + 50));
        assertThat(proc.hostCpuTimes().totalTicks()).isEqualTo(531);
    }

    @Test
    void shortCpuLineOfOldKernelsCountsMissingFieldsAsZero() throws IOException {
        ProcFs proc = fake().write("stat", "cpu  100 5 50 1000\ncpu0 100 5 50 1000\n").procFs();
        assertThat(proc.hostCpuTimes()).isEqualTo(new HostCpuTimes(155, 1000));
    }

    @Test
    void statWithoutAggregateLineIsAnError() {
        ProcFs proc = fake().write("stat", "cpu0 1 2 3 4\nintr 0\n").procFs();
        assertThatThrownBy(proc::hostCpuTimes).isInstanceOf(IOException.class)
                .hasMessage(dir.resolve("stat") + " has no aggregate 'cpu' line");
    }

    @Test
    void logicalCpusCountsPerCpuLines() throws IOException {
        assertThat(fake().stat(1, 0, 0, 1, 0, 0, 0, 0, 12).procFs().logicalCpus()).isEqualTo(12);
        assertThat(fake().write("stat", "cpu  1 2 3 4\n").procFs().logicalCpus()).isEqualTo(1);
    }

    @Test
    void cpuModelIsTheFirstModelNameLine() {
        assertThat(fake().cpuinfo("Intel(R) Xeon(R) Platinum 8480+").procFs().cpuModel())
                .contains("Intel(R) Xeon(R) Platinum 8480+");
    }

    @Test
    void cpuModelIsEmptyWithoutCpuinfoOrModelName() {
        assertThat(fake().procFs().cpuModel()).isEmpty();
        assertThat(fake().write("cpuinfo", "processor\t: 0\nBogoMIPS\t: 50.00\n").procFs().cpuModel()).isEmpty();
    }

    @Test
    void memTotalIsReadInKibibytes() throws IOException {
        assertThat(fake().meminfo(16_777_216).procFs().memTotalBytes()).isEqualTo(16L << 30);
    }

    @Test
    void meminfoWithoutMemTotalIsAnError() {
        ProcFs proc = fake().write("meminfo", "MemFree: 10 kB\n").procFs();
        assertThatThrownBy(proc::memTotalBytes).isInstanceOf(IOException.class).hasMessageEndingWith("has no MemTotal line");
    }

    @Test
    void isAvailableOnlyWithAReadableStat() {
        assertThat(fake().procFs().isAvailable()).isFalse();
        assertThat(fake().stat(1, 1).procFs().isAvailable()).isTrue();
        assertThat(new ProcFs(dir.resolve("missing")).isAvailable()).isFalse();
    }

    @Test
    void processesListsNumericDirectoriesAndSkipsVanishedOrUnreadableOnes() throws IOException {
        FakeProc f = fake().stat(1, 1)
                .process(1, "init", 0, 5, 1, 0, 0, 10)
                .process(42, 1, 7)
                .write("self/stat", "1 (init) S 0 ...")
                .write("sys/kernel", "x")
                .write("43/status", "Name: gone\n")       // exited between listing and reading: no stat
                .write("44/stat", "garbage");               // torn read
        assertThat(f.procFs().processes()).containsOnlyKeys(1, 42);
        assertThat(f.procFs().processes().get(1)).isEqualTo(new ProcStat(1, 0, 5, 1, 0, 0, 10));
    }

    @Test
    void treeWalksAllDescendantsRootFirstAndLeavesOthersOut() throws IOException {
        FakeProc f = fake().stat(1, 1)
                .process(1, 0, 0)
                .process(100, 1, 1)
                .process(101, 100, 1)
                .process(102, 100, 1)
                .process(103, 101, 1)
                .process(104, 103, 1)
                .process(200, 1, 1)
                .process(201, 200, 1);
        assertThat(f.procFs().tree(100)).extracting(ProcStat::pid).first().isEqualTo(100);
        assertThat(f.procFs().tree(100)).extracting(ProcStat::pid).containsExactlyInAnyOrder(100, 101, 102, 103, 104);
        assertThat(f.procFs().tree(103)).extracting(ProcStat::pid).containsExactlyInAnyOrder(103, 104);
    }

    @Test
    void withChildrenFilesTheTreeIsWalkedFromTheRootAcrossThreadsWithoutScanningOthers() throws IOException {
        FakeProc f = fake().stat(1, 1)
                .process(100, 1, 1).children(100, 100, 101).children(100, 150, 102)   // two threads, one child each
                .process(101, 100, 1).children(101, 101, 103)
                .process(102, 100, 1).children(102, 102)
                .process(103, 101, 1).children(103, 103)
                // Not in the tree, and deliberately unparsable: a walk never reads it, a scan would skip it.
                .write("200/stat", "garbage").children(200, 200);

        assertThat(f.procFs().tree(100)).extracting(ProcStat::pid).containsExactly(100, 101, 102, 103);
    }

    @Test
    void aWalkSkipsAChildThatExitedAfterBeingListed() throws IOException {
        FakeProc f = fake().stat(1, 1)
                .process(100, 1, 1).children(100, 100, 101, 102)
                .process(102, 100, 1).children(102, 102);   // 101 is listed but already gone
        assertThat(f.procFs().tree(100)).extracting(ProcStat::pid).containsExactly(100, 102);
    }

    @Test
    void treeSkipsAProcessThatVanished() throws IOException {
        FakeProc f = fake().stat(1, 1).process(100, 1, 1).process(101, 100, 1).process(102, 100, 1);
        f.exit(101);
        assertThat(f.procFs().tree(100)).extracting(ProcStat::pid).containsExactlyInAnyOrder(100, 102);
    }

    @Test
    void treeOfAnExitedRootIsEmpty() throws IOException {
        FakeProc f = fake().stat(1, 1).process(101, 100, 1);
        assertThat(f.procFs().tree(100)).isEmpty();
    }

    @Test
    void realProcOfThisLinuxHostHasBusyTimeAndThisJvmInItsOwnTree() throws IOException {
        ProcFs proc = ProcFs.system();
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux") && proc.isAvailable(),
                "needs a Linux /proc");
        HostCpuTimes t = proc.hostCpuTimes();
        assertThat(t.busyTicks()).isPositive();
        assertThat(t.totalTicks()).isGreaterThan(t.busyTicks());
        assertThat(proc.memTotalBytes()).isPositive();

        int self = Math.toIntExact(ProcessHandle.current().pid());
        assertThat(proc.tree(self)).extracting(ProcStat::pid).contains(self);
        assertThat(proc.tree(self).get(0).pid()).isEqualTo(self);
        assertThat(proc.tree(self).get(0).ppid()).isEqualTo(Math.toIntExact(ProcessHandle.current().parent().orElseThrow().pid()));
        assertThat(Files.isDirectory(Path.of("/proc", Integer.toString(self)))).isTrue();
    }
}
