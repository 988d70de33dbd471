package io.wattprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Graceful stop: a request in flight finishes, a new one is refused, the ledger is closed afterwards. */
class ShutdownTest {
    @TempDir
    Path dir;

    @Test
    void aRequestInFlightFinishesAndNewOnesGet503WhileStopping() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Routes blocking = routes -> routes.get("/test/block", Need.NONE, ctx -> {
            entered.countDown();
            if (!release.await(20, TimeUnit.SECONDS)) throw new IllegalStateException("never released");
            ctx.result("{\"done\":true}");
        });
        ServerHarness h = new ServerHarness(dir, blocking);
        CompletableFuture<HttpResponse<String>> inFlight = h.client.sendAsync(h.request("/test/block").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(h.server::stop);
        while (!h.server.isStopping()) Thread.onSpinWait();
        HttpResponse<String> refused = h.get("/healthz", null);
        ErrorBodies.assertError(refused, 503, "shutting_down");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(stopped).isNotDone();

        release.countDown();
        HttpResponse<String> finished = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(finished.statusCode()).isEqualTo(200);
        assertThat(finished.body()).isEqualTo("{\"done\":true}");
        assertThat(stopped.get(10, TimeUnit.SECONDS)).as("drained within the timeout").isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(h.ledger::ping).as("the ledger is closed")
                .isInstanceOf(io.wattprint.ledger.LedgerException.class);
    }

    @Test
    void stopIsIdempotent() {
        ServerHarness h = new ServerHarness(dir);
        assertThat(h.server.stop()).isTrue();
        assertThat(h.server.stop()).isTrue();
    }
}
