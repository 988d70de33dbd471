package io.wattprint.ledger.spool;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.model.EnergyInterval;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer killed with SIGKILL mid-run: the next start finds its file and every batch it spooled. */
class SpoolCrashTest {
    private static final int BATCHES_BEFORE_KILL = 300;

    @TempDir
    Path dir;

    @Test
    void aKilledWritersFileIsAnOrphanHoldingEveryBatchItSpooled() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingWriter.class.getName(), dir.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int acknowledged = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged < BATCHES_BEFORE_KILL && (line = out.readLine()) != null) acknowledged = Integer.parseInt(line);
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).as("batches the child spooled before it was killed").isEqualTo(BATCHES_BEFORE_KILL);

        Spool spool = new Spool(dir);
        List<SpoolFile> orphans = spool.orphans();
        assertThat(orphans).extracting(SpoolFile::runId).containsExactly(Records.RUN);
        assertThat(orphans.get(0).header().ownerPid()).isEqualTo(child.pid());

        SpoolContents read = Spool.read(orphans.get(0).path());
        List<EnergyInterval> expected = new ArrayList<>();
        for (int b = 0; expected.size() < read.intervals().size(); b++) expected.addAll(CrashingWriter.batch(b));
        assertThat(read.intervals()).hasSizeGreaterThanOrEqualTo(4 * (acknowledged + 1))
                .isEqualTo(expected.subList(0, read.intervals().size()));
        assertThat(read.skipped()).isEmpty();
    }
}
