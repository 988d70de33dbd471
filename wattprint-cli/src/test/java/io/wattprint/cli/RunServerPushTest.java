package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.ledger.ApiToken;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunRecord;
import io.wattprint.run.outbox.Outbox;
import io.wattprint.server.ServerConfig;
import io.wattprint.server.WattprintServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wattprint run --server} and {@code wattprint push} end to end over real HTTP: the real server
 * ({@link WattprintServer}) on a free port over its own SQLite ledger, the real CLI in-process with a separate home.
 * The oracle is the agent's own local ledger: the server must hold the same run with the same intervals and energy.
 */
class RunServerPushTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    CliHarness agent;
    Ledger serverLedger;
    WattprintServer server;
    String token;
    final ByteArrayOutputStream serverErr = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(tmp.resolve("agent"));
        agent = new CliHarness(tmp.resolve("agent"));
        serverLedger = Ledger.open(tmp.resolve("server.db").toString());
        token = serverLedger.tokens().create(ApiToken.Scope.INGEST, "nlp", null, "agents", Instant.now(), null).secret();
    }

    @AfterEach
    void tearDown() {
        if (server != null) server.stop();   // closes its ledger
        else serverLedger.close();
    }

    private String startServer() {
        server = WattprintServer.start(serverLedger, ServerConfig.defaults().withPort(0), List.of(),
                new PrintStream(serverErr, true, StandardCharsets.UTF_8));
        return server.url();
    }

    /** A URL where nothing listens: a port the OS just gave out and that was closed again. */
    private static String deadUrl() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return "http://127.0.0.1:" + s.getLocalPort();
        }
    }

    private Outbox outbox() { return Outbox.in(tmp.resolve("agent").resolve(".wattprint")); }

    private static String id(CliHarness.Result r) throws Exception { return JSON.readTree(r.out()).get("id").asText(); }

    /** The server holds the run as the agent's ledger does: same outcome, interval count and energy to the digit. */
    private void assertServerHasTheLocalRun(String id) {
        try (Ledger local = Ledger.openForReading(agent.ledgerFile().toString())) {
            RunRecord mine = local.runs().byId(id).orElseThrow();
            RunRecord theirs = serverLedger.runs().byId(id).orElseThrow();
            assertThat(theirs.run().status()).isEqualTo(mine.run().status());
            assertThat(theirs.run().exitCode()).isEqualTo(mine.run().exitCode());
            assertThat(theirs.run().start()).isEqualTo(mine.run().start());
            assertThat(theirs.run().end()).isEqualTo(mine.run().end());
            var w = mine.run().workload();
            // The token is restricted to team nlp: a run sent without a team gets the token's (the server's rule).
            assertThat(theirs.run().workload()).isEqualTo(new io.wattprint.core.model.Workload(w.name(), w.project(),
                    w.team() == null ? "nlp" : w.team(), w.model(), w.modelVersion(), w.phase(), w.tags()));
            assertThat(theirs.run().location()).isEqualTo(mine.run().location());
            assertThat(serverLedger.intervals().count(id)).isEqualTo(local.intervals().count(id)).isPositive();
            assertThat(serverLedger.intervals().ofRun(id)).isEqualTo(local.intervals().ofRun(id));
            assertThat(theirs.footprint().itEnergy().joules()).isEqualTo(mine.footprint().itEnergy().joules());
            assertThat(theirs.footprint().facilityEnergy().joules()).isEqualTo(mine.footprint().facilityEnergy().joules());
            assertThat(theirs.footprint().pue()).isEqualTo(mine.footprint().pue());
            assertThat(theirs.footprint().co2e()).isEqualTo(mine.footprint().co2e());
        }
    }

    @Test
    void aRunWithAServerIsStoredLocallyAndOnTheServerWithTheSameEnergy() throws Exception {
        String url = startServer();
        agent.env.put("WATTPRINT_TOKEN", token);
        var r = agent.run("run", "--server", url, "--project", "bert", "--location", "FR", "--pue", "1.3", "--json", "--",
                "sleep", "1.2");
        assertThat(r.code()).as(r.toString()).isZero();
        String id = id(r);
        assertThat(r.err()).contains("run " + id.substring(0, 8) + " sent to " + url);
        assertServerHasTheLocalRun(id);
        assertThat(serverLedger.runs().byId(id).orElseThrow().run().workload().team()).as("the token's team").isEqualTo("nlp");
        assertThat(outbox().pending()).as("sent: no marker left").isEmpty();
        assertThat(serverLedger.fleet().hosts(null, null)).hasSize(1);
    }

    @Test
    void theServerAndTokenComeFromTheEnvironmentAndTheTokenFromAFile() throws Exception {
        String url = startServer();
        agent.env.put("WATTPRINT_SERVER", url);
        Path file = tmp.resolve("token");
        Files.writeString(file, token + "\n");
        var r = agent.run("run", "--token-file", file.toString(), "--team", "nlp", "--location", "FR", "--json", "--", "true");
        assertThat(r.code()).as(r.toString()).isZero();
        assertServerHasTheLocalRun(id(r));
    }

    @Test
    void aServerThatIsDownKeepsTheRunAndTheExitCodeThenPushSendsItOnce() throws Exception {
        agent.env.put("WATTPRINT_TOKEN", token);
        String dead = deadUrl();
        var r = agent.run("run", "--server", dead, "--location", "FR", "--json", "--", "sh", "-c", "sleep 0.5; exit 3");
        assertThat(r.code()).as("the command's code, whatever the server").isEqualTo(3);
        String id = id(r);
        assertThat(r.err()).contains("wattprint: server " + dead + " unreachable (", "): run " + id.substring(0, 8)
                + " kept locally; 'wattprint push' sends it");
        assertThat(outbox().pending()).containsExactly(id);
        if (Files.getFileStore(outbox().dir()).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(outbox().dir().resolve(id)))).isEqualTo("rw-------");
        }

        var down = agent.run("push", "--server", dead);
        assertThat(down.code()).as(down.toString()).isEqualTo(1);
        assertThat(outbox().pending()).containsExactly(id);

        String url = startServer();
        var pushed = agent.run("push", "--server", url, "--json");
        assertThat(pushed.code()).as(pushed.toString()).isZero();
        JsonNode out = JSON.readTree(pushed.out());
        assertThat(out.get("sent")).extracting(n -> n.get("run").asText()).containsExactly(id);
        assertThat(out.get("pending")).isEmpty();
        assertThat(outbox().pending()).isEmpty();
        assertServerHasTheLocalRun(id);
        assertThat(serverLedger.runs().byId(id).orElseThrow().run().exitCode()).isEqualTo(3);

        var again = agent.run("push", "--server", url);
        assertThat(again.code()).isZero();
        assertThat(again.err()).contains("0 run(s) sent");

        // The same run sent a second time (a lost acknowledgement): stored once.
        long intervals = serverLedger.intervals().count(id);
        outbox().add(id, List.of());
        var twice = agent.run("push", "--server", url);
        assertThat(twice.code()).as(twice.toString()).isZero();
        assertThat(serverLedger.intervals().count(id)).isEqualTo(intervals);
        assertThat(serverLedger.footprints().versions(id)).hasSize(1);
    }

    @Test
    void aLaterRunSendsWhatIsPendingAfterItsOwn() throws Exception {
        agent.env.put("WATTPRINT_TOKEN", token);
        var first = agent.run("run", "--server", deadUrl(), "--location", "FR", "--json", "--", "true");
        String pending = id(first);
        String url = startServer();
        var second = agent.run("run", "--server", url, "--location", "FR", "--json", "--", "true");
        assertThat(second.code()).as(second.toString()).isZero();
        assertThat(second.err()).contains("run " + pending.substring(0, 8) + " sent to " + url);
        assertServerHasTheLocalRun(pending);
        assertServerHasTheLocalRun(id(second));
        assertThat(outbox().pending()).isEmpty();
    }

    @Test
    void aRefusedTokenIsSaidInOneLineAndTheRunIsKept() throws Exception {
        String url = startServer();
        agent.env.put("WATTPRINT_TOKEN", "wp_000000000000_" + "A".repeat(43));
        var r = agent.run("run", "--server", url, "--location", "FR", "--json", "--", "true");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("refused the token (HTTP 401 unauthorized").contains("WATTPRINT_TOKEN");
        assertThat(outbox().pending()).containsExactly(id(r));
        assertThat(serverLedger.runs().byId(id(r))).isEmpty();
    }

    @Test
    void aTokenOfAnotherTeamIsRefusedAsATokenProblem() throws Exception {
        String url = startServer();
        agent.env.put("WATTPRINT_TOKEN", token);   // restricted to team nlp
        var r = agent.run("run", "--server", url, "--team", "vision", "--location", "FR", "--json", "--", "true");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("refused the token (HTTP 403 forbidden: run.team");
        assertThat(outbox().pending()).containsExactly(id(r));
    }

    @Test
    void aBadServerUrlIsAUsageErrorAndTheCommandDoesNotRun() throws Exception {
        agent.env.put("WATTPRINT_TOKEN", token);
        Path touched = tmp.resolve("ran");
        var r = agent.run("run", "--server", "notaurl", "--", "touch", touched.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("invalid value for --server: 'notaurl' (expected the server's URL, http://HOST:PORT")
                .doesNotContain("Exception");
        assertThat(touched).doesNotExist();
        assertThat(agent.ledgerFile()).doesNotExist();
    }

    @Test
    void aServerWithoutATokenIsAUsageErrorNamingTheVariable() throws Exception {
        agent.env.put("WATTPRINT_SERVER", "http://127.0.0.1:8480");
        Path touched = tmp.resolve("ran");
        var r = agent.run("run", "--", "touch", touched.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("a server is configured but no token: set WATTPRINT_TOKEN or give --token-file PATH");
        assertThat(touched).doesNotExist();
    }

    @Test
    void anUnreadableTokenFileIsAUsageErrorNamingTheOption() {
        var r = agent.run("run", "--server", "http://127.0.0.1:8480", "--token-file", tmp.resolve("nope").toString(), "--", "true");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("invalid value for --token-file: cannot read");
    }

    @Test
    void pushWithoutAServerIsAUsageError() {
        var r = agent.run("push");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no server to push to: give --server URL or set WATTPRINT_SERVER");
    }

    @Test
    void pushWithNothingPendingSendsNothing() {
        agent.env.put("WATTPRINT_TOKEN", token);
        var r = agent.run("push", "--server", "http://127.0.0.1:1");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("0 run(s) sent to http://127.0.0.1:1, 0 still pending");
    }
}
