package io.wattprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /healthz and /readyz over real HTTP on a free port. */
class HealthRoutesTest {
    @TempDir
    Path dir;

    @Test
    void healthzAnswers200WithoutAToken() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            HttpResponse<String> r = h.get("/healthz", null);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("{\"status\":\"ok\"}");
        }
    }

    @Test
    void readyzAnswers200WhileTheLedgerAnswers() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            HttpResponse<String> r = h.get("/readyz", null);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("{\"status\":\"ready\"}");
        }
    }

    @Test
    void readyzAnswers503WithRetryAfterWhenTheLedgerDoesNotAnswer() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            h.ledger.close();   // the connection is gone: what a deleted file or a stopped database looks like to the server
            HttpResponse<String> r = h.get("/readyz", null);
            ErrorBodies.assertError(r, 503, "ledger_unavailable");
            assertThat(r.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(h.get("/healthz", null).statusCode()).as("the process still lives").isEqualTo(200);
        }
    }

    @Test
    void anUnknownPathIsAJson404() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            ErrorBodies.assertError(h.get("/nope?token=secret", null), 404, "not_found");
        }
    }
}
