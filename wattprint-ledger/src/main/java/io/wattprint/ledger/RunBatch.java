package io.wattprint.ledger;

import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.Workload;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Many closed runs stored at once (imports): one prepared statement per table, one batch each, one
 * transaction. What {@link RunRepository#insertRun} and {@code closeRun} do one run at a time, with
 * the same tables, idempotency and footprint versioning (an imported run's footprint is version 1).
 */
final class RunBatch {
    /** Keys are looked up this many to a query (well under SQLite's 32,766 parameters). */
    private static final int KEYS_PER_QUERY = 500;

    private RunBatch() {}

    static Set<String> existingKeys(Connection c, Collection<String> keys) throws SQLException {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            List<String> part = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
            String marks = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT idempotency_key FROM runs WHERE idempotency_key IN (" + marks + ")")) {
                for (int i = 0; i < part.size(); i++) ps.setString(i + 1, part.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    /** Stores the runs not stored yet (by idempotency key); returns the ids of those stored now, in order. */
    static List<String> insert(Connection c, List<ImportedRun> runs) throws SQLException {
        List<ImportedRun> fresh = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO runs (id, idempotency_key, workload, project, team, "
                + "model, model_version, phase, host, zone, cloud_region, facility, start_ts, command) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (ImportedRun ir : runs) {
                bindRun(ps, ir.run());
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == Statement.SUCCESS_NO_INFO) {
                    throw new SQLException("the driver did not report which runs were new");
                }
                if (counts[i] > 0) fresh.add(runs.get(i));
            }
        }
        if (fresh.isEmpty()) return List.of();
        try (PreparedStatement tags = c.prepareStatement("INSERT INTO run_tags (run_id, tag, value) VALUES (?, ?, ?)");
             PreparedStatement outcomes = c.prepareStatement("INSERT INTO run_outcomes (run_id, end_ts, status, exit_code) "
                     + "VALUES (?, ?, ?, ?)");
             PreparedStatement intervals = c.prepareStatement("INSERT INTO intervals (run_id, component, start_ts, end_ts, "
                     + "energy_j, provenance_kind, provenance_method) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
             PreparedStatement footprints = c.prepareStatement(FootprintStore.INSERT_FOOTPRINT);
             PreparedStatement components = c.prepareStatement(FootprintStore.INSERT_COMPONENT)) {
            int nTags = 0, nIntervals = 0, nComponents = 0;
            List<String> ids = new ArrayList<>(fresh.size());
            for (ImportedRun ir : fresh) {
                Run run = ir.run();
                ids.add(run.id());
                for (Map.Entry<String, String> t : run.workload().tags().entrySet()) {
                    tags.setString(1, run.id());
                    tags.setString(2, t.getKey());
                    tags.setString(3, t.getValue() == null ? "" : t.getValue());
                    tags.addBatch();
                    nTags++;
                }
                outcomes.setString(1, run.id());
                outcomes.setString(2, Timestamps.format(run.end()));
                outcomes.setString(3, run.status().name());
                Sql.setInt(outcomes, 4, run.exitCode());
                outcomes.addBatch();
                for (EnergyInterval x : ir.intervals()) {
                    intervals.setString(1, run.id());
                    intervals.setString(2, x.component().toString());
                    intervals.setString(3, Timestamps.format(x.start()));
                    intervals.setString(4, Timestamps.format(x.end()));
                    intervals.setDouble(5, x.energy().joules());
                    intervals.setString(6, x.provenance().kind().name());
                    intervals.setString(7, x.provenance().method());
                    intervals.addBatch();
                    nIntervals++;
                }
                FootprintStore.bindFootprint(footprints, run.id(), 1, ir.footprint(), ir.dataset(), Timestamps.truncate(ir.computedAt()));
                footprints.addBatch();
                nComponents += FootprintStore.addComponents(components, run.id(), 1, ir.footprint());
            }
            if (nTags > 0) tags.executeBatch();
            outcomes.executeBatch();
            if (nIntervals > 0) intervals.executeBatch();
            footprints.executeBatch();
            if (nComponents > 0) components.executeBatch();
            return ids;
        }
    }

    private static void bindRun(PreparedStatement ps, Run run) throws SQLException {
        Workload w = run.workload();
        Location l = run.location();
        Instant start = run.start();
        ps.setString(1, run.id());
        ps.setString(2, run.idempotencyKey());
        ps.setString(3, w.name());
        Sql.setText(ps, 4, w.project());
        Sql.setText(ps, 5, w.team());
        Sql.setText(ps, 6, w.model());
        Sql.setText(ps, 7, w.modelVersion());
        Sql.setText(ps, 8, w.phase() == null ? null : w.phase().label());
        Sql.setText(ps, 9, run.host());
        Sql.setText(ps, 10, l.zone());
        Sql.setText(ps, 11, l.cloudRegion());
        Sql.setText(ps, 12, l.facility());
        ps.setString(13, Timestamps.format(start));
        Sql.setText(ps, 14, run.command());
    }
}
