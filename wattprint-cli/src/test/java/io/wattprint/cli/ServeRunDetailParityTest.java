package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GET /api/v1/runs/{id} answers what {@code wattprint runs show ID --json} prints for the same closed run, but the
 * {@code markers} list the CLI computes (docs/SERVER.md).
 */
class ServeRunDetailParityTest {
    @TempDir
    Path home;

    @Test
    void theServersRunIsTheCliJsonWithoutMarkers() throws Exception {
        CliHarness cli = new CliHarness(home);
        LedgerFixture.addRun(cli.ledgerFile(), "run-parity-1", "bert", "nlp", Phase.TRAINING,
                Instant.parse("2026-11-23T10:00:00Z"), 12.5, 1.2, "FR", 56);
        CliHarness.Result shown = cli.run("runs", "show", "run-parity-1", "--json");
        assertThat(shown.code()).as(shown.toString()).isZero();
        ObjectNode expected = (ObjectNode) Json.mapper().readTree(shown.out());
        expected.remove("markers");

        Ledger ledger = Ledger.open(cli.ledgerFile().toString());
        String token = ledger.tokens().create(ApiToken.Scope.READ, "nlp", null, null, Instant.now(), null).secret();
        try (WattprintServer server = WattprintServer.start(ledger, ServerConfig.defaults().withPort(0), List.of(), null)) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url()
                    + "/api/v1/runs/run-parity-1")).header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode actual = Json.mapper().readTree(r.body());
            assertThat(actual).isEqualTo(expected);
            assertThat(actual.get("energy_kwh").asDouble()).isEqualTo(12.5);
        }
    }
}
