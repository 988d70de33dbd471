package io.wattprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.testkit.RestartablePg;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** /readyz over a PostgreSQL ledger: 503 with Retry-After while the database is down, 200 again once it is back. */
class PostgresReadinessTest {
    @Test
    void readyzFollowsTheDatabase() throws Exception {
        try (RestartablePg pg = RestartablePg.start();
             ServerHarness h = new ServerHarness(pg.url(), ServerConfig.DEFAULT_MAX_BODY)) {
            assertThat(h.get("/readyz", null).statusCode()).isEqualTo(200);
            pg.stop();
            HttpResponse<String> down = h.get("/readyz", null);
            ErrorBodies.assertError(down, 503, "ledger_unavailable");
            assertThat(down.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(h.get("/healthz", null).statusCode()).as("alive while not ready").isEqualTo(200);
            pg.restart();
            assertThat(h.get("/readyz", null).statusCode()).as("the ledger reconnects").isEqualTo(200);
        }
    }
}
