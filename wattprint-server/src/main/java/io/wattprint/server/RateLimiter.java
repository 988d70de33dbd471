package io.wattprint.server;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per API token id ({@link RateLimit}). A bucket refills when it is touched, from the time elapsed
 * on the server's clock, so no background thread is needed and each request costs one map lookup and one
 * synchronized update (O(1)). Only authenticated token ids get buckets, so a caller cannot grow the map with made-up
 * tokens; and when the map holds more than {@link #MAX_BUCKETS}, the buckets that have refilled to full are dropped
 * (a full bucket and no bucket answer the same), with the next sweep only once the map has doubled again — the
 * sweeps' cost stays O(1) a request on average.
 */
final class RateLimiter {
    /** Buckets kept before idle (full) ones are swept. */
    static final int MAX_BUCKETS = 10_000;

    private final RateLimit limit;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Object sweepLock = new Object();
    private volatile int sweepAt = MAX_BUCKETS;

    RateLimiter(RateLimit limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    /**
     * Takes one request from the token's bucket.
     *
     * @return 0 when the request may go on; else the whole seconds (at least 1) until the bucket holds a request again
     */
    long acquire(String tokenId) {
        if (limit.isOff()) return 0;
        long now = nanos(clock.instant());
        Bucket b = buckets.computeIfAbsent(tokenId, id -> new Bucket(limit.burst(), now));
        long wait = b.take(now, limit);
        if (buckets.size() > sweepAt) sweep(now);
        return wait;
    }

    /** The number of buckets held (for tests of the memory bound). */
    int size() { return buckets.size(); }

    private void sweep(long now) {
        synchronized (sweepLock) {
            if (buckets.size() <= sweepAt) return;
            for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
                if (it.next().isFull(now, limit)) it.remove();
            }
            sweepAt = Math.max(MAX_BUCKETS, buckets.size() * 2);
        }
    }

    private static long nanos(Instant t) { return t.getEpochSecond() * 1_000_000_000L + t.getNano(); }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }

        synchronized long take(long now, RateLimit limit) {
            refill(now, limit);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            double seconds = (1 - tokens) / limit.perSecond();
            return Math.max(1, (long) Math.ceil(seconds));
        }

        synchronized boolean isFull(long now, RateLimit limit) {
            refill(now, limit);
            return tokens >= limit.burst();
        }

        private void refill(long now, RateLimit limit) {
            if (now > last) {
                tokens = Math.min(limit.burst(), tokens + (now - last) / 1e9 * limit.perSecond());
                last = now;
            }
        }
    }
}
