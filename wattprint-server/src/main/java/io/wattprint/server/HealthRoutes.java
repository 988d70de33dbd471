package io.wattprint.server;

import io.wattprint.ledger.LedgerException;

/**
 * The routes every server has, which need no token: {@code GET /healthz} (200 while the process answers),
 * {@code GET /readyz} (200 when the ledger answers a trivial query, else 503 {@code ledger_unavailable} with
 * {@code Retry-After}) and {@code GET /metrics} (Prometheus text format): the server's request counts and
 * latencies by route template and the ledger's totals by team, project, model, phase and provenance
 * ({@link LedgerMetrics}; never a run id). It needs no token, like the health checks a load balancer calls: bind to
 * 127.0.0.1 or filter it at the proxy where those totals should stay private.
 */
final class HealthRoutes implements Routes {
    private final WattprintServer server;

    HealthRoutes(WattprintServer server) { this.server = server; }

    @Override
    public void register(RouteRegistry routes) {
        routes.get("/healthz", Need.NONE, ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
        routes.get("/readyz", Need.NONE, ctx -> {
            try {
                routes.ledger().ping();
            } catch (LedgerException e) {
                throw ApiError.unavailable("ledger_unavailable", "the ledger does not answer", 5);
            }
            ctx.contentType("application/json").result("{\"status\":\"ready\"}");
        });
        routes.get("/metrics", Need.NONE, ctx -> ctx.contentType(HttpMetrics.contentType()).result(server.metrics().scrape(
                LedgerMetrics.read(routes.ledger(), why -> server.report("/metrics without the ledger's figures: " + why)))));
    }
}
