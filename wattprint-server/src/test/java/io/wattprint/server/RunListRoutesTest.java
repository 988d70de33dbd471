package io.wattprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.ledger.ApiToken;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GET /api/v1/runs over real HTTP: the filters of {@code runs list}, keyset paging (newest first, ties by id), the
 * tenancy rule inside the query (full pages), and 400s that name the parameter. The expected orders are computed
 * here from what the test stored, not by the ledger.
 */
class RunListRoutesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    @TempDir
    Path dir;

    /** A stored run: what the test knows of it, to compute the expected order independently. */
    private record Stored(String id, Instant start) {}

    /** Newest start first, ties by higher id first: the order runs list documents (ids here are ASCII). */
    private static final Comparator<Stored> NEWEST_FIRST =
            Comparator.comparing(Stored::start).reversed().thenComparing(Comparator.comparing(Stored::id).reversed());

    private static Stored store(ServerHarness h, String id, Instant start, String team, String project, String model) {
        Workload w = Workload.builder("wl-" + project).team(team).project(project).model(model).build();
        h.ledger.runs().insertRun(new Run(id, "key-" + id, w, "node-1", new Location("FR", null, null), start, null,
                RunStatus.RUNNING, null, "python train.py"));
        return new Stored(id, start);
    }

    /** Every page from the first, following next; the ids in the order served. */
    private static List<List<String>> pages(ServerHarness h, String query, String token) throws Exception {
        List<List<String>> pages = new ArrayList<>();
        String cursor = null;
        do {
            String sep = query.isEmpty() ? "?" : "?" + query + "&";
            String path = "/api/v1/runs" + (cursor == null ? (query.isEmpty() ? "" : "?" + query) : sep + "cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode body = ok(h.get(path, token));
            pages.add(ids(body));
            cursor = body.get("next").isNull() ? null : body.get("next").asText();
            assertThat(pages).as("no endless paging").hasSizeLessThan(50);
        } while (cursor != null);
        return pages;
    }

    private static JsonNode ok(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = MAPPER.readTree(r.body());
        assertThat(body.fieldNames()).toIterable().containsExactly("runs", "next");
        return body;
    }

    private static List<String> ids(JsonNode body) {
        List<String> ids = new ArrayList<>();
        body.get("runs").forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    @Test
    void pagesThrough250RunsWithLimit100InThreePagesWithNoDuplicateAndNoGap() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            List<Stored> stored = new ArrayList<>();
            // Pairs of runs share a start (i / 2), so ties are broken by id, across page boundaries too.
            for (int i = 0; i < 250; i++) stored.add(store(h, String.format("run-%03d", (i * 37) % 250), T0.plusSeconds(60L * (i / 2)), "nlp", "bert", "bert-base"));
            List<List<String>> pages = pages(h, "limit=100", h.token(ApiToken.Scope.READ, null, null));
            assertThat(pages).extracting(List::size).containsExactly(100, 100, 50);
            List<String> all = pages.stream().flatMap(List::stream).toList();
            assertThat(new HashSet<>(all)).as("no duplicate").hasSize(250);
            assertThat(all).as("no gap, newest first, ties by id").containsExactlyElementsOf(stored.stream().sorted(NEWEST_FIRST).map(Stored::id).toList());
        }
    }

    @Test
    void pagesOverPostgresqlFollowTheSameByteOrderWithTies() throws Exception {
        try (ServerHarness h = new ServerHarness(io.wattprint.testkit.EmbeddedPg.freshDatabaseUrl(), ServerConfig.DEFAULT_MAX_BODY)) {
            List<Stored> stored = new ArrayList<>();
            // Triples share a start; ids mix case and punctuation, which a locale collation orders otherwise than bytes.
            String[] prefixes = {"Run-", "run-", "run_"};
            for (int i = 0; i < 120; i++) {
                stored.add(store(h, prefixes[i % 3] + String.format("%03d", (i * 7) % 120), T0.plusSeconds(60L * (i / 3)), "nlp", "bert", "m"));
            }
            List<List<String>> pages = pages(h, "limit=50", h.token(ApiToken.Scope.READ, "nlp", null));
            assertThat(pages).extracting(List::size).containsExactly(50, 50, 20);
            assertThat(pages.stream().flatMap(List::stream).toList())
                    .containsExactlyElementsOf(stored.stream().sorted(NEWEST_FIRST).map(Stored::id).toList());
        }
    }

    @Test
    void theDefaultLimitIs100AndTheLastPageHasNoNext() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            for (int i = 0; i < 101; i++) store(h, String.format("run-%03d", i), T0.plusSeconds(i), "nlp", "bert", "m");
            String token = h.token(ApiToken.Scope.READ, null, null);
            JsonNode first = ok(h.get("/api/v1/runs", token));
            assertThat(first.get("runs")).hasSize(100);
            assertThat(first.get("next").isTextual()).isTrue();
            JsonNode last = ok(h.get("/api/v1/runs?cursor=" + first.get("next").asText(), token));
            assertThat(ids(last)).containsExactly("run-000");
            assertThat(last.get("next").isNull()).isTrue();
        }
    }

    @Test
    void pagingIsStableWhenOlderRunsAreStoredBetweenPages() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            List<Stored> original = new ArrayList<>();
            for (int i = 0; i < 250; i++) original.add(store(h, String.format("run-%03d", i), T0.plusSeconds(3600L + 60L * i), "nlp", "bert", "m"));
            String token = h.token(ApiToken.Scope.READ, null, null);
            JsonNode first = ok(h.get("/api/v1/runs?limit=100", token));
            List<String> served = new ArrayList<>(ids(first));
            // Stored meanwhile: 30 runs older than every original one (an agent catching up), and one newer.
            List<Stored> older = new ArrayList<>();
            for (int i = 0; i < 30; i++) older.add(store(h, String.format("old-%03d", i), T0.plusSeconds(i), "nlp", "bert", "m"));
            store(h, "new-001", T0.plusSeconds(86_400L * 30), "nlp", "bert", "m");
            String cursor = first.get("next").asText();
            while (cursor != null) {
                JsonNode page = ok(h.get("/api/v1/runs?limit=100&cursor=" + cursor, token));
                served.addAll(ids(page));
                cursor = page.get("next").isNull() ? null : page.get("next").asText();
            }
            List<String> expected = new ArrayList<>(original.stream().sorted(NEWEST_FIRST).map(Stored::id).toList());
            expected.addAll(older.stream().sorted(NEWEST_FIRST).map(Stored::id).toList());
            assertThat(served).as("every original run once, in order, then the older ones; the newer one is before the cursor")
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void filtersAreThoseOfRunsList() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            store(h, "a-bert-1", Instant.parse("2026-10-31T23:00:00Z"), "nlp", "bert", "bert-base");
            store(h, "b-bert-2", Instant.parse("2026-11-02T10:00:00Z"), "nlp", "bert", "bert-large");
            store(h, "c-gpt-01", Instant.parse("2026-11-03T10:00:00Z"), "nlp", "gpt", "gpt-2");
            store(h, "d-resnet", Instant.parse("2026-11-04T10:00:00Z"), "vision", "resnet", "resnet-50");
            String token = h.token(ApiToken.Scope.READ, null, null);
            assertThat(ids(ok(h.get("/api/v1/runs?project=bert", token)))).containsExactly("b-bert-2", "a-bert-1");
            assertThat(ids(ok(h.get("/api/v1/runs?team=vision", token)))).containsExactly("d-resnet");
            assertThat(ids(ok(h.get("/api/v1/runs?model=bert-large", token)))).containsExactly("b-bert-2");
            assertThat(ids(ok(h.get("/api/v1/runs?since=2026-11-01", token)))).as("since: at or after, a date is its start UTC")
                    .containsExactly("d-resnet", "c-gpt-01", "b-bert-2");
            assertThat(ids(ok(h.get("/api/v1/runs?until=2026-11-03T10:00:00Z", token)))).as("until: before")
                    .containsExactly("b-bert-2", "a-bert-1");
            assertThat(ids(ok(h.get("/api/v1/runs?since=2026-11-02&until=2026-11-04&team=nlp", token)))).containsExactly("c-gpt-01", "b-bert-2");
            assertThat(ids(ok(h.get("/api/v1/runs?project=nobody", token)))).isEmpty();
            assertThat(ids(ok(h.get("/api/v1/runs?since=3650d", token)))).as("an age before now").hasSize(4);
        }
    }

    @Test
    void eachRunCarriesTheFieldsOfRunsListJson() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            store(h, "a-bert-1", Instant.parse("2026-11-02T10:00:00Z"), "nlp", "bert", "bert-base");
            JsonNode run = ok(h.get("/api/v1/runs", h.token(ApiToken.Scope.READ, null, null))).get("runs").get(0);
            assertThat(run.fieldNames()).toIterable().containsExactly("id", "workload", "project", "team", "model", "model_version",
                    "phase", "status", "exit_code", "start", "end", "duration_s", "host", "location", "zone", "cloud_region", "facility",
                    "energy_kwh", "facility_energy_kwh", "pue", "co2e_kg", "factor_g_per_kwh", "measured_share", "tags");
            assertThat(run.get("start").asText()).isEqualTo("2026-11-02T10:00:00Z");
            assertThat(run.get("team").asText()).isEqualTo("nlp");
            assertThat(run.get("status").asText()).isEqualTo("running");
            assertThat(run.get("energy_kwh").isNull()).isTrue();
        }
    }

    @Test
    void aTeamTokenSeesOnlyItsRunsInFullPages() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            List<Stored> nlp = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                nlp.add(store(h, String.format("nlp-%03d", i), T0.plusSeconds(120L * i), "nlp", i % 2 == 0 ? "bert" : "gpt", "m"));
                store(h, String.format("cv-%03d", i), T0.plusSeconds(120L * i + 60), "vision", "resnet", "m");
            }
            String token = h.token(ApiToken.Scope.READ, "nlp", null);
            List<List<String>> pages = pages(h, "limit=100", token);
            assertThat(pages).extracting(List::size).as("full pages: the restriction is in the query").containsExactly(100, 50);
            assertThat(pages.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(nlp.stream().sorted(NEWEST_FIRST).map(Stored::id).toList());
            assertThat(ids(ok(h.get("/api/v1/runs?team=vision", token)))).as("a filter on another team finds nothing").isEmpty();
            assertThat(ids(ok(h.get("/api/v1/runs?project=resnet", token)))).isEmpty();
        }
    }

    @Test
    void aProjectTokenSeesOnlyItsProject() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            store(h, "nlp-bert", T0, "nlp", "bert", "m");
            store(h, "nlp-gpt1", T0.plusSeconds(1), "nlp", "gpt", "m");
            store(h, "cv-bert1", T0.plusSeconds(2), "vision", "bert", "m");
            String bert = h.token(ApiToken.Scope.READ, "nlp", "bert");
            assertThat(ids(ok(h.get("/api/v1/runs", bert)))).containsExactly("nlp-bert");
            assertThat(ids(ok(h.get("/api/v1/runs?project=gpt", bert)))).isEmpty();
            String anyTeamBert = h.token(ApiToken.Scope.READ, null, "bert");
            assertThat(ids(ok(h.get("/api/v1/runs", anyTeamBert)))).containsExactly("cv-bert1", "nlp-bert");
        }
    }

    @Test
    void badParametersAnswer400NamingTheParameter() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            store(h, "run-1", T0, "nlp", "bert", "m");
            String token = h.token(ApiToken.Scope.READ, null, null);
            String[][] cases = {
                {"limit=0", "limit", "1 to 1000"}, {"limit=1001", "limit", "1 to 1000"}, {"limit=ten", "limit", "whole number"},
                {"limit=", "limit", "leave the parameter out"},
                {"since=yesterday", "since", "2026-11-01"}, {"until=2026-13-01", "until", "date-time"},
                {"since=2026-11-02&until=2026-11-01", "until", "before since"},
                {"cursor=not-a-cursor", "cursor", "'next' value"}, {"cursor=" + java.util.Base64.getUrlEncoder().encodeToString("1 x run-1".getBytes(StandardCharsets.UTF_8)), "cursor", "'next' value"},
                {"projet=bert", "projet", "project"}, {"limit=5&limit=6", "limit", "more than once"},
            };
            Set<String> seen = new HashSet<>();
            for (String[] c : cases) {
                HttpResponse<String> r = h.get("/api/v1/runs?" + c[0], token);
                JsonNode body = ErrorBodies.assertError(r, 400, "bad_request");
                assertThat(body.get("error").get("message").asText()).as(c[0]).contains(c[1]).contains(c[2]);
                seen.add(c[1]);
            }
            assertThat(seen).contains("limit", "since", "until", "cursor");
        }
    }

    @Test
    void anIngestTokenIsRefusedAndNoTokenIsUnauthorized() throws Exception {
        try (ServerHarness h = new ServerHarness(dir)) {
            ErrorBodies.assertError(h.get("/api/v1/runs", h.token(ApiToken.Scope.INGEST, null, null)), 403, "forbidden");
            ErrorBodies.assertError(h.get("/api/v1/runs", null), 401, "unauthorized");
        }
    }
}
