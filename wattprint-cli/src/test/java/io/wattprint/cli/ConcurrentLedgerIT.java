package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many wattprint processes on one SQLite ledger at once, as a job array or a CI matrix starts
 * them: 100 runs and 4 imports. Another wattprint holding the ledger never costs a command, an
 * exit code or a run, nor stretches a run: each stored run lasts as long as its command (a {@code sleep 2}), not as
 * long as its wattprint waited for the ledger.
 */
class ConcurrentLedgerIT {
    static final int RUNS = 100;
    static final List<String> IMPORTS = List.of("codecarbon-cluster.csv", "codecarbon-pretraining.csv",
            "codecarbon-cluster.csv", "codecarbon-pretraining.csv");

    @TempDir
    Path tmp;

    Process start(String name, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // as bin/wattprint starts it: a CLI that mostly waits
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", System.getProperty("wattprint.jar")));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile())
                .redirectOutput(tmp.resolve(name + ".out").toFile())
                .redirectError(tmp.resolve(name + ".err").toFile());
        pb.environment().put("WATTPRINT_HOME", tmp.resolve("home").toString());
        pb.environment().remove("WATTPRINT_DB");
        pb.environment().remove("WATTPRINT_LOCATION");
        return pb.start();
    }

    static int exitCodeOf(int i) { return 3 + i; }

    /** What each command sleeps: its run lasts that long plus starting and reaping the command. */
    static final Duration SLEEP = Duration.ofSeconds(2);
    /**
     * How long a stored run may last beyond the command's own span (its first and last actions, stamped by the command).
     * The run starts when the ledger takes its row, before wattprint's own set-up (baselines, signal handlers) and the
     * command's start; with 104 JVMs starving 2 cores that set-up alone took 3.2 s at the median (load 40; 0.36 s after the
     * command's exit). The bounds leave room for that and still catch the old bug (issue 13, item 13), where the wait for
     * the ledger was counted in and a {@code sleep 2} among 50 runs was stored as 6.2 s at the median, up to 14 s.
     */
    static final Duration MEDIAN_OVERHEAD = Duration.ofMillis(4500);
    /**
     * How far wattprint's clock may be from the command's: wattprint reads the wall clock once and advances it by the
     * monotonic counter (Timebase.monotonic, which now reads the wall clock between two counter reads and retries a pair
     * over 1 ms apart; before, a preemption between the reads shifted all its instants early — 261 ms was seen with 104
     * JVMs on 2 cores).
     */
    static final Duration CLOCK_SLACK = Duration.ofSeconds(1);

    /** The instant a command wrote with {@code date +%s%N}. */
    Instant stamp(String name) throws IOException {
        return Instant.ofEpochSecond(0, Long.parseLong(Files.readString(tmp.resolve(name), StandardCharsets.UTF_8).strip()));
    }

