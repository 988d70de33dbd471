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
import java.util.HashMap;
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
        List<String> ids = new ArrayList<>();
        for (ImportedRun ir : insertFresh(c, runs)) ids.add(ir.run().id());
        return ids;
    }

    /** The stored run of each of these idempotency keys that has one: its id, start and current end (null when open). */
    static Map<String, RunRepository.StoredSpan> spans(Connection c, Collection<String> keys) throws SQLException {
        Map<String, RunRepository.StoredSpan> found = new HashMap<>();
        List<String> all = new ArrayList<>(new java.util.LinkedHashSet<>(keys));
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            List<String> part = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
            String marks = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT r.idempotency_key, r.id, r.start_ts, "
                    + "COALESCE((SELECT MAX(u.end_ts) FROM run_updates u WHERE u.run_id = r.id), o.end_ts) "
                    + "FROM runs r LEFT JOIN run_outcomes o ON o.run_id = r.id WHERE r.idempotency_key IN (" + marks + ")")) {
                for (int i = 0; i < part.size(); i++) ps.setString(i + 1, part.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String end = rs.getString(4);
                        found.put(rs.getString(1), new RunRepository.StoredSpan(rs.getString(2), Timestamps.parse(rs.getString(3)),
                                end == null ? null : Timestamps.parse(end)));
                    }
                }
            }
        }
        return found;
    }

    /** Which of these run ids are stored. */
    static Set<String> existingIds(Connection c, Collection<String> ids) throws SQLException {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            List<String> part = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
            String marks = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM runs WHERE id IN (" + marks + ")")) {
                for (int i = 0; i < part.size(); i++) ps.setString(i + 1, part.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    /**
     * Stores the runs not stored yet and brings stored ones up to date: a run whose key is stored is
     * an update when it ends later and lasts longer than the stored run (as now, with its updates) and
     * none of its components has less energy; it then gets the energy it adds per component as new
     * intervals over [stored end, new end], its footprint as the next version and a {@code run_updates}
     * row. A run ending when the stored one ends is a duplicate; any other is older (left as it is).
     * Runs are taken in order, so a run repeated in the list is compared with its earlier occurrence.
     */
    static RunRepository.ImportOutcome importOrUpdate(Connection c, List<ImportedRun> runs) throws SQLException {
        List<ImportedRun> fresh = insertFresh(c, runs);
        List<String> stored = new ArrayList<>(fresh.size());
        for (ImportedRun ir : fresh) stored.add(ir.run().id());
        if (fresh.size() == runs.size()) return new RunRepository.ImportOutcome(stored, List.of(), 0, 0);
        java.util.IdentityHashMap<ImportedRun, Boolean> isFresh = new java.util.IdentityHashMap<>();
        for (ImportedRun ir : fresh) isFresh.put(ir, Boolean.TRUE);
        List<ImportedRun> known = new ArrayList<>();
        for (ImportedRun ir : runs) if (!isFresh.containsKey(ir)) known.add(ir);
        List<String> keys = new ArrayList<>();
        for (ImportedRun ir : known) keys.add(ir.run().idempotencyKey());
        Map<String, RunRepository.StoredSpan> spans = spans(c, keys);
        List<String> updated = new ArrayList<>();
        long duplicates = 0, older = 0;
        for (ImportedRun ir : known) {
            RunRepository.StoredSpan s = spans.get(ir.run().idempotencyKey());
            Instant end = Timestamps.truncate(ir.run().end());
            if (s == null || s.end() == null || end.equals(s.end())) {
                duplicates++;
                continue;
            }
            if (!s.supersededBy(Timestamps.truncate(ir.run().start()), end) || !update(c, s, ir, end)) {
                older++;
                continue;
            }
            spans.put(ir.run().idempotencyKey(), new RunRepository.StoredSpan(s.id(), s.start(), end));
            updated.add(s.id());
        }
        return new RunRepository.ImportOutcome(stored, updated, duplicates, older);
    }

    /** Writes one update of a stored run; false, writing nothing, when a component would lose energy. */
    private static boolean update(Connection c, RunRepository.StoredSpan s, ImportedRun ir, Instant end) throws SQLException {
        Map<String, Double> had = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT component, SUM(energy_j) FROM intervals WHERE run_id = ? "
                + "GROUP BY component")) {
            ps.setString(1, s.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) had.put(rs.getString(1), rs.getDouble(2));
            }
        }
        Map<String, EnergyInterval> now = new java.util.LinkedHashMap<>();
        for (EnergyInterval x : ir.intervals()) {
            String k = x.component().toString();
            EnergyInterval prev = now.get(k);
            now.put(k, prev == null ? x : new EnergyInterval(prev.start(), prev.end(), prev.component(),
                    prev.energy().plus(x.energy()), prev.provenance()));
        }
        for (Map.Entry<String, Double> h : had.entrySet()) {
            double was = h.getValue();
            EnergyInterval x = now.get(h.getKey());
            double is = x == null ? 0 : x.energy().joules();
            if (is < was - tolerance(was)) return false;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO intervals (run_id, component, start_ts, end_ts, energy_j, "
                + "provenance_kind, provenance_method) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (EnergyInterval x : now.values()) {
                double was = had.getOrDefault(x.component().toString(), 0d);
                double added = x.energy().joules() - was;
                if (added <= tolerance(was)) continue;
                ps.setString(1, s.id());
                ps.setString(2, x.component().toString());
                ps.setString(3, Timestamps.format(s.end()));
                ps.setString(4, Timestamps.format(end));
                ps.setDouble(5, added);
                ps.setString(6, x.provenance().kind().name());
                ps.setString(7, x.provenance().method());
                ps.addBatch();
                n++;
            }
            if (n > 0) ps.executeBatch();
        }
        Instant at = Timestamps.truncate(ir.computedAt());
        int seq = FootprintStore.save(c, s.id(), ir.footprint(), ir.dataset(), at);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_updates (run_id, seq, end_ts, import_id, recorded_at) "
                + "VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, s.id());
            ps.setInt(2, seq);
            ps.setString(3, Timestamps.format(end));
            Sql.setText(ps, 4, ir.importId());
            ps.setString(5, Timestamps.format(at));
            ps.executeUpdate();
        }
        return true;
    }

    /** Energies read back from text and divided by a PUE differ in the last bits: a billionth is equal. */
    private static double tolerance(double joules) { return Math.abs(joules) * 1e-9 + 1e-9; }

    /** Stores the runs whose key is not stored yet (nor earlier in the list); returns them, in order. */
    private static List<ImportedRun> insertFresh(Connection c, List<ImportedRun> runs) throws SQLException {
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
        if (fresh.isEmpty()) return fresh;
        try (PreparedStatement tags = c.prepareStatement("INSERT INTO run_tags (run_id, tag, value) VALUES (?, ?, ?)");
             PreparedStatement outcomes = c.prepareStatement("INSERT INTO run_outcomes (run_id, end_ts, status, exit_code) "
                     + "VALUES (?, ?, ?, ?)");
             PreparedStatement intervals = c.prepareStatement("INSERT INTO intervals (run_id, component, start_ts, end_ts, "
                     + "energy_j, provenance_kind, provenance_method) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
             PreparedStatement footprints = c.prepareStatement(FootprintStore.INSERT_FOOTPRINT);
             PreparedStatement components = c.prepareStatement(FootprintStore.INSERT_COMPONENT)) {
            int nTags = 0, nIntervals = 0, nComponents = 0;
            for (ImportedRun ir : fresh) {
                Run run = ir.run();
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
            return fresh;
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
