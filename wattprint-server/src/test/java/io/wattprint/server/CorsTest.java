package io.wattprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.ledger.ApiToken;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CORS: off by default (no header, no preflight), and only for the origins named with --cors-origin. */
class CorsTest {
    private static final String DASHBOARD = "https://dash.example.org";
    private static final String OTHER = "https://evil.example.net";

    @TempDir
    Path dir;

    private ServerHarness harness(List<String> origins) {
        return new ServerHarness(dir.resolve("ledger.db").toString(), c -> c.withCorsOrigins(origins), ServerConfig.DEFAULT_MAX_BODY);
    }

    @Test
    void offByDefaultNoAccessControlHeaderOnAnyAnswer() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            assertThat(ServerConfig.defaults().corsOrigins()).isEmpty();
            String read = h.token(ApiToken.Scope.READ, null, null);
            assertNoCorsHeaders(h.send(h.request("/healthz").header("Origin", DASHBOARD).GET().build()));
            assertNoCorsHeaders(h.send(h.request("/api/v1/runs/x").header("Origin", DASHBOARD)
                    .header("Authorization", "Bearer " + read).GET().build()));
        }
    }

    @Test
    void offByDefaultAPreflightIsNotAnswered() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            HttpResponse<String> r = h.send(preflight(h, DASHBOARD));
            assertThat(r.statusCode()).isEqualTo(404);
            assertNoCorsHeaders(r);
        }
    }

    @Test
    void aNamedOriginGetsItsOwnOriginBackAndAPreflightAnswer() throws Exception {
        try (ServerHarness h = harness(List.of(DASHBOARD, "http://localhost:3000"))) {
            String read = h.token(ApiToken.Scope.READ, null, null);
            HttpResponse<String> get = h.send(h.request("/api/v1/runs/x").header("Origin", DASHBOARD)
                    .header("Authorization", "Bearer " + read).GET().build());
            assertThat(get.statusCode()).isEqualTo(404);
            assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).hasValue(DASHBOARD);
            assertThat(get.headers().allValues("Vary")).contains("Origin");
            assertThat(get.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();

            HttpResponse<String> pre = h.send(preflight(h, DASHBOARD));
            assertThat(pre.statusCode()).isEqualTo(204);
            assertThat(pre.headers().firstValue("Access-Control-Allow-Origin")).hasValue(DASHBOARD);
            assertThat(pre.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, POST");
            assertThat(pre.headers().firstValue("Access-Control-Allow-Headers")).hasValue("Authorization, Content-Type, x-api-token");
            assertThat(pre.headers().firstValue("Access-Control-Max-Age")).hasValue("600");
        }
    }

    @Test
    void anOriginNotNamedGetsNoAllowHeadersAndItsPreflightIs403() throws Exception {
        try (ServerHarness h = harness(List.of(DASHBOARD))) {
            HttpResponse<String> get = h.send(h.request("/healthz").header("Origin", OTHER).GET().build());
            assertThat(get.statusCode()).isEqualTo(200);
            assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            HttpResponse<String> pre = h.send(preflight(h, OTHER));
            ErrorBodies.assertError(pre, 403, "forbidden");
            assertThat(pre.body()).contains(OTHER).contains("--cors-origin");
            assertThat(pre.headers().map().keySet()).noneMatch(k -> k.toLowerCase().startsWith("access-control-allow"));
        }
    }

    private static HttpRequest preflight(ServerHarness h, String origin) {
        return h.request("/api/v1/runs/x").header("Origin", origin).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization").method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
    }

    private static void assertNoCorsHeaders(HttpResponse<String> r) {
        for (Map.Entry<String, List<String>> e : r.headers().map().entrySet()) {
            assertThat(e.getKey().toLowerCase()).as("header %s", e.getKey()).doesNotStartWith("access-control-");
        }
    }
}
