package io.wattprint.server;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link WattprintServer} listens.
 *
 * @param bind         address to bind (default {@code 127.0.0.1}: only this machine; {@code 0.0.0.0} for every interface)
 * @param port         TCP port; 0 picks a free one ({@link WattprintServer#port()} says which)
 * @param maxBodyBytes largest request body accepted; a larger one answers 413
 * @param drainTimeout how long {@link WattprintServer#stop()} lets requests in flight finish
 * @param accessLog    where one JSON line per request goes, or null for none
 * @param clock        the time tokens' expiry and the rate limit's refill are read from
 * @param rateLimit    the per-token rate limit ({@link RateLimit#OFF} for none)
 * @param corsOrigins  the origins a browser may call the API from (CORS); empty: none, no CORS header is ever sent
 * @param tls          the certificate and key to serve HTTPS with, or null for plain HTTP
 */
public record ServerConfig(String bind, int port, long maxBodyBytes, Duration drainTimeout, Appendable accessLog, Clock clock,
                           RateLimit rateLimit, List<String> corsOrigins, TlsIdentity tls) {
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 8480;
    /** 16 MiB: a day of one host's intervals sent in one batch fits many times. */
    public static final long DEFAULT_MAX_BODY = 16L * 1024 * 1024;
    public static final Duration DEFAULT_DRAIN = Duration.ofSeconds(10);

    public ServerConfig {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(drainTimeout, "drainTimeout");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(rateLimit, "rateLimit");
        corsOrigins = List.copyOf(corsOrigins);
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        if (maxBodyBytes < 1) throw new IllegalArgumentException("maxBodyBytes must be positive, not " + maxBodyBytes);
    }

    /**
     * The defaults: 127.0.0.1:8480, 16 MiB bodies, 10 s drain, no access log, the system clock, 50 requests a second
     * per token with bursts of 100, no CORS.
     */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_BIND, DEFAULT_PORT, DEFAULT_MAX_BODY, DEFAULT_DRAIN, null, Clock.systemUTC(),
                RateLimit.DEFAULT, List.of(), null);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(bind, p, maxBodyBytes, drainTimeout, accessLog, clock, rateLimit, corsOrigins, tls);
    }

    public ServerConfig withBind(String b) {
        return new ServerConfig(b, port, maxBodyBytes, drainTimeout, accessLog, clock, rateLimit, corsOrigins, tls);
    }

    public ServerConfig withMaxBody(long bytes) {
        return new ServerConfig(bind, port, bytes, drainTimeout, accessLog, clock, rateLimit, corsOrigins, tls);
    }

    public ServerConfig withAccessLog(Appendable log) {
        return new ServerConfig(bind, port, maxBodyBytes, drainTimeout, log, clock, rateLimit, corsOrigins, tls);
    }

    public ServerConfig withDrainTimeout(Duration d) {
        return new ServerConfig(bind, port, maxBodyBytes, d, accessLog, clock, rateLimit, corsOrigins, tls);
    }

    public ServerConfig withClock(Clock c) {
        return new ServerConfig(bind, port, maxBodyBytes, drainTimeout, accessLog, c, rateLimit, corsOrigins, tls);
    }

    public ServerConfig withRateLimit(RateLimit r) {
        return new ServerConfig(bind, port, maxBodyBytes, drainTimeout, accessLog, clock, r, corsOrigins, tls);
    }

    /** Origins (scheme://host[:port], as a browser sends them in {@code Origin}) allowed to call the API; none by default. */
    public ServerConfig withCorsOrigins(List<String> origins) {
        return new ServerConfig(bind, port, maxBodyBytes, drainTimeout, accessLog, clock, rateLimit, origins, tls);
    }

    /** Serve HTTPS with this certificate and key ({@link TlsIdentity#fromPem}); null: plain HTTP. */
    public ServerConfig withTls(TlsIdentity t) {
        return new ServerConfig(bind, port, maxBodyBytes, drainTimeout, accessLog, clock, rateLimit, corsOrigins, t);
    }
}
