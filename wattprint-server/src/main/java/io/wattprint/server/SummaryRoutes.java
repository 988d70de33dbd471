package io.wattprint.server;

import io.wattprint.report.ReportJson;
import io.wattprint.report.summary.Summary;
import io.wattprint.report.summary.SummaryData;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * {@code GET /api/v1/summary?by=project|team|model|phase&from=&to=&decimals=} (scope read): the figures of
 * {@code wattprint report summary --format json}, computed by the same code ({@link SummaryData#read}) and written by
 * the same JSON writer, so an unrestricted token gets the bytes the CLI prints (without its final newline). A token
 * restricted to a team or project gets the summary of its runs only ({@link SummaryData#readRestricted}), without
 * the provider-reported block (cloud accounts' figures belong to no team).
 */
final class SummaryRoutes implements Routes {
    static final Set<String> PARAMS = Set.of("by", "from", "to", "decimals");

    private final Clock clock;

    SummaryRoutes(Clock clock) { this.clock = clock; }

    @Override
    public void register(RouteRegistry routes) {
        routes.get("/api/v1/summary", Need.READ, ctx -> {
            QueryParams p = QueryParams.of(ctx, PARAMS);
            String byText = p.text("by");
            if (byText == null) throw ApiError.badRequest("missing parameter by (expected project, team, model or phase)");
            Summary.By by = parseBy(byText);
            Instant from = p.time("from", clock);
            Instant to = p.time("to", clock);
            if (from != null && to != null && !to.isAfter(from)) {
                throw ApiError.badRequest("invalid value for to: '" + p.text("to") + "' (" + to + ") must be after from '"
                        + p.text("from") + "' (" + from + ")");
            }
            Integer decimals = p.text("decimals") == null ? null
                    : p.integer("decimals", Summary.MIN_DECIMALS, Summary.MIN_DECIMALS, Summary.MAX_DECIMALS);
            Access a = Access.of(ctx);
            SummaryData data = a.team() == null && a.project() == null
                    ? SummaryData.read(routes.ledger(), by, decimals, from, to)
                    : SummaryData.readRestricted(routes.ledger(), by, decimals, from, to, a.team(), a.project());
            ctx.contentType("application/json").result(ReportJson.text(data));
        });
    }

    private static Summary.By parseBy(String text) {
        for (Summary.By b : Summary.By.values()) {
            if (b.label().equals(text.trim().toLowerCase(Locale.ROOT))) return b;
        }
        throw ApiError.badRequest("invalid value for by: '" + text + "' (expected project, team, model or phase)");
    }
}
