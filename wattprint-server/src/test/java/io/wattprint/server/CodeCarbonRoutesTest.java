package io.wattprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wattprint.data.ReferenceData;
import io.wattprint.ingest.codecarbon.api.CodeCarbonApi;
import io.wattprint.ingest.codecarbon.api.RunTotals;
import io.wattprint.ledger.ApiToken;
import io.wattprint.testkit.Upstream;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CodeCarbon-compatible API over real HTTP: the requests CodeCarbon 3.3's tracker sent
 * (shared/upstream/codecarbon-api/tracker-requests.jsonl) replayed against {@code /api/codecarbon} with an ingest token
 * in {@code x-api-token}, as the tracker sends it, and the answers the tracker and the API's clients get for bad input.
 */
class CodeCarbonRoutesTest {
    /** Bodies read and written with exact decimals, so the deltas sent are the digits CodeCarbon sent. */
    private static final ObjectMapper EXACT = CodeCarbonApi.mapper();

    @TempDir
    Path dir;

    static List<JsonNode> recorded() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(Upstream.file("codecarbon-api/tracker-requests.jsonl"))) {
            if (!line.isBlank()) out.add(EXACT.readTree(line));
        }
        return out;
    }

    static ServerHarness server(Path dir) { return new ServerHarness(dir, new CodeCarbonRoutes(Clock.systemUTC())); }

    static HttpResponse<String> post(ServerHarness h, String path, String token, String body) throws Exception {
        return h.send(h.request(CodeCarbonRoutes.ROOT + path).header("x-api-token", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Replays the recorded tracker; returns the run id the server answered. */
    static String replay(ServerHarness h, String token, List<BigDecimal> energy) throws Exception {
        String runId = null;
        for (JsonNode request : recorded()) {
            ObjectNode body = (ObjectNode) request.get("body").deepCopy();
            String path = request.get("path").asText().replaceFirst("^/api", "");
            if (path.equals("/emissions")) {
                body.put("run_id", runId);
                energy.add(new BigDecimal(body.get("energy_consumed").asText()));
            }
            HttpResponse<String> r = post(h, path, token, EXACT.writeValueAsString(body));
            assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(201);
            JsonNode id = new ObjectMapper().readTree(r.body()).get("id");
            assertThat(id.isTextual()).as(r.body()).isTrue();
            if (path.equals("/runs")) runId = id.asText();
        }
        return runId;
    }

    @Test
    void theRecordedTrackerOverHttpIsOneRunWhoseEnergyIsTheSumOfItsDeltas() throws Exception {
        try (ServerHarness h = server(dir)) {
            List<BigDecimal> deltas = new ArrayList<>();
            String runId = replay(h, h.token(ApiToken.Scope.INGEST, null, null), deltas);
            assertThat(deltas).hasSize(3);
            BigDecimal sum = deltas.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            RunTotals t = new CodeCarbonApi(h.ledger, ReferenceData.load(), Clock.systemUTC()).totals(runId, null);
            assertThat(t.deltas()).isEqualTo(3);
            assertThat(t.energyConsumedKwh()).isEqualByComparingTo(sum);
            assertThat(t.record().footprint().itEnergy().kilowattHours()).isCloseTo(sum.doubleValue(), org.assertj.core.data.Offset.offset(1e-15));

            HttpResponse<String> run = h.get("/api/v1/runs/" + runId, h.token(ApiToken.Scope.READ, null, null));
            assertThat(run.statusCode()).isEqualTo(200);
            assertThat(new ObjectMapper().readTree(run.body()).get("id").asText()).isEqualTo(runId);
        }
    }

    @Test
    void theSameDeltaSentTwiceIsStoredOnceAndAnotherBodyUnderItsKeyIs409() throws Exception {
        try (ServerHarness h = server(dir)) {
            String token = h.token(ApiToken.Scope.INGEST, null, null);
            String runId = replay(h, token, new ArrayList<>());
            ObjectNode again = (ObjectNode) recorded().get(1).get("body").deepCopy();
            again.put("run_id", runId);
            HttpResponse<String> retry = post(h, "/emissions", token, EXACT.writeValueAsString(again));
            assertThat(retry.statusCode()).isEqualTo(201);
            assertThat(h.ledger.codeCarbonApi().deltas(runId)).hasSize(3);
            again.put("energy_consumed", new BigDecimal("0.5"));
            ErrorBodies.assertError(post(h, "/emissions", token, EXACT.writeValueAsString(again)), 409, "conflict");
            assertThat(h.ledger.codeCarbonApi().deltas(runId)).hasSize(3);
        }
    }

    @Test
    void aTrackerWithoutAnIngestTokenIsRefusedAndNothingIsStored() throws Exception {
        try (ServerHarness h = server(dir)) {
            String body = EXACT.writeValueAsString(recorded().get(0).get("body"));
            ErrorBodies.assertError(h.send(h.request(CodeCarbonRoutes.ROOT + "/runs").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build()), 401, "unauthorized");
            ErrorBodies.assertError(post(h, "/runs", "wp_000000000000_not-a-token", body), 401, "unauthorized");
            ErrorBodies.assertError(post(h, "/runs", h.token(ApiToken.Scope.READ, null, null), body), 403, "forbidden");
            assertThat(h.ledger.runs().list(new io.wattprint.ledger.RunQuery(null, null, null, null))).isEmpty();
        }
    }

    @Test
    void badBodiesAre400NamingWhatIsWrongAndAnUnknownRunIs404() throws Exception {
        try (ServerHarness h = server(dir)) {
            String token = h.token(ApiToken.Scope.INGEST, null, null);
            JsonNode notJson = ErrorBodies.assertError(post(h, "/runs", token, "{\"experiment_id\": "), 400, "bad_request");
            assertThat(notJson.get("error").get("message").asText()).contains("not valid JSON", "line 1");
            ErrorBodies.assertError(post(h, "/runs", token, ""), 400, "bad_request");

            String runId = replay(h, token, new ArrayList<>());
            ObjectNode negative = (ObjectNode) recorded().get(2).get("body").deepCopy();
            negative.put("run_id", runId);
            negative.put("timestamp", "2026-12-07T09:18:30+00:00");
            negative.put("cpu_energy", new BigDecimal("-1"));
            JsonNode e = ErrorBodies.assertError(post(h, "/emissions", token, EXACT.writeValueAsString(negative)), 400, "invalid_field");
            assertThat(e.get("error").get("message").asText()).contains("cpu_energy");
            assertThat(h.ledger.codeCarbonApi().deltas(runId)).hasSize(3);

            negative.put("cpu_energy", new BigDecimal("0.000001"));
            negative.put("run_id", "00000000-0000-0000-0000-00000000dead");
            ErrorBodies.assertError(post(h, "/emissions", token, EXACT.writeValueAsString(negative)), 404, "not_found");
        }
    }

    @Test
    void theSetUpEndpointsOfTheCodecarbonCliAnswerWithTheTokensTeam() throws Exception {
        try (ServerHarness h = server(dir)) {
            String nlp = h.token(ApiToken.Scope.INGEST, "nlp", null);
            HttpResponse<String> made = post(h, "/projects", nlp, "{\"name\": \"bert\", \"description\": \"NLP\", \"organization_id\": \"org-1\"}");
            assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            String projectId = new ObjectMapper().readTree(made.body()).get("id").asText();
            HttpResponse<String> mine = h.send(h.request(CodeCarbonRoutes.ROOT + "/projects/" + projectId).header("x-api-token", nlp).GET().build());
            assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
            String vision = h.token(ApiToken.Scope.INGEST, "vision", null);
            ErrorBodies.assertError(h.send(h.request(CodeCarbonRoutes.ROOT + "/projects/" + projectId).header("x-api-token", vision)
                    .GET().build()), 404, "not_found");
            HttpResponse<String> check = h.send(h.request(CodeCarbonRoutes.ROOT + "/auth/check").header("x-api-token", nlp).GET().build());
            assertThat(check.statusCode()).isEqualTo(200);
            assertThat(check.body()).contains("nlp");
        }
    }
}
