package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wattprint.run.Environment;
import io.wattprint.cli.main.Main;
import io.wattprint.cli.out.Json;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12: {@code kill -INT} to the wattprint JVM during {@code run -- sleep 30} exited 130 while the summary
 * said "interrupted (exit 143)" (the code of the command wattprint had stopped). One truth now: 128 + the signal
 * that stopped wattprint, in the exit code, the summary, the --json output and the stored run.
 *
 * <p>A real wattprint JVM (this test's class path, {@link Main}) on a real SQLite ledger. Readiness is a line the
 * measured command prints on the shared stdout, after wattprint is already watching for signals; no sleeps.
 */
@EnabledOnOs(OS.LINUX)
class RunStoppedBySignalTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "SIG{0} → exit {1}")
    @CsvSource({"INT, 130", "TERM, 143"})
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void theExitCodeTheSummaryTheJsonAndTheStoredRunAgree(String signal, int expected) throws Exception {
        Path home = tmp.resolve(".wattprint");
        Path stderr = tmp.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(DefaultSignals.command(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", "--json", "--project", "signal-test", "--location", "FR", "--",
                "sh", "-c", "echo ready; exec sleep 300")))
                .redirectError(stderr.toFile());
        pb.environment().put(Environment.HOME_VAR, home.toString());
        pb.environment().remove("WATTPRINT_DB");
        Process wattprint = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(wattprint.getInputStream(), StandardCharsets.UTF_8));

        assertThat(out.readLine()).as("the measured command's readiness line").isEqualTo("ready");
        List<ProcessHandle> command = wattprint.descendants().toList();
        DefaultSignals.requireHandled(wattprint, signal);
        assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(wattprint.pid())).start().waitFor()).isZero();

        assertThat(wattprint.waitFor(60, TimeUnit.SECONDS)).as("wattprint exits once it has closed the run").isTrue();
        String json = out.lines().reduce("", (a, b) -> a + b + "\n");
        String summary = Files.readString(stderr);

        assertThat(wattprint.exitValue()).as(summary).isEqualTo(expected);
        assertThat(summary).contains(" interrupted (exit " + expected + ") after ").doesNotContain("Exception");
        JsonNode printed = Json.mapper().readTree(json);
        assertThat(printed.get("status").asText()).isEqualTo("interrupted");
        assertThat(printed.get("exit_code").asInt()).isEqualTo(expected);
        assertThat(command).as("the measured command was stopped with wattprint").noneMatch(ProcessHandle::isAlive);

        CliHarness cli = new CliHarness(tmp);
        JsonNode stored = Json.mapper().readTree(cli.run("runs", "show", printed.get("id").asText(), "--json").out());
        assertThat(stored.get("status").asText()).isEqualTo("interrupted");
        assertThat(stored.get("exit_code").asInt()).isEqualTo(expected);
        assertThat(cli.run("runs", "show", printed.get("id").asText()).out()).contains("interrupted (exit " + expected + ")");
    }
}
