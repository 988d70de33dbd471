package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the shaded jar as a user runs it, in its own JVM. Signals are sent only once the
 * measured command has said it started (a line on stdout, which wattprint passes through): by then
 * the run is stored and its spool file exists, however slow the machine. No fixed sleeps.
 */
class WattprintJarIT {
    /** Generous: a loaded 2-core CI machine starts a JVM in seconds, not minutes. */
    static final long READY_TIMEOUT_MS = 120_000;
    /** What the measured commands print first; the tests wait for it. */
    static final String STARTED = "command-started";

    @TempDir
    Path tmp;

    /** Waits until {@code condition} holds, polling while the process runs; fails if it exits first or time runs out. */
    static void awaitWhileRunning(Process p, String what, Path errFile, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(READY_TIMEOUT_MS);
        while (!condition.call()) {
            if (p.waitFor(20, TimeUnit.MILLISECONDS)) {
                throw new AssertionError("wattprint exited (" + p.exitValue() + ") before " + what + "; stderr:\n" + read(errFile));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + READY_TIMEOUT_MS + " ms waiting for " + what + "; stderr:\n" + read(errFile));
            }
        }
    }

    /** Waits until the measured command has printed {@link #STARTED} to run-out.txt. */
    void awaitCommandStarted(Process p) throws Exception {
        awaitWhileRunning(p, "the command printed '" + STARTED + "'", tmp.resolve("run-err.txt"),
                () -> read(tmp.resolve("run-out.txt")).contains(STARTED));
    }

    static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    /** Waits, up to a deadline, until {@code condition} holds (for what outlives the process under test). */
    static void await(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(READY_TIMEOUT_MS);
        Object monitor = new Object();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            synchronized (monitor) {
                monitor.wait(20);
            }
        }
    }

    record Result(int code, String out, String err) {}

    Result java(String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("wattprint.jar");
        assertThat(jar).as("the wattprint.jar system property is set by failsafe").isNotNull();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectOutput(tmp.resolve("out.txt").toFile())
                .redirectError(tmp.resolve("err.txt").toFile());
        pb.environment().put("WATTPRINT_HOME", tmp.resolve("home").toString());
        pb.environment().remove("WATTPRINT_DB");
        pb.environment().remove("WATTPRINT_LOCATION");
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void readmeTourRunsAndStoresTheRunInTheDefaultSqliteLedger() throws Exception {
        Result run = java("run", "--project", "demo", "--phase", "training", "--location", "FR", "--", "sleep", "1");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("location-based", "zone FR");
        assertThat(tmp.resolve("home/ledger.db")).exists();

        Result list = java("runs", "list", "--json");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("\"project\" : \"demo\"", "\"status\" : \"succeeded\"");
    }

    @Test
    void exitCodeOfTheCommandPassesThroughTheJar() throws Exception {
        Result run = java("run", "--location", "FR", "--", "sh", "-c", "exit 7");

        assertThat(run.code()).isEqualTo(7);
    }

    @Test
    void stoppingWattprintClosesTheRunAsInterruptedWithTheEnergySoFar() throws Exception {
        String jar = System.getProperty("wattprint.jar");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar,
                "run", "--location", "FR", "--", "sh", "-c", "echo " + STARTED + "; exec sleep 60")
                .redirectOutput(tmp.resolve("run-out.txt").toFile())
                .redirectError(tmp.resolve("run-err.txt").toFile());
        pb.environment().put("WATTPRINT_HOME", tmp.resolve("home").toString());
        Process p = pb.start();
        awaitCommandStarted(p);
        p.destroy(); // SIGTERM to wattprint, as a scheduler or `kill` would send
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

        Result list = java("runs", "list", "--json");
        assertThat(list.out()).as(Files.readString(tmp.resolve("run-err.txt"))).contains("\"status\" : \"interrupted\"");
        assertThat(list.out()).containsPattern("\"energy_kwh\" : [0-9.eE-]+");
        assertThat(list.out()).doesNotContain("\"energy_kwh\" : 0.0,");
    }

    @Test
    void aRunWhoseWattprintWasKilledIsRecoveredAsInterruptedWithItsSpooledEnergy() throws Exception {
        String jar = System.getProperty("wattprint.jar");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar,
                "run", "--location", "FR", "--interval", "200ms", "--", "sh", "-c", "echo " + STARTED + "; exec sleep 60")
                .redirectOutput(tmp.resolve("run-out.txt").toFile())
                .redirectError(tmp.resolve("run-err.txt").toFile());
        pb.environment().put("WATTPRINT_HOME", tmp.resolve("home").toString());
        Process p = pb.start();
        awaitCommandStarted(p);
        // The spool file was written before the command started; once it grows, a sample is on disk.
        Path spool;
        try (var dir = Files.list(tmp.resolve("home/spool"))) {
            spool = dir.filter(f -> f.toString().endsWith(".spool")).findFirst().orElseThrow();
        }
        long headerOnly = Files.size(spool);
        awaitWhileRunning(p, "a sample appended to " + spool, tmp.resolve("run-err.txt"), () -> Files.size(spool) > headerOnly);
        List<ProcessHandle> command = p.descendants().toList();
        p.destroyForcibly(); // SIGKILL: no shutdown hook runs, the run is left open
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        command.forEach(ProcessHandle::destroyForcibly); // nobody is left to stop the orphaned command
        try (var dir = Files.list(tmp.resolve("home/spool"))) {
            assertThat(dir.map(f -> f.getFileName().toString())).singleElement().asString().endsWith(".spool");
        }

        Result list = java("runs", "list", "--json");

        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.err()).contains("wattprint: recovered run ", "closed as interrupted");
        assertThat(list.out()).contains("\"status\" : \"interrupted\"").doesNotContain("\"energy_kwh\" : 0.0,");
        try (var dir = Files.list(tmp.resolve("home/spool"))) {
            assertThat(dir).as("the spool file is gone once the run is closed").isEmpty();
        }
        Result again = java("runs", "list");
        assertThat(again.err()).doesNotContain("recovered");
    }

    /** Starts wattprint in a session of its own (setsid), so that a test can signal its process group. */
    Process startInOwnSession(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("setsid", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("wattprint.jar")));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(DefaultSignals.command(cmd))
                .redirectOutput(tmp.resolve("run-out.txt").toFile())
                .redirectError(tmp.resolve("run-err.txt").toFile());
        pb.environment().put("WATTPRINT_HOME", tmp.resolve("home").toString());
        return pb.start();
    }

    @Test
    void ctrlCToTheProcessGroupClosesTheRunAsInterruptedAndPrintsTheSummary() throws Exception {
        Process p = startInOwnSession("run", "--location", "FR", "--", "sh", "-c", "echo " + STARTED + "; exec sleep 60");
        awaitCommandStarted(p);
        // What a terminal does on Ctrl-C: SIGINT to every process of the foreground group.
        new ProcessBuilder("kill", "-INT", "--", "-" + p.pid()).inheritIO().start().waitFor();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

        String err = Files.readString(tmp.resolve("run-err.txt"));
        assertThat(err).contains("interrupted", "location-based");
        Result list = java("runs", "list", "--json");
        assertThat(list.out()).as(err).contains("\"status\" : \"interrupted\"");
        assertThat(list.out()).doesNotContain("\"energy_kwh\" : null");
    }

    @Test
    void stoppingWattprintStopsTheWholeProcessTreeEvenACommandThatIgnoresSigterm() throws Exception {
        String marker = "7" + ProcessHandle.current().pid() % 1000 + "1";
        Process p = startInOwnSession("run", "--location", "FR", "--", "sh", "-c",
                "trap '' TERM; sleep " + marker + " & echo " + STARTED + "; sleep " + marker + "; wait");
        awaitCommandStarted(p);
        p.destroy();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

        // The tree was sent SIGKILL; the kernel reaps it a moment later.
        await("no 'sleep " + marker + "' left running", () -> ProcessHandle.allProcesses()
                .map(h -> h.info().commandLine().orElse("")).noneMatch(c -> c.contains("sleep " + marker)));
        assertThat(java("runs", "list", "--json").out()).contains("\"status\" : \"interrupted\"");
    }

    @Test
    void theDefaultLedgerIsUnderDollarHomeWhenWattprintHomeIsUnset() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("elsewhere"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("wattprint.jar"), "run", "--location", "FR", "--", "true")
                .redirectOutput(tmp.resolve("out.txt").toFile())
                .redirectError(tmp.resolve("err.txt").toFile());
        pb.environment().remove("WATTPRINT_HOME");
        pb.environment().remove("WATTPRINT_DB");
        pb.environment().put("HOME", home.toString());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(read(tmp.resolve("err.txt"))).isZero();
        assertThat(home.resolve(".wattprint/ledger.db")).exists();
        assertThat(read(tmp.resolve("err.txt"))).contains("stored in sqlite " + home.resolve(".wattprint/ledger.db"));
    }

    @Test
    void unknownLocationExitsTwoWithoutAStackTrace() throws Exception {
        Result run = java("run", "--location", "Narnia", "--", "true");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("unknown location 'Narnia'").doesNotContain("at io.wattprint");
        assertThat(tmp.resolve("home/ledger.db")).doesNotExist();
    }
}
