package io.wattprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.ledger.ApiToken;
import io.wattprint.testkit.RestartablePg;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ledger that does not answer: every API route (not only /readyz) answers 503 {@code ledger_unavailable} with
 * {@code Retry-After}, in JSON, without a stack trace; the operator gets one line.
 */
class LedgerDownTest {
    @TempDir
    Path dir;

    @Test
    void aClosedSqliteLedgerIs503WithRetryAfterOnEveryApiRoute() throws Exception {
        Routes reading = routes -> routes.get("/test/ledger", Need.NONE, ctx -> ctx.result(String.valueOf(routes.ledger().runs().byId("x"))));
        try (ServerHarness h = new ServerHarness(dir, reading, new CodeCarbonRoutes(java.time.Clock.systemUTC()))) {
            String read = h.token(ApiToken.Scope.READ, null, null);
            String ingest = h.token(ApiToken.Scope.INGEST, null, null);
            h.ledger.close();
            assertDown(h.get("/api/v1/runs/some-run", read));
            assertDown(h.send(AuthTest.post(h, "/api/codecarbon/runs", ingest, "{}")));
            assertDown(h.get("/test/ledger", null));
            assertDown(h.get("/readyz", null));
            assertThat(h.get("/healthz", null).statusCode()).isEqualTo(200);
            assertThat(h.diagnostics()).contains("GET /test/ledger: ");
            ErrorBodies.assertNoStackTrace(h.diagnostics());
        }
    }

    @Test
    void aStoppedPostgresqlIs503WithRetryAfterAndTheRoutesAnswerOnceItIsBack() throws Exception {
        try (RestartablePg pg = RestartablePg.start();
             ServerHarness h = new ServerHarness(pg.url(), ServerConfig.DEFAULT_MAX_BODY, new CodeCarbonRoutes(java.time.Clock.systemUTC()))) {
            String read = h.ledger.tokens().create(ApiToken.Scope.READ, null, null, "r", Instant.now(), null).secret();
            String ingest = h.ledger.tokens().create(ApiToken.Scope.INGEST, null, null, "i", Instant.now(), null).secret();
            assertThat(h.get("/api/v1/runs/none", read).statusCode()).isEqualTo(404);
            pg.stop();
            assertDown(h.get("/api/v1/runs/none", read));
            assertDown(h.send(AuthTest.post(h, "/api/codecarbon/runs", ingest, "{}")));
            pg.restart();
            assertThat(h.get("/api/v1/runs/none", read).statusCode()).as("the ledger reconnects").isEqualTo(404);
        }
    }

    private static void assertDown(HttpResponse<String> r) throws Exception {
        ErrorBodies.assertError(r, 503, "ledger_unavailable");
        assertThat(r.headers().firstValue("Retry-After")).hasValue("5");
    }
}
