package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.ledger.Ledger;
import io.wattprint.run.MeterSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar as a user runs it while another process holds the SQLite ledger (a connection of this test in
 * {@code BEGIN IMMEDIATE}) for longer than {@code wattprint run} waits at the start: the command runs anyway, its
 * exit code passes through, and the run is stored once — when the holder lets go, or by the next command when the
 * holder keeps the ledger past wattprint's exit. The holder lets go on signals (files the command creates), never
 * after a fixed sleep.
 */
class BusyLedgerIT {
    static final String BUSY = "wattprint: the ledger is busy (held by another process); the run is kept in its spool "
            + "file and stored when the ledger is free";

    @TempDir
    Path tmp;
    Path home;
    Path file;

    @BeforeEach
    void ledger() {
        home = tmp.resolve("home");
        file = home.resolve("ledger.db");
        Ledger.open(file.toString()).close();   // created and migrated: the holder below holds a current ledger
    }

    Process start(String name, List<String> jvm, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-jar", System.getProperty("wattprint.jar")));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile())
                .redirectOutput(tmp.resolve(name + ".out").toFile())
                .redirectError(tmp.resolve(name + ".err").toFile());
        pb.environment().put("WATTPRINT_HOME", home.toString());
        pb.environment().remove("WATTPRINT_DB");
        pb.environment().remove("WATTPRINT_LOCATION");
        return pb.start();
    }

    String read(String name) throws IOException {
        Path p = tmp.resolve(name);
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }

