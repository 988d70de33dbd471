package io.wattprint.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.wattprint.data.ReferenceData;
import io.wattprint.ingest.codecarbon.api.Caller;
import io.wattprint.ingest.codecarbon.api.CodeCarbonApi;
import io.wattprint.ingest.codecarbon.api.CodeCarbonApiException;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The CodeCarbon-compatible API under {@code /api/codecarbon} (docs/CODECARBON-API.md): what an unchanged CodeCarbon
 * tracker ({@code EmissionsTracker(save_to_api=True, api_endpoint="http://HOST:8480/api/codecarbon", api_key=TOKEN)})
 * and the {@code codecarbon} CLI's set-up commands send, answered by ingest's {@link CodeCarbonApi} with the caller's
 * token restriction. Every route needs an {@code ingest} (or {@code admin}) token, in {@code x-api-token} as CodeCarbon
 * sends it or as a Bearer token: the tracker's key is an ingest token, and the set-up reads return only the projects and
 * experiments of the token's team. The service's errors keep their status and stable code (400 {@code invalid_field}
 * naming the field, 404 {@code not_found}, 409 {@code conflict}).
 */
public final class CodeCarbonRoutes implements Routes {
    /** Where the API is served; CodeCarbon's {@code api_endpoint} is the server's URL with this path. */
    public static final String ROOT = "/api/codecarbon";

    /** The mappers, made on the first request (not when the server starts: its start-up does without Jackson). */
    private static final class Json {
        static final ObjectMapper BODIES = CodeCarbonApi.mapper();
        static final ObjectMapper OUT = new ObjectMapper();
    }

    private final Clock clock;

    /** Routes whose service reads the shipped reference data and stamps with {@code clock}. */
    public CodeCarbonRoutes(Clock clock) { this.clock = clock; }

    @Override
    public void register(RouteRegistry routes) {
        Supplier<CodeCarbonApi> api = new Supplier<>() {
            private CodeCarbonApi made;

            @Override
            public synchronized CodeCarbonApi get() {
                if (made == null) made = new CodeCarbonApi(routes.ledger(), ReferenceData.load(), clock);
                return made;
            }
        };
        routes.post(ROOT + "/runs", Need.INGEST, ctx -> created(ctx, Map.of("id", call(() -> api.get().createRun(body(ctx), caller(ctx))))));
        routes.post(ROOT + "/emissions", Need.INGEST,
                ctx -> created(ctx, Map.of("id", call(() -> api.get().addEmission(body(ctx), caller(ctx))))));
        routes.post(ROOT + "/projects", Need.INGEST, ctx -> created(ctx, call(() -> api.get().createProject(body(ctx), caller(ctx)))));
        routes.get(ROOT + "/projects", Need.INGEST, ctx -> ok(ctx, call(() -> api.get().projects(caller(ctx)))));
        routes.get(ROOT + "/projects/{id}", Need.INGEST, ctx -> ok(ctx, call(() -> api.get().project(ctx.pathParam("id"), caller(ctx)))));
        routes.get(ROOT + "/projects/{id}/experiments", Need.INGEST,
                ctx -> ok(ctx, call(() -> api.get().projectExperiments(ctx.pathParam("id"), caller(ctx)))));
        routes.post(ROOT + "/experiments", Need.INGEST,
                ctx -> created(ctx, call(() -> api.get().createExperiment(body(ctx), caller(ctx)))));
        routes.get(ROOT + "/experiments", Need.INGEST, ctx -> ok(ctx, call(() -> api.get().experiments(caller(ctx)))));
        routes.get(ROOT + "/experiments/{id}", Need.INGEST,
                ctx -> ok(ctx, call(() -> api.get().experiment(ctx.pathParam("id"), caller(ctx)))));
        routes.get(ROOT + "/auth/check", Need.INGEST, ctx -> ok(ctx, call(() -> api.get().authCheck(caller(ctx)))));
    }

    private static Caller caller(Context ctx) {
        Access a = Access.of(ctx);
        return new Caller(a.team(), a.project());
    }

    /** The request body as JSON (exact decimals, Python's NaN readable so that the service refuses it by field). */
    static JsonNode body(Context ctx) {
        String text = ctx.body();
        if (text.isBlank()) throw ApiError.badRequest("the request has no body (expected a JSON object)");
        try {
            return Json.BODIES.readTree(text);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("the request body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage());
        }
    }

    /** The service's answer, its own errors turned into the API's with the same status and code. */
    private static <T> T call(Supplier<T> s) {
        try {
            return s.get();
        } catch (CodeCarbonApiException e) {
            throw new ApiError(e.status(), e.code(), e.getMessage());
        }
    }

    private static void created(Context ctx, Object body) throws JsonProcessingException {
        ctx.status(201).contentType("application/json").result(Json.OUT.writeValueAsString(body));
    }

    private static void ok(Context ctx, Object body) throws JsonProcessingException {
        ctx.status(200).contentType("application/json").result(Json.OUT.writeValueAsString(body));
    }
}