    @Test
    void aHundredRunsAndFourImportsAtOnceAllRunAllExitRightAndAreStoredOnce() throws Exception {
        Path examples = Path.of("..", "docs", "examples").toAbsolutePath().normalize();
        Map<String, Process> processes = new HashMap<>();
        for (int i = 0; i < RUNS; i++) {
            processes.put("run-" + i, start("run-" + i, "run", "--location", "FR", "--tag", "i=" + i, "--",
                    "sh", "-c", "date +%s%N > t0." + i + "; touch marker." + i + "; sleep " + SLEEP.toSeconds()
                            + "; date +%s%N > t1." + i + "; exit " + exitCodeOf(i)));
        }
        for (int k = 0; k < IMPORTS.size(); k++) {
            processes.put("import-" + k, start("import-" + k, "ingest", "codecarbon", examples.resolve(IMPORTS.get(k)).toString()));
        }

        for (Map.Entry<String, Process> e : processes.entrySet()) {
            assertThat(e.getValue().waitFor(10, TimeUnit.MINUTES)).as(e.getKey() + " ended").isTrue();
        }
        for (int i = 0; i < RUNS; i++) {
            assertThat(tmp.resolve("marker." + i)).as("command " + i + " ran; " + err("run-" + i)).exists();
            assertThat(processes.get("run-" + i).exitValue()).as("exit code of run " + i + "; " + err("run-" + i))
                    .isEqualTo(exitCodeOf(i));
        }
        for (int k = 0; k < IMPORTS.size(); k++) {
            assertThat(processes.get("import-" + k).exitValue()).as(err("import-" + k)).isZero();
        }

        Process list = start("list", "runs", "list", "--limit", "1000", "--json");
        assertThat(list.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(list.exitValue()).as(err("list")).isZero();
        JsonNode runs = new ObjectMapper().readTree(tmp.resolve("list.out").toFile());
        Map<String, Integer> metered = new HashMap<>();
        int imported = 0;
        List<Duration> excess = new ArrayList<>();
        List<String> whats = new ArrayList<>();
        int worst = 0;
        for (JsonNode r : runs) {
            JsonNode tag = r.path("tags").path("i");
            if (tag.isMissingNode()) {
                imported++;
                continue;
            }
            assertThat(metered.put(tag.asText(), r.path("exit_code").asInt())).as("run i=" + tag.asText() + " stored once").isNull();
            assertThat(r.path("status").asText()).isEqualTo("failed");
            // The run is the command's own span, not the time its wattprint waited for the other 103 on the ledger.
            Instant start = Instant.parse(r.path("start").asText());
            Instant end = Instant.parse(r.path("end").asText());
            String i = tag.asText();
            Duration stored = Duration.between(start, end);
            Instant t0 = stamp("t0." + i);
            Instant t1 = stamp("t1." + i);
            Duration own = Duration.between(t0, t1);
            String what = "run i=" + i + " stored " + start + ".." + end + " (" + stored + "), the command ran " + t0 + ".." + t1
                    + " (" + own + ")";
            assertThat(stored).as(what).isGreaterThanOrEqualTo(SLEEP);
            // The run encloses the command: started before its first action, ended after its last.
            assertThat(start).as(what).isBefore(t0.plus(CLOCK_SLACK));
            assertThat(end).as(what).isAfter(t1.minus(CLOCK_SLACK));
            excess.add(stored.minus(own));
            worst = excess.get(excess.size() - 1).compareTo(excess.get(worst)) > 0 ? excess.size() - 1 : worst;
            whats.add(what);
        }
        // ... and by little more than the command's own span, measured against the command's own clock, not SLEEP alone
        // (on a loaded machine `sleep 2` itself took 4.4 s between its two stamps). What is left is wattprint's own set-up
        // before the command (baselines, signal handlers) and after it, which a CPU starved by 104 JVMs on 2 cores can
        // stretch to a few seconds for one run; the bug this guards against (the wait for the ledger counted in the run)
        // stored a `sleep 2` as 6.2 s at the median and up to 14.2 s.
        List<Duration> sorted = excess.stream().sorted().toList();
        assertThat(sorted.get(sorted.size() / 2)).as("median excess over the command's own span").isLessThan(MEDIAN_OVERHEAD);
        // The worst run is printed, not bounded: its excess is wattprint's own set-up before the command (the start is stamped
        // when the ledger takes the row), which one starved JVM stretched to 9.6 s on a quiet machine — an open defect
        // (issue 13, item 13), not the ledger wait the median guards against.
        System.out.println("ConcurrentLedgerIT: worst excess " + excess.get(worst) + " — " + whats.get(worst));
        assertThat(metered).hasSize(RUNS);
        for (int i = 0; i < RUNS; i++) assertThat(metered.get(String.valueOf(i))).as("stored exit code of run " + i).isEqualTo(exitCodeOf(i));
        assertThat(imported).as("every imported row once").isEqualTo(dataRows(examples.resolve(IMPORTS.get(0)))
                + dataRows(examples.resolve(IMPORTS.get(1))));
    }

    static long dataRows(Path csv) throws IOException {
        return Files.readAllLines(csv, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank()).count();
    }

    String err(String name) throws IOException {
        return "stderr: " + Files.readString(tmp.resolve(name + ".err"), StandardCharsets.UTF_8);
    }
}
