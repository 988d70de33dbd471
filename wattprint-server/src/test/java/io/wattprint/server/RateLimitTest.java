package io.wattprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.ledger.ApiToken;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-token rate limit: a token bucket refilled from the server's clock (a manual one here: no sleeps). */
class RateLimitTest {
    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(Instant.now());

    private ServerHarness harness(RateLimit limit) {
        return new ServerHarness(dir.resolve("ledger.db").toString(), c -> c.withClock(clock).withRateLimit(limit),
                ServerConfig.DEFAULT_MAX_BODY);
    }

    @Test
    void aTokenOverItsBurstGets429WithRetryAfterAndTheJsonError() throws Exception {
        try (ServerHarness h = harness(new RateLimit(2, 3))) {
            String read = h.token(ApiToken.Scope.READ, null, null);
            for (int i = 0; i < 3; i++) assertThat(h.get("/api/v1/runs/r" + i, read).statusCode()).as("request %d of the burst", i).isEqualTo(404);
            HttpResponse<String> limited = h.get("/api/v1/runs/r3", read);
            ErrorBodies.assertError(limited, 429, "rate_limited");
            // empty bucket, 2 a second: the next request is 0.5 s away, said in whole seconds
            assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(limited.body()).contains("rate limit of 2 requests a second (bursts of 3, wattprint serve --rate-limit); retry in 1 s")
                    .doesNotContain(read.substring(16));
        }
    }

    @Test
    void theBucketRefillsWithTheClockAtTheConfiguredRate() throws Exception {
        try (ServerHarness h = harness(new RateLimit(0.25, 1))) {
            String read = h.token(ApiToken.Scope.READ, null, null);
            assertThat(h.get("/api/v1/runs/a", read).statusCode()).isEqualTo(404);
            HttpResponse<String> limited = h.get("/api/v1/runs/a", read);
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After")).as("one request every 4 s").hasValue("4");
            clock.advance(Duration.ofMillis(3_000));
            HttpResponse<String> still = h.get("/api/v1/runs/a", read);
            assertThat(still.statusCode()).isEqualTo(429);
            assertThat(still.headers().firstValue("Retry-After")).as("0.75 of a request refilled, 1 s to go").hasValue("1");
            clock.advance(Duration.ofMillis(1_000));
            assertThat(h.get("/api/v1/runs/a", read).statusCode()).as("refilled after 4 s").isEqualTo(404);
            assertThat(h.get("/api/v1/runs/a", read).statusCode()).isEqualTo(429);
        }
    }

    @Test
    void eachTokenHasItsOwnBucket() throws Exception {
        try (ServerHarness h = harness(new RateLimit(1, 1))) {
            String first = h.token(ApiToken.Scope.READ, null, null);
            String second = h.token(ApiToken.Scope.READ, null, null);
            assertThat(h.get("/api/v1/runs/a", first).statusCode()).isEqualTo(404);
            assertThat(h.get("/api/v1/runs/a", first).statusCode()).isEqualTo(429);
            assertThat(h.get("/api/v1/runs/a", second).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void healthReadinessAndMetricsAreNotLimited() throws Exception {
        try (ServerHarness h = harness(new RateLimit(1, 1))) {
            for (int i = 0; i < 5; i++) {
                assertThat(h.get("/healthz", null).statusCode()).isEqualTo(200);
                assertThat(h.get("/readyz", null).statusCode()).isEqualTo(200);
                assertThat(h.get("/metrics", null).statusCode()).isEqualTo(200);
            }
        }
    }

    @Test
    void aRateOfZeroLimitsNothing() throws Exception {
        try (ServerHarness h = harness(RateLimit.OFF)) {
            String read = h.token(ApiToken.Scope.READ, null, null);
            for (int i = 0; i < 20; i++) assertThat(h.get("/api/v1/runs/a", read).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void theDefaultIsFiftyASecondWithBurstsOfAHundred() {
        assertThat(ServerConfig.defaults().rateLimit()).isEqualTo(new RateLimit(50, 100));
        RateLimiter limiter = new RateLimiter(ServerConfig.defaults().rateLimit(), clock);
        int allowed = 0;
        for (int i = 0; i < 150; i++) if (limiter.acquire("t") == 0) allowed++;
        assertThat(allowed).isEqualTo(100);
        clock.advance(Duration.ofMillis(100));   // 0.1 s at 50/s: 5 more
        allowed = 0;
        for (int i = 0; i < 10; i++) if (limiter.acquire("t") == 0) allowed++;
        assertThat(allowed).isEqualTo(5);
    }

    @Test
    void concurrentRequestsOfOneTokenTakeExactlyTheBurst() throws Exception {
        RateLimiter limiter = new RateLimiter(new RateLimit(1, 1_000), clock);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> counts = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                counts.add(pool.submit(() -> {
                    go.await();
                    int ok = 0;
                    for (int i = 0; i < 500; i++) if (limiter.acquire("shared") == 0) ok++;
                    return ok;
                }));
            }
            go.countDown();
            int total = 0;
            for (Future<Integer> f : counts) total += f.get(30, TimeUnit.SECONDS);
            assertThat(total).as("2,000 tries on a bucket of 1,000 with a frozen clock").isEqualTo(1_000);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void idleBucketsAreDroppedOnceThereAreTooMany() {
        RateLimiter limiter = new RateLimiter(new RateLimit(10, 10), clock);
        for (int i = 0; i < RateLimiter.MAX_BUCKETS; i++) limiter.acquire("token-" + i);
        assertThat(limiter.size()).isEqualTo(RateLimiter.MAX_BUCKETS);
        clock.advance(Duration.ofSeconds(1));   // every bucket has refilled to full: idle
        limiter.acquire("one-more");
        assertThat(limiter.size()).as("the full buckets swept, the new one kept").isEqualTo(1);
        assertThat(limiter.acquire("token-1")).as("a swept bucket starts full again").isZero();
    }

    @Test
    void bucketsInUseAreKeptBySweeps() {
        RateLimiter limiter = new RateLimiter(new RateLimit(1, 2), clock);
        for (int i = 0; i <= RateLimiter.MAX_BUCKETS; i++) limiter.acquire("token-" + i);
        assertThat(limiter.size()).as("no bucket full yet: none dropped").isEqualTo(RateLimiter.MAX_BUCKETS + 1);
        assertThat(limiter.acquire("token-5")).isZero();
        assertThat(limiter.acquire("token-5")).as("its use was remembered").isEqualTo(1);
    }

    @Test
    void aRateIsDescribedPerSecondOrPerMinute() {
        assertThat(new RateLimit(50, 100).describe()).isEqualTo("50 requests a second");
        assertThat(new RateLimit(2.5, 5).describe()).isEqualTo("2.5 requests a second");
        assertThat(new RateLimit(1, 1).describe()).isEqualTo("1 request a second");
        assertThat(new RateLimit(1 / 60.0, 2).describe()).isEqualTo("1 request a minute");
        assertThat(new RateLimit(0.5, 2).describe()).isEqualTo("30 requests a minute");
        assertThat(RateLimit.OFF.describe()).isEqualTo("no limit");
    }

    @Test
    void aRateLimitRejectsNonsense() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RateLimit(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RateLimit(Double.NaN, 10)).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RateLimit(5, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