    /** Waits until the command has created {@code signal}, polling while wattprint runs. */
    void awaitFile(Process p, String signal, String name) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!Files.exists(tmp.resolve(signal))) {
            if (p.waitFor(20, TimeUnit.MILLISECONDS)) {
                throw new AssertionError("wattprint exited (" + p.exitValue() + ") before " + signal + " existed; stderr:\n"
                        + read(name + ".err"));
            }
            if (System.nanoTime() > deadline) throw new AssertionError("no " + signal + "; stderr:\n" + read(name + ".err"));
        }
    }

    /** The instant a command wrote with {@code date +%s%N} into {@code name}: its own clock reading, not wattprint's. */
    Instant stamp(String name) throws IOException {
        long nanos = Long.parseLong(read(name).strip());
        return Instant.ofEpochSecond(0, nanos);
    }

    List<Path> spoolFiles() throws IOException {
        Path dir = home.resolve("spool");
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.toString().endsWith(".spool")).toList();
        }
    }

    JsonNode runsList() throws Exception {
        Process list = start("list", List.of(), "runs", "list", "--json");
        assertThat(list.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(list.exitValue()).as(read("list.err")).isZero();
        return new ObjectMapper().readTree(tmp.resolve("list.out").toFile());
    }

    @Test
    void aRunStartsWhileAnotherProcessHoldsTheLedgerAndIsStoredOnceWhenItLetsGo() throws Exception {
        Process run;
        Instant held;
        Instant sawRan;
        Instant wentOn;
        try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = holder.createStatement()) {
            st.execute("BEGIN IMMEDIATE");   // another wattprint is writing, and goes on writing
            held = Instant.now();
            run = start("run", List.of(), "run", "--location", "FR", "--tag", "case=a", "--",
                    "sh", "-c", "touch ran; while [ ! -e go ]; do sleep 0.05; done; exit 5");

            awaitFile(run, "ran", "run");   // the command runs although the ledger is still held
            sawRan = Instant.now();
            assertThat(read("run.err")).contains(BUSY);
            assertThat(spoolFiles()).hasSize(1);
            st.execute("COMMIT");   // the holder lets go
        }
        wentOn = Instant.now();
        Files.createFile(tmp.resolve("go"));
        assertThat(run.waitFor(5, TimeUnit.MINUTES)).isTrue();
        Instant exited = Instant.now();

        assertThat(run.exitValue()).as(read("run.err")).isEqualTo(5);
        String err = read("run.err");
        assertThat(err.indexOf(BUSY)).as("said once").isEqualTo(err.lastIndexOf(BUSY));
        assertThat(err).doesNotContain("could not store");
        assertThat(spoolFiles()).as("closed: nothing left to recover").isEmpty();
        JsonNode runs = runsList();
        assertThat(runs).hasSize(1);
        JsonNode r = runs.get(0);
        assertThat(r.path("tags").path("case").asText()).isEqualTo("a");
        assertThat(r.path("status").asText()).isEqualTo("failed");
        assertThat(r.path("exit_code").asInt()).isEqualTo(5);
        Instant start = Instant.parse(r.path("start").asText());
        Instant end = Instant.parse(r.path("end").asText());
        // It started when metering began: after wattprint waited its open patience, before the command ran.
        assertThat(start).isAfter(held.plus(MeterSession.OPEN_PATIENCE)).isBefore(sawRan);
        assertThat(end).isAfter(wentOn).isBefore(exited);
    }

    /** How long after the command's last action wattprint may take its end: reaping the process, under load. */
    static final Duration EXIT_TOLERANCE = Duration.ofMillis(1_500);
    /**
     * How far wattprint's clock may be from the command's: wattprint reads the wall clock once and advances it by the
     * monotonic counter (Timebase.monotonic), so a preemption between those two reads shifts all its instants a little
     * early — 261 ms was seen with 104 JVMs on 2 cores (a stored end before the command's last stamp).
     */
    static final Duration CLOCK_SLACK = Duration.ofSeconds(1);
    /** How long the holder keeps the ledger after the command exited: far more than {@link #EXIT_TOLERANCE}. */
    static final Duration HELD_AFTER_EXIT = Duration.ofSeconds(4);

    @Test
    void aLedgerHeldAtTheCloseDoesNotMoveTheEndOfTheRunToWhenItWasReleased() throws Exception {
        Process run;
        Instant released;
        try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = holder.createStatement()) {
            st.execute("BEGIN IMMEDIATE");   // held from before the start until well after the command exited
            run = start("run", List.of(), "run", "--location", "FR", "--tag", "case=c", "--", "sh", "-c",
                    "date +%s%N > started; sleep 1; date +%s%N > exited.tmp; mv exited.tmp exited; exit 4");
            awaitFile(run, "exited", "run");
            // The command has exited (its last action is done): the holder keeps the ledger a while longer, so that a
            // run stamped when wattprint got the ledger would end HELD_AFTER_EXIT too late. A fixed wait on purpose:
            // it is the gap under test, not a guess at how long something takes.
            Thread.sleep(HELD_AFTER_EXIT.toMillis());
            assertThat(run.isAlive()).as("wattprint waits for the ledger to close the run; " + read("run.err")).isTrue();
            released = Instant.now();
            st.execute("COMMIT");
        }
        assertThat(run.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(run.exitValue()).as(read("run.err")).isEqualTo(4);
        assertThat(read("run.err")).doesNotContain("could not store");
        JsonNode runs = runsList();
        assertThat(runs).hasSize(1);
        JsonNode r = runs.get(0);
        assertThat(r.path("exit_code").asInt()).isEqualTo(4);
        Instant start = Instant.parse(r.path("start").asText());
        Instant end = Instant.parse(r.path("end").asText());
        Instant started = stamp("started");
        Instant exited = stamp("exited");
        // The run encloses the command: started before its first action, ended at its exit.
        assertThat(start).isBefore(started.plus(CLOCK_SLACK));
        assertThat(end).isBetween(exited.minus(CLOCK_SLACK), exited.plus(EXIT_TOLERANCE));
        assertThat(end).as("not when the ledger was released").isBefore(released.minusSeconds(2));
        assertThat(Duration.between(start, end)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aLedgerHeldPastWattprintsExitKeepsTheRunInTheSpoolAndTheNextCommandStoresIt() throws Exception {
        Process run;
        Instant wattprintExited;
        try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = holder.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            // A write patience of 3 s instead of 180 s, so that wattprint gives up on the close within the test.
            run = start("run", List.of("-Dwattprint.ledger.writePatienceMs=3000"), "run", "--location", "FR",
                    "--tag", "case=b", "--", "sh", "-c", "touch ran; date +%s%N > exited; exit 6");

            assertThat(run.waitFor(5, TimeUnit.MINUTES)).isTrue();
            wattprintExited = Instant.now();
            assertThat(Files.exists(tmp.resolve("ran"))).as("the command ran").isTrue();
            assertThat(run.exitValue()).as(read("run.err")).isEqualTo(6);
            assertThat(read("run.err")).contains(BUSY, "ended (failed, exit 6) but the ledger could not store it",
                    "the ledger stayed locked by other processes for 3 s",
                    "its spool file keeps the run and its outcome; the next wattprint command on");
            assertThat(spoolFiles()).hasSize(1);
            try (var count = st.executeQuery("SELECT count(*) FROM runs")) {
                count.next();
                assertThat(count.getInt(1)).as("nothing stored while the ledger was held").isZero();
            }
            st.execute("COMMIT");   // let go only after wattprint exited
        }

        JsonNode runs = runsList();   // the next command recovers the run from its spool file

        assertThat(read("list.err")).contains("stored from its spool file", "closed as failed (exit 6)");
        assertThat(runs).hasSize(1);
        JsonNode r = runs.get(0);
        assertThat(r.path("tags").path("case").asText()).isEqualTo("b");
        assertThat(r.path("status").asText()).isEqualTo("failed");
        assertThat(r.path("exit_code").asInt()).isEqualTo(6);
        try (Ledger ledger = Ledger.open(file.toString())) {
            var stored = ledger.runs().find(r.path("id").asText()).orElseThrow().run();
            assertThat(stored.command()).as("the command line as wattprint stored it").contains("touch ran; date +%s%N > exited; exit 6");
            assertThat(stored.location().zone()).isEqualTo("FR");
        }
        Instant start = Instant.parse(r.path("start").asText());
        Instant end = Instant.parse(r.path("end").asText());
        assertThat(end).isAfterOrEqualTo(start);
        // The end is the command's exit (its last action stamped it), not when wattprint gave up on the ledger 3 s later,
        // nor when the next command stored the run.
        Instant exited = stamp("exited");
        assertThat(end).isBetween(exited.minus(CLOCK_SLACK), exited.plus(EXIT_TOLERANCE));
        assertThat(end).isBefore(wattprintExited.minusSeconds(2));
        assertThat(spoolFiles()).isEmpty();
        assertThat(runsList()).as("stored once").hasSize(1);
    }
}
