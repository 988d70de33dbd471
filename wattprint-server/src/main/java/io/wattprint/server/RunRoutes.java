package io.wattprint.server;

import io.wattprint.ledger.FootprintRepository;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunRecord;
import io.wattprint.report.ReportJson;
import io.wattprint.report.view.FootprintVersionView;
import io.wattprint.report.view.RunDetailView;
import java.util.List;

/**
 * {@code GET /api/v1/runs/{id}} (scope read): one run as {@code wattprint runs show --json} prints it (the same
 * {@link RunDetailView} and JSON writer), without the parts that command computes in the CLI (markers, embodied
 * emissions, SCI per unit). The id is the full run id, not a prefix; a run the token may not see answers 404 with
 * the same body as an id that does not exist.
 */
final class RunRoutes implements Routes {
    @Override
    public void register(RouteRegistry routes) {
        routes.get("/api/v1/runs/{id}", Need.READ, ctx -> {
            String id = ctx.pathParam("id");
            Ledger ledger = routes.ledger();
            RunRecord found = ledger.runs().byId(id).orElse(null);
            RunRecord r = Access.of(ctx).requireVisible(found, id);
            int intervals = Math.toIntExact(ledger.intervals().count(r.run().id()));
            List<FootprintRepository.RunVersion> versions = ledger.footprints().versions(r.run().id());
            boolean updated = versions.stream().anyMatch(FootprintRepository.RunVersion::isUpdate);
            RunDetailView view = RunDetailView.of(r, intervals)
                    .with(updated ? versions.stream().map(FootprintVersionView::of).toList() : null, null, null, null);
            ctx.contentType("application/json").result(ReportJson.text(view));
        });
    }
}
