package io.wattprint.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.wattprint.ledger.ApiToken;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.LedgerException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The wattprint HTTP server over one ledger. {@link #start} binds, registers the built-in routes and the given
 * {@link Routes}, and returns once the server accepts connections; {@link #stop} (also {@link #close}) stops it
 * gracefully: new requests get 503 {@code shutting_down}, requests in flight get up to the drain timeout to finish,
 * then the listener and the ledger are closed. The server owns the ledger from {@code start} on.
 *
 * <p>Every route goes through one wrapper: refuse while stopping, authenticate the token
 * ({@code Authorization: Bearer …} or {@code x-api-token: …}), check the route's {@link Need}, check the body
 * limit, call the handler, and turn whatever it throws into a JSON error. Nothing answers with a stack trace.
 */
public final class WattprintServer implements AutoCloseable {
    /** The request attribute holding the route template the wrapper matched. */
    private static final String ROUTE = "wattprint.route";
    /** Set on requests the wrapper counted in flight, so the request logger releases them once written. */
    private static final String COUNTED = "wattprint.inflight";

    private final Ledger ledger;
    private final ServerConfig config;
    private final HttpMetrics metrics = new HttpMetrics();
    private final AccessLog accessLog;
    private final RateLimiter rateLimiter;
    private final PrintStream diagnostics;
    private final Object lock = new Object();
    private final List<String> registered = new ArrayList<>();
    private int inFlight;
    private volatile boolean stopping;
    private boolean stopped;
    private Javalin app;

    private WattprintServer(Ledger ledger, ServerConfig config, PrintStream diagnostics) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.config = Objects.requireNonNull(config, "config");
        this.accessLog = config.accessLog() == null ? null : new AccessLog(config.accessLog());
        this.rateLimiter = new RateLimiter(config.rateLimit(), config.clock());
        this.diagnostics = diagnostics;
    }

    /**
     * Starts a server; it answers once this returns.
     *
     * @param more        route groups besides the built-in ones (health, readiness, metrics, the v1 reads: runs, run detail,
     *                    summary; agent batches and the fleet; the OpenAPI document)
     * @param diagnostics where internal errors are reported for the operator, one line each without a stack trace
     * @throws ServerStartException when the address cannot be bound (in use, not local, not permitted)
     */
    public static WattprintServer start(Ledger ledger, ServerConfig config, List<Routes> more, PrintStream diagnostics) {
        WattprintServer s = new WattprintServer(ledger, config, diagnostics);
        skipJettyMemoryProbe();
        List<Routes> all = new ArrayList<>();
        all.add(new HealthRoutes(s));
        all.add(new RunRoutes());
        all.add(new RunListRoutes(config.clock()));
        all.add(new SummaryRoutes(config.clock()));
        all.add(new AgentRoutes(config.clock()));
        all.add(new OpenApiRoutes());
        all.addAll(more);
        s.app = Javalin.create(cfg -> s.configure(cfg, all));
        try {
            s.app.start(config.bind(), config.port());
        } catch (RuntimeException e) {
            try {
                s.app.stop();
            } catch (RuntimeException ignored) {
                // the start failed; what stop says about it adds nothing
            }
            throw new ServerStartException("cannot listen on " + config.bind() + ":" + config.port() + ": " + rootMessage(e), e);
        }
        return s;
    }

    /** The port the server listens on (the one picked when the config said 0). */
    public int port() { return app.port(); }

    /** {@code http://<bind>:<port>}, {@code https://…} with TLS. */
    public String url() {
        String host = config.bind().contains(":") ? "[" + config.bind() + "]" : config.bind();
        return (config.tls() == null ? "http://" : "https://") + host + ":" + port();
    }

    public Ledger ledger() { return ledger; }

    /**
     * Every route this server serves, as {@code "GET /api/v1/runs/{id}"} (method, space, path template), in the order
     * registered: what {@code OpenApiTest} checks the served OpenAPI document against.
     */
    public List<String> routes() {
        synchronized (registered) {
            return List.copyOf(registered);
        }
    }

    /**
     * Stops gracefully and closes the ledger; a second call does nothing. New requests are refused with 503 at once;
     * those in flight get up to the config's drain timeout to finish.
     *
     * @return true when every request in flight finished within the drain timeout
     */
    public boolean stop() {
        boolean drained;
        synchronized (lock) {
            if (stopped) return true;
            stopped = true;
            stopping = true;
            long deadline = System.nanoTime() + config.drainTimeout().toNanos();
            while (inFlight > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) break;
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            drained = inFlight == 0;
        }
        try {
            app.stop();
        } finally {
            try {
                ledger.close();
            } catch (LedgerException e) {
                report("closing the ledger: " + e.getMessage());
            }
        }
        return drained;
    }

    @Override
    public void close() { stop(); }

    boolean isStopping() { return stopping; }

    HttpMetrics metrics() { return metrics; }

    private void configure(JavalinConfig cfg, List<Routes> all) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.startup.startupWatcherEnabled = false;
        cfg.http.maxRequestSize = config.maxBodyBytes();
        cfg.http.defaultContentType = "application/json";
        cfg.jetty.modifyServer(server -> server.setStopTimeout(config.drainTimeout().toMillis()));
        if (config.tls() != null) cfg.jetty.addConnector((server, http) -> Tls.connector(server, http, config));
        cfg.requestLogger.http(this::afterRequest);
        Cors.configure(cfg, config.corsOrigins(), ROUTE);
        Registry registry = new Registry(cfg);
        for (Routes r : all) r.register(registry);
        cfg.routes.exception(Exception.class, (e, ctx) -> writeError(ctx, toApiError(ctx, e)));
        cfg.routes.error(404, ctx -> {
            if (ctx.attribute(ROUTE) == null) {
                writeError(ctx, ApiError.notFound("no route " + ctx.method().name() + " " + ctx.path()));
            }
        });
    }

    /** The routes as registered by {@link Routes}: each handler wrapped once. */
    private final class Registry implements RouteRegistry {
        private final JavalinConfig cfg;

        Registry(JavalinConfig cfg) { this.cfg = cfg; }

        @Override
        public RouteRegistry get(String path, Need need, Handler handler) {
            cfg.routes.get(path, wrap(path, need, handler, false));
            synchronized (registered) {
                registered.add("GET " + path);
            }
            return this;
        }

        @Override
        public RouteRegistry post(String path, Need need, Handler handler) {
            cfg.routes.post(path, wrap(path, need, handler, true));
            synchronized (registered) {
                registered.add("POST " + path);
            }
            return this;
        }

        @Override
        public Ledger ledger() { return ledger; }
    }

    private Handler wrap(String route, Need need, Handler handler, boolean hasBody) {
        return ctx -> {
            ctx.attribute(ROUTE, route);
            if (!enter()) {
                ctx.header("Connection", "close");
                writeError(ctx, ApiError.unavailable("shutting_down", "the server is shutting down; retry against another "
                        + "instance or once it is back", 5));
                return;
            }
            ctx.attribute(COUNTED, Boolean.TRUE);
            try {
                if (need != Need.NONE) authorize(ctx, need);
                if (hasBody) {
                    long declared = ctx.req().getContentLengthLong();
                    if (declared > config.maxBodyBytes()) throw ApiError.tooLarge(config.maxBodyBytes());
                }
                handler.handle(ctx);
            } catch (Exception e) {
                writeError(ctx, toApiError(ctx, e));
            }
        };
    }

    private boolean enter() {
        synchronized (lock) {
            if (stopping) return false;
            inFlight++;
            return true;
        }
    }

    private void leave() {
        synchronized (lock) {
            inFlight--;
            lock.notifyAll();
        }
    }

    private void authorize(Context ctx, Need need) {
        String presented = presentedToken(ctx);
        if (presented == null) {
            throw ApiError.unauthorized("this route needs a token: send 'Authorization: Bearer <token>' or 'x-api-token: <token>' "
                    + "(wattprint tokens create makes one)");
        }
        ApiToken token = ledger.tokens().authenticate(presented).orElseThrow(() -> ApiError.unauthorized("the token is not valid"));
        String status = token.status(config.clock().instant());
        if (!"active".equals(status)) throw ApiError.unauthorized("the token " + token.id() + " is " + status);
        ctx.attribute(Access.ATTRIBUTE, new Access(token));
        long retryAfter = rateLimiter.acquire(token.id());
        if (retryAfter > 0) throw ApiError.rateLimited(token.id(), config.rateLimit(), retryAfter);
        if (!need.allows(token.scope())) {
            throw ApiError.forbidden("a token of scope " + token.scope().label() + " cannot call " + ctx.method().name() + " "
                    + ctx.attribute(ROUTE) + " (it needs scope " + need.scopes() + ")");
        }
    }

    /** The token of a request: {@code Authorization: Bearer <token>}, else {@code x-api-token: <token>} (CodeCarbon's header). */
    static String presentedToken(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String t = auth.substring(7).trim();
            if (!t.isEmpty()) return t;
        }
        String header = ctx.header("x-api-token");
        return header == null || header.isBlank() ? null : header.trim();
    }

    private ApiError toApiError(Context ctx, Exception e) {
        if (e instanceof ApiError a) return a;
        if (e instanceof HttpResponseException h) {
            if (h.getStatus() == 413) return ApiError.tooLarge(config.maxBodyBytes());
            return new ApiError(h.getStatus(), codeOf(h.getStatus()), h.getMessage() == null ? "HTTP " + h.getStatus() : h.getMessage());
        }
        if (e instanceof LedgerException l) {
            report(ctx.method().name() + " " + ctx.attribute(ROUTE) + ": " + l.getMessage());
            return ApiError.unavailable("ledger_unavailable", "the ledger did not answer; retry later", 5);
        }
        report("internal error on " + ctx.method().name() + " " + ctx.attribute(ROUTE) + ": " + e);
        return new ApiError(500, "internal", "internal error; the server's operator finds it in its error output");
    }

    private static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "body_too_large";
            case 503 -> "unavailable";
            default -> "http_" + status;
        };
    }

    /** Writes {@code {"error": {"code": …, "message": …}}} with the error's status and headers. */
    static void writeError(Context ctx, ApiError e) {
        ObjectNode body = Mapper.MAPPER.createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("code", e.code());
        error.put("message", e.getMessage());
        for (Map.Entry<String, String> h : e.headers().entrySet()) ctx.header(h.getKey(), h.getValue());
        ctx.status(e.status()).contentType("application/json").result(body.toString());
    }

    private void afterRequest(Context ctx, Float ms) {
        try {
            String route = ctx.attribute(ROUTE);
            if (route == null) route = "unmatched";
            int status = ctx.statusCode();
            metrics.record(ctx.method().name(), route, status, ms / 1000.0);
            if (accessLog != null) {
                accessLog.write(config.clock().instant(), ctx.method().name(), ctx.path(), route, status, ms, Access.of(ctx).tokenId());
            }
        } finally {
            if (ctx.attribute(COUNTED) != null) leave();
        }
    }

    void report(String line) {
        if (diagnostics != null) {
            diagnostics.println("wattprint serve: " + line);
            diagnostics.flush();
        }
    }

    /**
     * Jetty 12.1 sizes its padded counters by the number of object references per cache line, and without the system
     * property {@code org.eclipse.jetty.util.referencesPerCacheLine} it asks the JVM whether references are compressed
     * through the platform MBean server ({@code MemoryUtils}, jetty-util 12.1): starting JMX is about a third of a
     * second of the server's start. The answer is known without it: a heap under 32 GiB has compressed references
     * (4 bytes, 16 to a 64-byte line), a larger one 8-byte references (8 to a line). It tunes padding against false
     * sharing only; a value set by the user is kept.
     */
    static void skipJettyMemoryProbe() {
        String key = "org.eclipse.jetty.util.referencesPerCacheLine";
        if (System.getProperty(key) == null) {
            boolean compressed = Runtime.getRuntime().maxMemory() < 32L * 1024 * 1024 * 1024;
            System.setProperty(key, compressed ? "16" : "8");
        }
    }

    /** Jackson's mapper, made on the first error: building it is a tenth of a second that start-up need not pay. */
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
