package io.wattprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.ledger.ApiToken;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /metrics in the Prometheus text format, and the JSON access log. */
class MetricsAndAccessLogTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** A sample line of the text format 0.0.4: name, optional labels, a value. */
    private static final Pattern SAMPLE = Pattern.compile(
            "[a-zA-Z_:][a-zA-Z0-9_:]*(\\{[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\]|\\\\.)*\"(,[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\]|\\\\.)*\")*\\})? "
                    + "(-?[0-9.eE+-]+|NaN|\\+Inf|-Inf)( -?[0-9]+)?");

    @TempDir
    Path dir;

    @Test
    void metricsAreTheTextFormatWithRouteTemplatesNotIds() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            String read = h.token(ApiToken.Scope.READ, null, null);
            h.get("/api/v1/runs/run-secret-id-1", read);
            h.get("/api/v1/runs/run-secret-id-2", read);
            h.get("/healthz", null);
            HttpResponse<String> r = h.get("/metrics", null);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain; version=0.0.4");
            List<String> samples = new ArrayList<>();
            for (String line : r.body().split("\n")) {
                if (line.isEmpty()) continue;
                if (line.startsWith("#")) {
                    assertThat(line).matches("# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .+");
                } else {
                    assertThat(line).matches(SAMPLE);
                    samples.add(line);
                }
            }
            assertThat(r.body()).contains("# TYPE wattprint_http_requests_total counter")
                    .contains("# TYPE wattprint_http_request_duration_seconds histogram")
                    .doesNotContain("run-secret-id");
            assertThat(samples).contains("wattprint_http_requests_total{method=\"GET\",route=\"/api/v1/runs/{id}\",status=\"404\"} 2.0",
                    "wattprint_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"} 1.0");
            assertThat(samples).anyMatch(s -> s.equals("wattprint_http_request_duration_seconds_bucket{method=\"GET\","
                    + "route=\"/api/v1/runs/{id}\",status=\"404\",le=\"+Inf\"} 2"));
        }
    }

    @Test
    void theAccessLogHasOneJsonLinePerRequestWithTheTokenIdNeverTheSecretNorTheQuery() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            var issued = h.ledger.tokens().create(ApiToken.Scope.READ, null, null, null, java.time.Instant.now(), null);
            h.get("/api/v1/runs/abcd?api_key=hunter2", issued.secret());
            h.get("/healthz", null);
            h.server.stop();
            String[] lines = h.accessLog.toString().split("\n");
            assertThat(lines).hasSize(2);
            JsonNode first = MAPPER.readTree(lines[0]);
            assertThat(first.fieldNames()).toIterable().containsExactly("time", "method", "path", "route", "status", "duration_ms", "token");
            assertThat(first.get("method").asText()).isEqualTo("GET");
            assertThat(first.get("path").asText()).isEqualTo("/api/v1/runs/abcd");
            assertThat(first.get("route").asText()).isEqualTo("/api/v1/runs/{id}");
            assertThat(first.get("status").asInt()).isEqualTo(404);
            assertThat(first.get("duration_ms").asDouble()).isPositive();
            assertThat(first.get("token").asText()).isEqualTo(issued.token().id());
            assertThat(h.accessLog.toString()).doesNotContain(issued.secret().substring(17)).doesNotContain("hunter2");
            JsonNode second = MAPPER.readTree(lines[1]);
            assertThat(second.has("token")).isFalse();
            assertThat(second.get("status").asInt()).isEqualTo(200);
        }
    }
}
