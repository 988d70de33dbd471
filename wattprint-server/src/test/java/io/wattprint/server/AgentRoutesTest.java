package io.wattprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wattprint.ledger.ApiToken;
import io.wattprint.ledger.RunRecord;
import io.wattprint.testkit.EmbeddedPg;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/v1/agent/runs} and {@code GET /api/v1/fleet} over real HTTP on a random port: tokens, scopes,
 * tenancy, the body limit, field errors naming the field, and the same batch twice stored once. Oracles are the sums
 * of the joules sent, computed here.
 */
class AgentRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN = "7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910";

    @TempDir
    Path dir;

    /** A batch of {@code n} one-second gpu:0 intervals of 250.5 J + i/8 J, started an hour ago; closing when {@code last}. */
    static ObjectNode batch(String runId, String team, int n, boolean last) {
        Instant start = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS);
        ObjectNode b = JSON.createObjectNode();
        ObjectNode agent = b.putObject("agent");
        agent.put("version", "0.1.0");
        agent.put("host_id", "host-" + team);
        agent.put("host", "gpu-node-" + team);
        agent.putArray("gpus").addObject().put("uuid", "GPU-" + team).put("model", "NVIDIA H100 80GB HBM3");
        ObjectNode run = b.putObject("run");
        run.put("id", runId);
        run.put("workload", "bert-finetune");
        run.put("project", "bert");
        if (team != null) run.put("team", team);
        run.put("zone", "FR");
        run.put("start", start.toString());
        if (last) {
            run.put("end", start.plusSeconds(n).toString());
            run.put("status", "succeeded");
            run.put("exit_code", 0);
        }
        ArrayNode xs = b.putArray("intervals");
        for (int i = 0; i < n; i++) {
            xs.addObject().put("start", start.plusSeconds(i).toString()).put("end", start.plusSeconds(i + 1).toString())
                    .put("component", "gpu:0").put("joules", 250.5 + i / 8.0).put("provenance", "measured_counter")
                    .put("method", "nvml-total-energy");
        }
        return b;
    }

    static HttpResponse<String> post(ServerHarness h, String token, String body) throws Exception {
        HttpRequest.Builder r = h.request(AgentRoutes.BATCHES).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) r.header("Authorization", "Bearer " + token);
        return h.send(r.build());
    }

    private static double sentJoules(int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) sum += 250.5 + i / 8.0;
        return sum;
    }

    @Test
    void theSameBatchSentTwiceIsStoredOnceAndTheRunIsClosedWithItsEnergy() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            String ingest = h.token(ApiToken.Scope.INGEST, "nlp", null);
            String body = JSON.writeValueAsString(batch(RUN, "nlp", 40, true));
            HttpResponse<String> first = post(h, ingest, body);
            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            JsonNode a = JSON.readTree(first.body());
            assertThat(a.get("closed").asBoolean()).isTrue();
            assertThat(a.at("/intervals/new").asInt()).isEqualTo(40);
            HttpResponse<String> again = post(h, ingest, body);
            assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
            JsonNode b = JSON.readTree(again.body());
            assertThat(b.at("/intervals/new").asInt()).isZero();
            assertThat(b.at("/intervals/stored").asInt()).isEqualTo(40);
            assertThat(b.get("closed").asBoolean()).isFalse();
            assertThat(b.get("status").asText()).isEqualTo("succeeded");

            assertThat(h.ledger.intervals().count(RUN)).isEqualTo(40);
            RunRecord r = h.ledger.runs().byId(RUN).orElseThrow();
            assertThat(r.footprint().itEnergy().joules()).isCloseTo(sentJoules(40), org.assertj.core.api.Assertions.within(1e-9));
            assertThat(h.ledger.footprints().versions(RUN)).hasSize(1);

            // The run reads back through the v1 API as any other.
            String read = h.token(ApiToken.Scope.READ, "nlp", null);
            HttpResponse<String> shown = h.get("/api/v1/runs/" + RUN, read);
            assertThat(shown.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(shown.body()).get("intervals").asInt()).isEqualTo(40);
        }
    }

    @Test
    void aRunWithoutTeamGetsTheTokensTeamAndAnotherTeamIsForbidden() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            String nlp = h.token(ApiToken.Scope.INGEST, "nlp", null);
            assertThat(post(h, nlp, JSON.writeValueAsString(batch(RUN, null, 2, false))).statusCode()).isEqualTo(200);
            assertThat(h.ledger.runs().byId(RUN).orElseThrow().run().workload().team()).isEqualTo("nlp");

            HttpResponse<String> other = post(h, nlp, JSON.writeValueAsString(batch("run-of-vision", "vision", 2, false)));
            JsonNode e = ErrorBodies.assertError(other, 403, "forbidden");
            assertThat(e.at("/error/message").asText()).contains("run.team").contains("vision");
            assertThat(h.ledger.runs().byId("run-of-vision")).isEmpty();

            // Another tenant's existing run answers as an unknown one.
            String vision = h.token(ApiToken.Scope.INGEST, "vision", null);
            ErrorBodies.assertError(post(h, vision, JSON.writeValueAsString(batch(RUN, "vision", 2, false))), 404, "not_found");
        }
    }

    @Test
    void tokensScopesAndTheBodyLimit() throws Exception {
        try (ServerHarness h = new ServerHarness(dir, 4096)) {
            String body = JSON.writeValueAsString(batch(RUN, "nlp", 2, false));
            ErrorBodies.assertError(post(h, null, body), 401, "unauthorized");
            ErrorBodies.assertError(post(h, "wp_000000000000_" + "A".repeat(43), body), 401, "unauthorized");
            ErrorBodies.assertError(post(h, h.token(ApiToken.Scope.READ, null, null), body), 403, "forbidden");
            String ingest = h.token(ApiToken.Scope.INGEST, null, null);
            // Just over the limit: a body many times the limit is answered 413 while the client still writes it, and the
            // JDK's client then reports the closed connection (a broken pipe) instead of the answer.
            String over = body;
            for (int n = 2; over.length() <= 4096; n += 2) over = JSON.writeValueAsString(batch(RUN, "nlp", n, false));
            ErrorBodies.assertError(post(h, ingest, over), 413, "body_too_large");
            assertThat(h.ledger.runs().byId(RUN)).isEmpty();
            ErrorBodies.assertError(h.get(AgentRoutes.FLEET, ingest), 403, "forbidden");
        }
    }

    @Test
    void badFieldsAre400NamingTheFieldAndStoreNothing() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            String ingest = h.token(ApiToken.Scope.INGEST, null, null);
            JsonNode malformed = ErrorBodies.assertError(post(h, ingest, "{\"agent\": {"), 400, "bad_request");
            assertThat(malformed.at("/error/message").asText()).contains("not valid JSON");

            ObjectNode negative = batch(RUN, "nlp", 3, true);
            ((ObjectNode) negative.get("intervals").get(1)).put("joules", -4.0);
            JsonNode e1 = ErrorBodies.assertError(post(h, ingest, JSON.writeValueAsString(negative)), 400, "invalid_field");
            assertThat(e1.at("/error/message").asText()).startsWith("intervals[1].joules: ");

            String nan = JSON.writeValueAsString(batch(RUN, "nlp", 3, true)).replace("250.5,", "NaN,");
            JsonNode e2 = ErrorBodies.assertError(post(h, ingest, nan), 400, "invalid_field");
            assertThat(e2.at("/error/message").asText()).startsWith("intervals[0].joules: ");

            ObjectNode future = batch(RUN, "nlp", 3, true);
            ((ObjectNode) future.get("run")).put("end", Instant.now().plus(1, ChronoUnit.DAYS).toString());
            assertThat(ErrorBodies.assertError(post(h, ingest, JSON.writeValueAsString(future)), 400, "invalid_field")
                    .at("/error/message").asText()).startsWith("run.end: ").contains("future");

            ObjectNode old = batch(RUN, "nlp", 3, false);
            ((ObjectNode) old.get("run")).put("start", "1999-01-01T00:00:00Z");
            assertThat(ErrorBodies.assertError(post(h, ingest, JSON.writeValueAsString(old)), 400, "invalid_field")
                    .at("/error/message").asText()).startsWith("run.start: ");

            ObjectNode wrongType = batch(RUN, "nlp", 3, false);
            ((ObjectNode) wrongType.get("run")).put("exit_code", "zero");
            assertThat(ErrorBodies.assertError(post(h, ingest, JSON.writeValueAsString(wrongType)), 400, "invalid_field")
                    .at("/error/message").asText()).startsWith("run.exit_code: ");

            assertThat(h.ledger.runs().byId(RUN)).as("nothing stored").isEmpty();
            assertThat(h.ledger.fleet().hosts(null, null)).isEmpty();
        }
    }

    @Test
    void theFleetListsHostsWithTheirGpusToTheTeamsThatSentRunsFromThem() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            String admin = h.token(ApiToken.Scope.ADMIN, null, null);
            assertThat(post(h, admin, JSON.writeValueAsString(batch("run-a", "nlp", 2, true))).statusCode()).isEqualTo(200);
            assertThat(post(h, admin, JSON.writeValueAsString(batch("run-b", "vision", 2, false))).statusCode()).isEqualTo(200);

            JsonNode all = JSON.readTree(h.get(AgentRoutes.FLEET, h.token(ApiToken.Scope.READ, null, null)).body());
            assertThat(all.get("hosts")).extracting(n -> n.get("host_id").asText()).containsExactly("host-nlp", "host-vision");

            HttpResponse<String> nlp = h.get(AgentRoutes.FLEET, h.token(ApiToken.Scope.READ, "nlp", null));
            assertThat(nlp.statusCode()).isEqualTo(200);
            JsonNode hosts = JSON.readTree(nlp.body()).get("hosts");
            assertThat(hosts).hasSize(1);
            JsonNode host = hosts.get(0);
            assertThat(host.get("host").asText()).isEqualTo("gpu-node-nlp");
            assertThat(host.get("agent_version").asText()).isEqualTo("0.1.0");
            assertThat(Instant.parse(host.get("last_seen").asText())).isAfter(Instant.now().minusSeconds(60));
            assertThat(host.at("/gpus/0/uuid").asText()).isEqualTo("GPU-nlp");
            assertThat(host.at("/gpus/0/model").asText()).isEqualTo("NVIDIA H100 80GB HBM3");
            assertThat(host.at("/runs/measured").asInt()).isEqualTo(1);
            assertThat(host.at("/runs/estimated").asInt()).isZero();

            ErrorBodies.assertError(h.get(AgentRoutes.FLEET + "?team=vision", admin), 400, "bad_request");
        }
    }

    @Test
    void onPostgresqlTheSameBatchTwiceIsStoredOnce() throws Exception {
        try (ServerHarness h = new ServerHarness(EmbeddedPg.freshDatabaseUrl(), ServerConfig.DEFAULT_MAX_BODY)) {
            String ingest = h.token(ApiToken.Scope.INGEST, "nlp", null);
            String body = JSON.writeValueAsString(batch(RUN, "nlp", 30, true));
            assertThat(post(h, ingest, body).statusCode()).isEqualTo(200);
            assertThat(post(h, ingest, body).statusCode()).isEqualTo(200);
            assertThat(h.ledger.intervals().count(RUN)).isEqualTo(30);
            assertThat(h.ledger.runs().byId(RUN).orElseThrow().footprint().itEnergy().joules()).isCloseTo(sentJoules(30), org.assertj.core.api.Assertions.within(1e-9));
        }
    }
}
