package io.wattprint.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/openapi.json} (no token): the OpenAPI 3.1 document of every route the server serves, written by
 * hand ({@code openapi.json} beside this class) and checked against the registered routes by {@code OpenApiTest}.
 */
final class OpenApiRoutes implements Routes {
    static final String RESOURCE = "openapi.json";

    @Override
    public void register(RouteRegistry routes) {
        String doc = document();
        routes.get("/api/openapi.json", Need.NONE, ctx -> ctx.contentType("application/json").result(doc));
    }

    static String document() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the OpenAPI document " + RESOURCE + " is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
