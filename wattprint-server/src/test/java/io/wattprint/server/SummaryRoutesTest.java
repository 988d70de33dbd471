package io.wattprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.ledger.ApiToken;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GET /api/v1/summary: its parameters and errors over real HTTP. That its figures are the CLI's, byte for byte, and
 * that a restricted token's summary covers only its runs, is checked against the CLI in wattprint-cli
 * ({@code ServeSummaryParityTest}).
 */
class SummaryRoutesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aReadTokenGetsTheSummaryGroupedAsAsked() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            h.run("run-nlp-1", "nlp", "bert");
            HttpResponse<String> r = h.get("/api/v1/summary?by=team&from=2026-11-01&to=2026-12-01", h.token(ApiToken.Scope.READ, null, null));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode s = MAPPER.readTree(r.body());
            assertThat(s.get("by").asText()).isEqualTo("team");
            assertThat(s.get("from").asText()).isEqualTo("2026-11-01T00:00:00Z");
            assertThat(s.get("to").asText()).isEqualTo("2026-12-01T00:00:00Z");
            assertThat(s.get("groups")).hasSize(1);
            assertThat(s.at("/groups/0/group").asText()).isEqualTo("nlp");
            assertThat(s.at("/groups/0/runs").asInt()).isEqualTo(1);
        }
    }

    @Test
    void badParametersAnswer400NamingTheParameter() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            String token = h.token(ApiToken.Scope.READ, null, null);
            String[][] cases = {
                {"", "by", "project, team, model or phase"}, {"by=host", "by", "project, team, model or phase"},
                {"by=team&from=last-week", "from", "2026-11-01"}, {"by=team&to=2026-02-30", "to", "date-time"},
                {"by=team&from=2026-11-02&to=2026-11-01", "to", "after from"},
                {"by=team&decimals=2", "decimals", "3 to 12"}, {"by=team&decimals=x", "decimals", "whole number"},
                {"by=team&format=csv", "format", "by, decimals, from, to"},
            };
            for (String[] c : cases) {
                JsonNode body = ErrorBodies.assertError(h.get("/api/v1/summary?" + c[0], token), 400, "bad_request");
                assertThat(body.get("error").get("message").asText()).as(c[0]).contains(c[1]).contains(c[2]);
            }
        }
    }

    @Test
    void anIngestTokenIsRefusedAndNoTokenIsUnauthorized() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            ErrorBodies.assertError(h.get("/api/v1/summary?by=team", h.token(ApiToken.Scope.INGEST, null, null)), 403, "forbidden");
            ErrorBodies.assertError(h.get("/api/v1/summary?by=team", null), 401, "unauthorized");
        }
    }
}
