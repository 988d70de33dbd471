package io.wattprint.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/**
 * Cross-origin requests from browsers (CORS, the Fetch standard's "CORS protocol"). Off by default: with no allowed
 * origin the server sends no {@code Access-Control-*} header at all and has no OPTIONS route, so a browser page of
 * another origin can neither read an answer nor get a preflight through. With {@code --cors-origin} the named
 * origins — compared exactly with the request's {@code Origin} header — get {@code Access-Control-Allow-Origin} naming
 * them (never {@code *}), {@code Vary: Origin}, and an answer to their preflight (OPTIONS with
 * {@code Access-Control-Request-Method}): 204 allowing GET and POST with the headers the API reads. A preflight from
 * any other origin is 403 {@code forbidden} without allow headers. Tokens travel in headers, never cookies, so no
 * {@code Access-Control-Allow-Credentials} is sent.
 */
final class Cors {
    static final String ALLOW_METHODS = "GET, POST";
    static final String ALLOW_HEADERS = "Authorization, Content-Type, x-api-token";
    /** How long a browser may cache a preflight answer, in seconds. */
    static final String MAX_AGE = "600";

    private Cors() {}

    static void configure(JavalinConfig cfg, List<String> origins, String routeAttribute) {
        if (origins.isEmpty()) return;
        Set<String> allowed = Set.copyOf(origins);
        cfg.routes.before(ctx -> {
            ctx.header("Vary", "Origin");
            String origin = ctx.header("Origin");
            if (origin != null && allowed.contains(origin)) {
                ctx.header("Access-Control-Allow-Origin", origin);
                ctx.header("Access-Control-Expose-Headers", "Retry-After");
            }
        });
        cfg.routes.options("/*", ctx -> preflight(ctx, allowed, routeAttribute));
    }

    private static void preflight(Context ctx, Set<String> allowed, String routeAttribute) {
        ctx.attribute(routeAttribute, "/*");
        String origin = ctx.header("Origin");
        if (origin == null || !allowed.contains(origin)) {
            WattprintServer.writeError(ctx, ApiError.forbidden("origin " + (origin == null ? "(none)" : "'" + origin + "'")
                    + " may not call this server from a browser (wattprint serve --cors-origin)"));
            return;
        }
        ctx.header("Access-Control-Allow-Methods", ALLOW_METHODS);
        ctx.header("Access-Control-Allow-Headers", ALLOW_HEADERS);
        ctx.header("Access-Control-Max-Age", MAX_AGE);
        ctx.status(204);
    }
}
