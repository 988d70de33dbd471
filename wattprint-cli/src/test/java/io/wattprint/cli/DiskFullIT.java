package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: wattprint's home (ledger and spool) on a 4 MiB tmpfs in a private mount namespace, filled
 * by the measured command itself. The command's exit code passes through, the message says the disk is full and
 * what, if anything, is lost; once space is back the next command stores what was kept. Needs root (mount).
 */
class DiskFullIT {
    @TempDir
    Path tmp;

    record Result(int code, String err, String listAfter) {}

    /**
     * Runs, in one mount namespace: mount a 4 MiB tmpfs as wattprint's home, {@code wattprint run} the given
     * command, free the space, {@code wattprint runs list --json}.
     */
    private Result onAFullDisk(String interval, String command) throws Exception {
        assumeThat(System.getProperty("user.name")).as("mounting a tmpfs needs root").isEqualTo("root");
        Path home = Files.createDirectories(tmp.resolve("home"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = System.getProperty("wattprint.jar");
        String script = "mount -t tmpfs -o size=4m tmpfs \"$H\" || exit 99\n"
                + "\"$JAVA\" -jar \"$JAR\" run --project full-disk --location FR --interval " + interval + " -- sh -c '" + command + "'\n"
                + "rc=$?\n"
                + "rm -f \"$H/fill\"\n"
                + "\"$JAVA\" -jar \"$JAR\" runs list --json > \"$OUT/list.json\" 2> \"$OUT/list.err\"\n"
                + "exit $rc\n";
        ProcessBuilder pb = new ProcessBuilder(List.of("unshare", "-m", "--propagation", "private", "sh", "-c", script))
                .redirectOutput(tmp.resolve("out.txt").toFile())
                .redirectError(tmp.resolve("err.txt").toFile());
        pb.environment().remove("WATTPRINT_DB");
        pb.environment().put("WATTPRINT_HOME", home.toString());
        pb.environment().put("H", home.toString());
        pb.environment().put("JAVA", java);
        pb.environment().put("JAR", jar);
        pb.environment().put("OUT", tmp.toString());
        Process p = pb.start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("list.json"), StandardCharsets.UTF_8));
    }

    @Test
    void theCommandsExitCodePassesThroughAndTheSpoolKeepsTheRunUntilSpaceIsBack() throws Exception {
        Result r = onAFullDisk("1s", "dd if=/dev/zero of=$H/fill bs=64k 2>/dev/null; exit 4");

        assertThat(r.code()).as(r.err()).isEqualTo(4);
        assertThat(r.err()).contains("run ").contains("ended (failed, exit 4) but the ledger could not store it")
                .contains(tmp.resolve("home/ledger.db").toString())
                .contains("the disk holding it is full (no space left on device)")
                .contains("its spool file keeps the run and its outcome")
                .doesNotContain("no transaction is active").doesNotContain("at io.wattprint");
        assertThat(r.listAfter()).contains("\"project\" : \"full-disk\"").contains("\"status\" : \"failed\"")
                .contains("\"exit_code\" : 4");
    }

    @Test
    void whenTheSpoolCannotWriteEitherTheMessageSaysWhatIsLost() throws Exception {
        // The command fills the disk, then waits until the spool file has stopped growing for 5 s at a 100 ms
        // sampling interval: its writes fail (the last page's slack is used up), so the outcome cannot be spooled.
        String waitForSpoolToStop = "p=-1; n=0; while [ $n -lt 50 ]; do s=$(cat $H/spool/*.spool | wc -c);"
                + " if [ \"$s\" = \"$p\" ]; then n=$((n+1)); else n=0; p=$s; fi; sleep 0.1; done";
        Result r = onAFullDisk("100ms", "dd if=/dev/zero of=$H/fill bs=4k 2>/dev/null; " + waitForSpoolToStop + "; exit 4");

        assertThat(r.code()).as(r.err()).isEqualTo(4);
        assertThat(r.err()).contains("no space left on device").contains("spool write failed at").contains("not spooled")
                .doesNotContain("at io.wattprint");
        // Whether the short outcome record still fitted the spool's last page depends on where the failed
        // interval record left off; either way the message names the loss and recovery matches it.
        if (r.err().contains("neither the ledger nor its spool file could store it")) {
            assertThat(r.err()).contains("lost: the run's end and exit code 4 and the intervals not spooled");
            assertThat(r.listAfter()).contains("\"project\" : \"full-disk\"").contains("\"status\" : \"interrupted\"");
        } else {
            assertThat(r.err()).contains("its spool file keeps the run and its outcome, but not all of it")
                    .contains("lost: the intervals not spooled");
            assertThat(r.listAfter()).contains("\"project\" : \"full-disk\"").contains("\"status\" : \"failed\"")
                    .contains("\"exit_code\" : 4");
        }
    }
}
