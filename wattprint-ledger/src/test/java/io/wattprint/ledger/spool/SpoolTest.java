package io.wattprint.ledger.spool;

import static io.wattprint.ledger.spool.Records.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spool directory: which files are orphans, deleting them, and how the directory is made. */
class SpoolTest {
    private static final ProcessHandle SELF = ProcessHandle.current();

    @TempDir
    Path home;

    @Test
    void theDirectoryIsCreatedOnFirstUseForItsOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Spool spool = Spool.in(home.resolve("wattprint"));
        assertThat(spool.list()).isEmpty();
        assertThat(spool.directory()).doesNotExist();

        spool.create(header("run-1", SELF.pid(), null)).close();

        assertThat(spool.directory()).isEqualTo(home.resolve("wattprint/spool"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(spool.directory()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(spool.path("run-1")))).isEqualTo("rw-------");
    }

    @Test
    void aLiveOwnerIsNotAnOrphan() {
        Spool spool = Spool.builder(home).host("node-1").build();
        spool.create(header("live", SELF.pid(), SELF.info().startInstant().orElse(null))).close();
        spool.create(header("live-unknown-start", SELF.pid(), null)).close();

        assertThat(spool.list()).extracting(SpoolFile::runId).containsExactly("live", "live-unknown-start");
        assertThat(spool.orphans()).isEmpty();
    }

    @Test
    void aDeadOwnerMakesAnOrphan() throws Exception {
        Process p = new ProcessBuilder(SELF.info().command().orElseThrow(), "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Instant started = p.toHandle().info().startInstant().orElse(null);
        p.waitFor();
        Spool spool = Spool.builder(home).host("node-1").build();
        spool.create(header("dead", p.pid(), started)).close();

        assertThat(spool.orphans()).extracting(SpoolFile::runId).containsExactly("dead");
    }

    @Test
    void aReusedPidMakesAnOrphan() {
        assumeTrue(SELF.info().startInstant().isPresent(), "the OS tells a process's start");
        Instant myStart = SELF.info().startInstant().get();
        Spool spool = Spool.builder(home).host("node-1").build();
        // Our PID, but held before us by a process that started an hour earlier: it is gone.
        spool.create(header("reused", SELF.pid(), myStart.minus(Duration.ofHours(1)))).close();
        // Within the tolerance for a start read by another JVM: still us.
        spool.create(header("same", SELF.pid(), myStart.plusSeconds(1))).close();

        assertThat(spool.orphans()).extracting(SpoolFile::runId).containsExactly("reused");
    }

    @Test
    void filesWrittenOnAnotherHostAreNeverOrphansHere() {
        Spool spool = Spool.builder(home).host("node-2").liveness((pid, startedAt) -> false).build();
        spool.create(header("elsewhere", 12345, null)).close();

        assertThat(spool.list()).hasSize(1);
        assertThat(spool.orphans()).isEmpty();
    }

    @Test
    void livenessIsAskedWithTheOwnerFromTheHeader() {
        Instant start = Instant.parse("2026-01-01T11:00:00.123456789Z");
        Map<Long, Boolean> running = Map.of(100L, true, 200L, false);
        Spool spool = Spool.builder(home).host("node-1").liveness((pid, startedAt) -> {
            assertThat(startedAt).isEqualTo(start);
            return running.get(pid);
        }).build();
        spool.create(header("a", 100, start)).close();
        spool.create(header("b", 200, start)).close();

        assertThat(spool.orphans()).extracting(SpoolFile::runId).containsExactly("b");
        assertThat(spool.orphans().get(0).path()).isEqualTo(spool.path("b"));
    }

    @Test
    void deleteRemovesTheFileOnce() {
        Spool spool = new Spool(home);
        SpoolWriter w = spool.create(header("run-1", SELF.pid(), null));
        w.append(List.of(Records.interval(0, 1)));
        w.close();

        assertThat(spool.delete("run-1")).isTrue();
        assertThat(spool.path("run-1")).doesNotExist();
        assertThat(spool.list()).isEmpty();
        assertThat(spool.delete("run-1")).isFalse();
    }

    @Test
    void aFileWithoutAValidHeaderIsListedAsUnreadableNotAsARun() throws Exception {
        Spool spool = new Spool(home);
        spool.create(header("good", SELF.pid(), null)).close();
        Path bad = Files.writeString(home.resolve("bad.spool"), "");
        Files.writeString(home.resolve("other.txt"), "not a spool file");
        Files.writeString(home.resolve("half.spool.tmp"), "wattprint-spool 1\n");

        assertThat(spool.list()).extracting(SpoolFile::runId).containsExactly("good");
        assertThat(spool.unreadable()).extracting(Throwable::getMessage)
                .containsExactly(bad + ": the file is empty; no run can be recovered from it");
    }

    @Test
    void aRunIdThatCannotNameAFileIsRefused() {
        assertThatThrownBy(() -> header("../etc/passwd", 1, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("run id '../etc/passwd' cannot name a spool file: expected up to 200 letters, digits,"
                        + " '.', '_' or '-', starting with a letter or digit");
        assertThatThrownBy(() -> new Spool(home).delete("a/b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHeaderForThisProcessNamesItAsOwner() {
        SpoolHeader h = SpoolHeader.forThisProcess("run-1", "sqlite ledger.db", T0);

        assertThat(h.ownerPid()).isEqualTo(SELF.pid());
        assertThat(h.ownerStartedAt()).isEqualTo(SELF.info().startInstant().orElse(null));
        assertThat(h.host()).isEqualTo(SpoolHeader.localHost()).isNotBlank();
        assertThat(new Spool(home).orphans()).isEmpty();
    }

    private static SpoolHeader header(String runId, long pid, Instant ownerStart) {
        return new SpoolHeader(runId, "sqlite /tmp/ledger.db", "node-1", pid, ownerStart, T0);
    }
}
