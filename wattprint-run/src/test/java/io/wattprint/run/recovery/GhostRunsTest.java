package io.wattprint.run.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.model.Location;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.testkit.Processes;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Whether a live process may still be a ghost run's wattprint: real processes, their real start times. */
class GhostRunsTest {
    static Run startedAt(Instant start) {
        return new Run("0badc0de-0000-4000-8000-0000000000a1", "run:0badc0de-0000-4000-8000-0000000000a1",
                Workload.builder("w").build(), "here", Location.zone("FR"), start, null, RunStatus.RUNNING, null, "x");
    }

    static Process wattprintLike() throws Exception {
        return Processes.awaitCommandLine(new ProcessBuilder("sh", "-c", "sleep 60; :", "wattprint-like").start(), "wattprint-like");
    }

    @Test
    void aLiveProcessNamingWattprintThatStartedBeforeTheRunMayBeItsOwner() throws Exception {
        Process p = wattprintLike();
        try {
            var owner = GhostRuns.possibleOwner(startedAt(Instant.now().plusSeconds(3)), () -> Stream.of(p.toHandle()), -1);

            assertThat(owner).hasValueSatisfying(s -> assertThat(s).startsWith("process " + p.pid() + " (")
                    .contains(" -c sleep 60; : wattprint-like), started ")
                    .endsWith(", before the run, may be its wattprint and is still running"));
        } finally {
            p.destroy();
            p.waitFor();
        }
    }

    @Test
    void aProcessThatStartedAfterTheRunIsNotItsOwner() throws Exception {
        Process p = wattprintLike();
        try {
            // The run was stamped an hour before this process started: past the 2 s tolerance.
            var owner = GhostRuns.possibleOwner(startedAt(Instant.now().minusSeconds(3600)), () -> Stream.of(p.toHandle()), -1);

            assertThat(owner).isEmpty();
        } finally {
            p.destroy();
            p.waitFor();
        }
    }

    @Test
    void aProcessWhoseCommandLineDoesNotNameWattprintIsNotItsOwner() throws Exception {
        Process p = Processes.awaitCommandLine(new ProcessBuilder("sh", "-c", "sleep 60; :").start(), "sleep 60");
        try {
            var owner = GhostRuns.possibleOwner(startedAt(Instant.now().plusSeconds(3)), () -> Stream.of(p.toHandle()), -1);

            assertThat(owner).isEmpty();
        } finally {
            p.destroy();
            p.waitFor();
        }
    }

    @Test
    void theCallerAndAProcessThatIsGoneAreNeverOwners() throws Exception {
        Process p = wattprintLike();
        p.destroy();
        p.waitFor();
        ProcessHandle self = ProcessHandle.current();

        var owner = GhostRuns.possibleOwner(startedAt(Instant.now().plusSeconds(3)), () -> Stream.of(self, p.toHandle()),
                self.pid());

        assertThat(owner).isEmpty();
    }

    @Test
    void aLiveJavaProcessThatStartedBeforeTheRunMayBeItsOwnerEvenWithoutWattprintInItsCommandLine(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // An application measuring itself through the Java API: its command line need not name wattprint.
        java.nio.file.Path source = java.nio.file.Files.writeString(dir.resolve("App.java"),
                "class App { public static void main(String[] a) throws Exception { Thread.sleep(60_000); } }");
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process p = Processes.awaitCommandLine(new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                source.toString()).start(), "App.java");
        try {
            assertThat(p.info().commandLine().orElse("")).doesNotContainIgnoringCase("wattprint");

            var owner = GhostRuns.possibleOwner(startedAt(Instant.now().plusSeconds(3)), () -> Stream.of(p.toHandle()), -1);

            assertThat(owner).hasValueSatisfying(s -> assertThat(s).startsWith("process " + p.pid() + " ("));
        } finally {
            p.destroy();
            p.waitFor();
        }
    }
}
