package io.wattprint.server;

import io.wattprint.ledger.RunQuery;
import io.wattprint.ledger.RunRecord;
import io.wattprint.report.ReportJson;
import io.wattprint.report.view.RunSummaryView;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /api/v1/runs} (scope read): the runs of {@code wattprint runs list}, each as {@code runs list --json}
 * writes it ({@link RunSummaryView}, the one JSON writer), a page at a time: {@code {"runs": […], "next": "…"|null}}.
 *
 * <p>Filters: {@code project}, {@code team}, {@code model}, {@code since}, {@code until} (read as the CLI reads
 * {@code --since}/{@code --until}). Order: newest start first, ties by higher id (the order of {@code runs list}).
 * Paging is by keyset: {@code next} is an opaque cursor holding the last run's (start, id), and the next page is the
 * runs strictly after it in that order, so a page never repeats or skips a run, whatever is stored meanwhile (a run
 * stored older than the cursor appears on a later page). {@code limit}: 1 to {@value #MAX_LIMIT}, default
 * {@value #DEFAULT_LIMIT}. A token restricted to a team or project is filtered in the query itself, so its pages are
 * full; a filter naming another team or project than the token's gives an empty list (as a name with no runs does).
 */
final class RunListRoutes implements Routes {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    static final Set<String> PARAMS = Set.of("project", "team", "model", "since", "until", "limit", "cursor");
    /** The cursor's version, so that a later form can be told apart from this one. */
    private static final String CURSOR_V1 = "1";

    private final Clock clock;

    RunListRoutes(Clock clock) { this.clock = clock; }

    /** A page of runs as the route writes it. */
    record RunPage(List<RunSummaryView> runs, String next) {}

    @Override
    public void register(RouteRegistry routes) {
        routes.get("/api/v1/runs", Need.READ, ctx -> {
            QueryParams p = QueryParams.of(ctx, PARAMS);
            Access access = Access.of(ctx);
            String project = p.text("project");
            String team = p.text("team");
            String model = p.text("model");
            Instant since = p.time("since", clock);
            Instant until = p.time("until", clock);
            if (since != null && until != null && until.isBefore(since)) {
                throw ApiError.badRequest("invalid value for until: '" + p.text("until") + "' (" + until + ") is before since '"
                        + p.text("since") + "' (" + since + ")");
            }
            int limit = p.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
            RunQuery.After after = p.text("cursor") == null ? null : decode(p.text("cursor"));
            boolean outside = (access.team() != null && team != null && !team.equals(access.team()))
                    || (access.project() != null && project != null && !project.equals(access.project()));
            if (outside) {
                ctx.contentType("application/json").result(ReportJson.text(new RunPage(List.of(), null)));
                return;
            }
            // The token's restriction is part of the query: pages are full, and nothing of another tenant is read.
            RunQuery q = new RunQuery(access.project() != null ? access.project() : project, since, until, limit + 1, model, null)
                    .withTeam(access.team() != null ? access.team() : team)
                    .withAfter(after);
            List<RunRecord> found = routes.ledger().runs().list(q);
            List<RunRecord> page = found.size() > limit ? found.subList(0, limit) : found;
            String next = null;
            if (found.size() > limit) {
                RunRecord last = page.get(page.size() - 1);
                next = encode(new RunQuery.After(last.run().start(), last.run().id()));
            }
            ctx.contentType("application/json").result(ReportJson.text(new RunPage(page.stream().map(RunSummaryView::of).toList(), next)));
        });
    }

    /** The opaque cursor: base64url of {@code 1 <start> <id>} (the id may hold spaces: it is last). */
    static String encode(RunQuery.After a) {
        String text = CURSOR_V1 + " " + a.start() + " " + a.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static RunQuery.After decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            String[] parts = text.split(" ", 3);
            if (parts.length == 3 && parts[0].equals(CURSOR_V1) && !parts[2].isEmpty()) {
                return new RunQuery.After(Instant.parse(parts[1]), parts[2]);
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // said below
        }
        throw ApiError.badRequest("invalid value for cursor: '" + cursor + "' (expected the 'next' value of a previous page, unchanged)");
    }
}
