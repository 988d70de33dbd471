package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.cli.main.Main;
import io.wattprint.run.Environment;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A real {@code wattprint serve --port 0} JVM (this test's class path, {@link Main}): it prints its ready line with the
 * port it picked, answers /healthz and a token made by {@code wattprint tokens create}, writes its access log, and on
 * SIGTERM or SIGINT stops gracefully and exits 128 + the signal. Readiness is the printed line; no sleeps.
 */
@EnabledOnOs(OS.LINUX)
class ServeSignalTest {
    private static final Pattern READY = Pattern.compile("wattprint serve: listening on (http://127\\.0\\.0\\.1:(\\d+)) \\(ledger sqlite .+\\)");

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "SIG{0} → exit {1}")
    @CsvSource({"TERM, 143", "INT, 130"})
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void servePrintsItsReadyLineAnswersAndStopsOnASignal(String signal, int expected) throws Exception {
        Path home = tmp.resolve(".wattprint");
        Path stderr = tmp.resolve("stderr.txt");
        Path accessLog = tmp.resolve("access.log");
        CliHarness cli = new CliHarness(tmp);
        String token = cli.run("tokens", "create", "--scope", "read").out().strip();

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(DefaultSignals.command(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--port", "0", "--access-log", accessLog.toString())))
                .redirectError(stderr.toFile());
        pb.environment().put(Environment.HOME_VAR, home.toString());
        pb.environment().remove("WATTPRINT_DB");
        Process serve = pb.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            Matcher m = READY.matcher(String.valueOf(line));
            assertThat(m.matches()).as(line + "\n" + Files.readString(stderr)).isTrue();
            assertThat(Integer.parseInt(m.group(2))).isPositive();

            HttpClient http = HttpClient.newHttpClient();
            assertThat(http.send(HttpRequest.newBuilder(URI.create(m.group(1) + "/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            HttpResponse<String> run = http.send(HttpRequest.newBuilder(URI.create(m.group(1) + "/api/v1/runs/no-such-run"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(run.statusCode()).as("the token authenticated: not 401").isEqualTo(404);

            DefaultSignals.requireHandled(serve, signal);
            assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(serve.pid())).start().waitFor()).isZero();
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).as("serve exits after its graceful stop").isTrue();
            String err = Files.readString(stderr);
            assertThat(serve.exitValue()).as(err).isEqualTo(expected);
            assertThat(err).contains("wattprint serve: stopped").doesNotContain("Exception").doesNotContain("SLF4J");
            List<String> log = Files.readAllLines(accessLog);
            assertThat(log).hasSize(2);
            assertThat(log.get(1)).contains("\"route\":\"/api/v1/runs/{id}\"").contains("\"status\":404")
                    .contains("\"token\":\"" + token.substring(3, 15) + "\"").doesNotContain(token.substring(16));
        } finally {
            serve.destroyForcibly();
        }
    }
}
