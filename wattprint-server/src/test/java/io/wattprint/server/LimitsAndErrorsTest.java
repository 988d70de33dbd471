package io.wattprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.ledger.ApiToken;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The body limit (413) and what a failing handler answers (500, JSON, no stack trace). */
class LimitsAndErrorsTest {
    private static final long LIMIT = 1024;

    @TempDir
    Path dir;

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        try (ServerHarness h = new ServerHarness(dir, LIMIT, AuthTest.INGEST_ROUTE)) {
            String token = h.token(ApiToken.Scope.INGEST, null, null);
            assertThat(h.send(AuthTest.post(h, "/test/ingest", token, "x".repeat((int) LIMIT))).body()).isEqualTo("{\"bytes\":1024}");
            HttpResponse<String> r = h.send(AuthTest.post(h, "/test/ingest", token, "x".repeat((int) LIMIT + 1)));
            ErrorBodies.assertError(r, 413, "body_too_large");
            assertThat(r.body()).contains("1024 bytes").contains("--max-body");
        }
    }

    @Test
    void aStreamedBodyWithoutContentLengthOverTheLimitIs413() throws Exception {
        try (ServerHarness h = new ServerHarness(dir, LIMIT, AuthTest.INGEST_ROUTE)) {
            String token = h.token(ApiToken.Scope.INGEST, null, null);
            byte[] big = new byte[(int) LIMIT * 4];
            HttpRequest chunked = h.request("/test/ingest").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
            ErrorBodies.assertError(h.send(chunked), 413, "body_too_large");
        }
    }

    @Test
    void aFailingHandlerAnswers500InJsonWithoutAStackTrace() throws Exception {
        Routes failing = routes -> routes.get("/test/fail", Need.NONE, ctx -> {
            throw new IllegalStateException("boom in the handler");
        });
        try (ServerHarness h = new ServerHarness(dir, failing)) {
            HttpResponse<String> r = h.get("/test/fail", null);
            ErrorBodies.assertError(r, 500, "internal");
            assertThat(r.body()).doesNotContain("boom").doesNotContain("IllegalState");
            assertThat(h.diagnostics()).contains("internal error on GET /test/fail").contains("boom in the handler");
            assertThat(h.diagnostics().lines()).as("one line, no stack frames").hasSize(1);
        }
    }
}
