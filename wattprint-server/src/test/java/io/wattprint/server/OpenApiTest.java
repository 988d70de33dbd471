package io.wattprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GET /api/openapi.json: served without a token, OpenAPI 3.1, and the same routes as the server registers, both ways
 * (a route served but not documented, or documented but not served, fails). The server is started with the route
 * groups {@code wattprint serve} passes (the CodeCarbon API).
 */
class OpenApiTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete", "head", "options");

    @TempDir
    Path dir;

    private static JsonNode served(ServerHarness h) throws Exception {
        HttpResponse<String> r = h.get("/api/openapi.json", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return MAPPER.readTree(r.body());
    }

    private static TreeSet<String> documented(JsonNode doc) {
        TreeSet<String> routes = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<String> ops = path.getValue().fieldNames(); ops.hasNext(); ) {
                String op = ops.next();
                if (METHODS.contains(op)) routes.add(op.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }
        return routes;
    }

    @Test
    void everyRegisteredRouteIsDocumentedAndEveryDocumentedRouteIsServed() throws Exception {
        try (ServerHarness h = new ServerHarness(dir, new CodeCarbonRoutes(Clock.systemUTC()))) {
            TreeSet<String> registered = new TreeSet<>(h.server.routes());
            assertThat(registered).as("the server lists what it registered").contains("GET /api/v1/runs", "GET /api/v1/runs/{id}",
                    "GET /api/v1/summary", "GET /api/openapi.json", "POST /api/codecarbon/emissions", "GET /healthz");
            TreeSet<String> documented = documented(served(h));
            TreeSet<String> undocumented = new TreeSet<>(registered);
            undocumented.removeAll(documented);
            TreeSet<String> notServed = new TreeSet<>(documented);
            notServed.removeAll(registered);
            assertThat(undocumented).as("served but not in openapi.json").isEmpty();
            assertThat(notServed).as("in openapi.json but not served").isEmpty();
        }
    }

    @Test
    void theDocumentIsOpenApi31WithBothTokenSchemesAndTheErrorSchema() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            JsonNode doc = served(h);
            assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
            JsonNode schemes = doc.at("/components/securitySchemes");
            assertThat(schemes.at("/bearer/type").asText()).isEqualTo("http");
            assertThat(schemes.at("/bearer/scheme").asText()).isEqualTo("bearer");
            assertThat(schemes.at("/apiToken/type").asText()).isEqualTo("apiKey");
            assertThat(schemes.at("/apiToken/in").asText()).isEqualTo("header");
            assertThat(schemes.at("/apiToken/name").asText()).isEqualTo("x-api-token");
            JsonNode error = doc.at("/components/schemas/Error");
            assertThat(error.at("/required/0").asText()).isEqualTo("error");
            assertThat(error.at("/properties/error/required")).extracting(JsonNode::asText).containsExactly("code", "message");
            // The routes that need no token say so; the others name the schemes.
            for (String open : List.of("/healthz", "/readyz", "/metrics", "/api/openapi.json")) {
                assertThat(doc.at("/paths/" + open.replace("/", "~1") + "/get/security")).as(open).isEmpty();
            }
            assertThat(doc.at("/paths/~1api~1v1~1runs/get/security").toString()).contains("bearer").contains("apiToken");
        }
    }

    @Test
    void everyReferenceInTheDocumentResolves() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            JsonNode doc = served(h);
            List<String> refs = new ArrayList<>();
            collectRefs(doc, refs);
            assertThat(refs).isNotEmpty();
            for (String ref : refs) {
                assertThat(ref).startsWith("#/");
                assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
            }
        }
    }

    @Test
    void theDocumentListsExactlyTheRunsListParametersTheRouteTakes() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            JsonNode doc = served(h);
            TreeSet<String> runs = new TreeSet<>();
            doc.at("/paths/~1api~1v1~1runs/get/parameters").forEach(p -> runs.add(p.get("name").asText()));
            assertThat(runs).isEqualTo(new TreeSet<>(RunListRoutes.PARAMS));
            TreeSet<String> summary = new TreeSet<>();
            doc.at("/paths/~1api~1v1~1summary/get/parameters").forEach(p -> summary.add(p.get("name").asText()));
            assertThat(summary).isEqualTo(new TreeSet<>(SummaryRoutes.PARAMS));
        }
    }

    private static void collectRefs(JsonNode n, List<String> out) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) out.add(e.getValue().asText());
                else collectRefs(e.getValue(), out);
            });
        } else if (n.isArray()) {
            n.forEach(c -> collectRefs(c, out));
        }
    }
}
