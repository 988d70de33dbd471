package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wattprint.cli.out.Json;
import io.wattprint.core.model.Phase;
import io.wattprint.ledger.ApiToken;
import io.wattprint.ledger.Ledger;
import io.wattprint.server.ServerConfig;
import io.wattprint.server.WattprintServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GET /api/v1/summary and GET /api/v1/runs answer what the CLI prints for the same ledger: {@code report summary
 * --format json} byte for byte (without the CLI's final newline), and {@code runs list --json}'s objects. A token
 * restricted to a team gets the summary the CLI prints for a ledger that holds only that team's runs.
 */
class ServeApiParityTest {
    @TempDir
    Path tmp;

    /** Runs of two teams in September 2025 (one before the period), and a GCP carbon export of the same month. */
    private static CliHarness ledgerOfTwoTeams(Path home, boolean withOtherTeam, boolean withCloud) throws Exception {
        CliHarness cli = new CliHarness(home);
        Files.createDirectories(home);
        LedgerFixture.addRun(cli.ledgerFile(), "aaaa0001-bert", "bert", "nlp", Phase.TRAINING, Instant.parse("2025-09-10T08:00:00Z"), 1.5, 1.0, "XA", 50);
        LedgerFixture.addRun(cli.ledgerFile(), "aaaa0002-bert", "bert", "nlp", Phase.INFERENCE, Instant.parse("2025-09-12T08:00:00Z"), 0.000123, 1.2, "XA", 50);
        LedgerFixture.addRun(cli.ledgerFile(), "aaaa0003-gpt", "gpt", "nlp", Phase.TRAINING, Instant.parse("2025-09-20T08:00:00Z"), 2.25, 1.0, null, 0);
        LedgerFixture.addRun(cli.ledgerFile(), "aaaa0000-old", "bert", "nlp", Phase.TRAINING, Instant.parse("2025-08-20T08:00:00Z"), 9.0, 1.0, "XA", 50);
        if (withOtherTeam) {
            LedgerFixture.addRun(cli.ledgerFile(), "bbbb0001-resnet", "resnet", "vision", Phase.TRAINING, Instant.parse("2025-09-15T08:00:00Z"), 4.0, 1.1, "XB", 300);
            LedgerFixture.addRun(cli.ledgerFile(), "bbbb0002-bert", "bert", "vision", Phase.TRAINING, Instant.parse("2025-09-16T08:00:00Z"), 0.5, 1.0, "XB", 300);
        }
        if (withCloud) {
            Path f = Files.writeString(home.resolve("gcp.csv"), SummaryCloudReportedTest.GCP);
            CliHarness.Result r = cli.run("ingest", "gcp-carbon", f.toString(), "--json");
            assertThat(r.code()).as(r.toString()).isZero();
        }
        return cli;
    }

    private static HttpResponse<String> get(WattprintServer server, String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSummaryIsTheBytesOfReportSummaryJsonForAnUnrestrictedToken() throws Exception {
        CliHarness cli = ledgerOfTwoTeams(tmp.resolve("home"), true, true);
        Map<String, String> cliOut = new LinkedHashMap<>();
        for (String by : List.of("project", "team", "model", "phase")) {
            CliHarness.Result r = cli.run("report", "summary", "--by", by, "--from", "2025-09-01", "--to", "2025-10-01", "--format", "json");
            assertThat(r.code()).as(r.toString()).isZero();
            cliOut.put("by=" + by + "&from=2025-09-01&to=2025-10-01", r.out());
        }
        CliHarness.Result withDecimals = cli.run("report", "summary", "--by", "team", "--decimals", "6", "--json");
        cliOut.put("by=team&decimals=6", withDecimals.out());
        assertThat(cliOut.get("by=project&from=2025-09-01&to=2025-10-01")).as("the provider block is in the oracle").contains("cloud_reported")
                .contains("ml-training");

        Ledger ledger = Ledger.open(cli.ledgerFile().toString());
        String token = ledger.tokens().create(ApiToken.Scope.READ, null, null, null, Instant.now(), null).secret();
        try (WattprintServer server = WattprintServer.start(ledger, ServerConfig.defaults().withPort(0), List.of(), null)) {
            for (Map.Entry<String, String> e : cliOut.entrySet()) {
                HttpResponse<String> r = get(server, "/api/v1/summary?" + e.getKey(), token);
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                assertThat(r.body() + "\n").as(e.getKey()).isEqualTo(e.getValue());
            }
        }
    }

    @Test
    void aTeamTokensSummaryIsTheCliSummaryOfALedgerHoldingOnlyThatTeamsRuns() throws Exception {
        CliHarness only = ledgerOfTwoTeams(tmp.resolve("nlp-only"), false, false);
        CliHarness.Result expected = only.run("report", "summary", "--by", "project", "--from", "2025-09-01", "--to", "2025-10-01", "--json");
        assertThat(expected.code()).as(expected.toString()).isZero();

        CliHarness all = ledgerOfTwoTeams(tmp.resolve("all"), true, true);
        Ledger ledger = Ledger.open(all.ledgerFile().toString());
        String nlp = ledger.tokens().create(ApiToken.Scope.READ, "nlp", null, null, Instant.now(), null).secret();
        String bert = ledger.tokens().create(ApiToken.Scope.READ, null, "bert", null, Instant.now(), null).secret();
        try (WattprintServer server = WattprintServer.start(ledger, ServerConfig.defaults().withPort(0), List.of(), null)) {
            HttpResponse<String> r = get(server, "/api/v1/summary?by=project&from=2025-09-01&to=2025-10-01", nlp);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(r.body() + "\n").isEqualTo(expected.out());
            assertThat(r.body()).doesNotContain("resnet").doesNotContain("ml-training");
            // A project token: bert of both teams (1.5 + 0.000123 of nlp, 0.5 of vision), one group.
            JsonNode s = Json.mapper().readTree(get(server, "/api/v1/summary?by=project&from=2025-09-01&to=2025-10-01", bert).body());
            assertThat(s.get("groups")).hasSize(1);
            assertThat(s.at("/groups/0/group").asText()).isEqualTo("bert");
            assertThat(s.at("/groups/0/runs").asInt()).isEqualTo(3);
            assertThat(s.at("/total/energy_kwh").decimalValue()).isEqualByComparingTo("2.000123");
        }
    }

    @Test
    void theRunsAreTheObjectsOfRunsListJson() throws Exception {
        CliHarness cli = ledgerOfTwoTeams(tmp.resolve("home"), true, false);
        CliHarness.Result all = cli.run("runs", "list", "--json");
        CliHarness.Result bert = cli.run("runs", "list", "--project", "bert", "--since", "2025-09-01", "--until", "2025-09-16", "--json");
        assertThat(all.code()).as(all.toString()).isZero();
        assertThat(bert.code()).as(bert.toString()).isZero();

        Ledger ledger = Ledger.open(cli.ledgerFile().toString());
        String token = ledger.tokens().create(ApiToken.Scope.READ, null, null, null, Instant.now(), null).secret();
        try (WattprintServer server = WattprintServer.start(ledger, ServerConfig.defaults().withPort(0), List.of(), null)) {
            JsonNode served = Json.mapper().readTree(get(server, "/api/v1/runs", token).body());
            assertThat(served.get("runs")).isEqualTo(Json.mapper().readTree(all.out()));
            assertThat(served.get("runs")).hasSize(6);
            JsonNode filtered = Json.mapper().readTree(get(server, "/api/v1/runs?project=bert&since=2025-09-01&until=2025-09-16", token).body());
            assertThat(filtered.get("runs")).isEqualTo(Json.mapper().readTree(bert.out()));
            assertThat(filtered.get("runs")).extracting(n -> n.get("id").asText()).containsExactly("aaaa0002-bert", "aaaa0001-bert");
        }
    }
}
