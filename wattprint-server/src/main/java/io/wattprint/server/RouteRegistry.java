package io.wattprint.server;

import io.javalin.http.Handler;

/**
 * Where {@link Routes} add their routes. A path is a Javalin path template ({@code /api/v1/runs/{id}}); the
 * template, never the path with its ids, labels the route in the metrics and the access log.
 */
public interface RouteRegistry {
    /** A GET route; {@code need} is usually {@link Need#READ}. */
    RouteRegistry get(String path, Need need, Handler handler);

    /** A POST route; {@code need} is usually {@link Need#INGEST}. Its body is limited to the server's {@code --max-body}. */
    RouteRegistry post(String path, Need need, Handler handler);

    /** The ledger the server was started with, for handlers to read and write. */
    io.wattprint.ledger.Ledger ledger();
}
