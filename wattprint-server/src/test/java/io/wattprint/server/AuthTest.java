package io.wattprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.ledger.ApiToken;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens over real HTTP: missing, unknown, revoked, expired, wrong scope, and both headers. */
class AuthTest {
    /** A POST route of the ingest kind, as the CodeCarbon and agent routes will be. */
    static final Routes INGEST_ROUTE = routes -> routes.post("/test/ingest", Need.INGEST,
            ctx -> ctx.status(201).result("{\"bytes\":" + ctx.bodyAsBytes().length + "}"));

    @TempDir
    Path dir;

    @Test
    void noTokenIs401WithWwwAuthenticate() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            HttpResponse<String> r = h.get("/api/v1/runs/abc", null);
            ErrorBodies.assertError(r, 401, "unauthorized");
            assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        }
    }

    @Test
    void anUnknownOrMalformedTokenIs401() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            ErrorBodies.assertError(h.get("/api/v1/runs/abc", "wp_000000000000_" + "A".repeat(43)), 401, "unauthorized");
            ErrorBodies.assertError(h.get("/api/v1/runs/abc", "hunter2"), 401, "unauthorized");
        }
    }

    @Test
    void aRevokedTokenIs401() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            var issued = h.ledger.tokens().create(ApiToken.Scope.READ, null, null, null, Instant.now(), null);
            h.run("run-1", "nlp", "bert");
            assertThat(h.get("/api/v1/runs/run-1", issued.secret()).statusCode()).isEqualTo(200);
            h.ledger.tokens().revoke(issued.token().id(), Instant.now());
            HttpResponse<String> r = h.get("/api/v1/runs/run-1", issued.secret());
            ErrorBodies.assertError(r, 401, "unauthorized");
            assertThat(r.body()).contains("is revoked");
        }
    }

    @Test
    void anExpiredTokenIs401() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            Instant now = Instant.now();
            String secret = h.ledger.tokens().create(ApiToken.Scope.READ, null, null, null, now.minusSeconds(120), now.minusSeconds(60)).secret();
            HttpResponse<String> r = h.get("/api/v1/runs/run-1", secret);
            ErrorBodies.assertError(r, 401, "unauthorized");
            assertThat(r.body()).contains("is expired");
        }
    }

    @Test
    void anIngestTokenCannotReadAndAReadTokenCannotIngest() throws Exception {
        try (ServerHarness h = new ServerHarness(dir, INGEST_ROUTE)) {
            h.run("run-1", "nlp", "bert");
            String ingest = h.token(ApiToken.Scope.INGEST, null, null);
            String read = h.token(ApiToken.Scope.READ, null, null);
            HttpResponse<String> r = h.get("/api/v1/runs/run-1", ingest);
            ErrorBodies.assertError(r, 403, "forbidden");
            assertThat(r.body()).contains("scope ingest").contains("read or admin");
            ErrorBodies.assertError(h.send(post(h, "/test/ingest", read, "{}")), 403, "forbidden");
            assertThat(h.send(post(h, "/test/ingest", ingest, "{}")).statusCode()).isEqualTo(201);
        }
    }

    @Test
    void anAdminTokenReadsAndIngests() throws Exception {
        try (ServerHarness h = new ServerHarness(dir, INGEST_ROUTE)) {
            h.run("run-1", "nlp", "bert");
            String admin = h.token(ApiToken.Scope.ADMIN, null, null);
            assertThat(h.get("/api/v1/runs/run-1", admin).statusCode()).isEqualTo(200);
            assertThat(h.send(post(h, "/test/ingest", admin, "{\"a\":1}")).body()).isEqualTo("{\"bytes\":7}");
        }
    }

    @Test
    void theXApiTokenHeaderThatCodeCarbonSendsIsAccepted() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            h.run("run-1", "nlp", "bert");
            String read = h.token(ApiToken.Scope.READ, null, null);
            HttpResponse<String> r = h.send(h.request("/api/v1/runs/run-1").header("x-api-token", read).GET().build());
            assertThat(r.statusCode()).isEqualTo(200);
        }
    }

    static HttpRequest post(ServerHarness h, String path, String token, String body) {
        return h.request(path).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
