package io.wattprint.ledger;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.ComponentEnergy;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Phase;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.core.quantity.Energy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Reads runs with their outcome, tags and latest footprint in a fixed number of queries, however
 * many runs match: one for the runs joined to their outcome and latest footprint, one for the
 * explanation patterns of those footprints ({@link ExplanationRow}, one per {@value Dictionary#IN_BATCH} distinct
 * patterns), one for their tags and one for their footprint components, all keyed by the runs' integer
 * surrogates. A ledger of 100,000 runs is read in four round trips, not 300,001.
 *
 * <p>Without a limit, the tag and component queries select their runs by the same condition as
 * the first ({@code rid IN (SELECT r.rid FROM runs r WHERE ...)}): no ids travel back to the
 * database. Nothing is updated or deleted, so a run stored between the queries only adds rows,
 * which are ignored. With a limit, a run stored in between could change which runs are the
 * newest, so the ids read by the first query are sent back instead, {@value #IN_BATCH} at a
 * time (well below SQLite's and PostgreSQL's parameter limits): 2 + 2 × ⌈runs / 500⌉ queries,
 * bounded by the limit, not by the size of the ledger.
 *
 * <p>Components are matched to the footprint version the first query read (a version and its
 * components are stored in one transaction), so a footprint recomputed meanwhile never mixes in.
 */
final class RunReader {
    /** Which runs: a condition on {@code runs r}, its parameters, and an order and limit (both optional). */
    record Selection(String where, List<?> params, String orderBy, Integer limit) {
        Selection {
            Objects.requireNonNull(where, "where");
            params = List.copyOf(params);
        }

        String tail() {
            if (limit == null) return orderBy == null ? "" : " ORDER BY " + orderBy;
            return (orderBy == null ? "" : " ORDER BY " + orderBy) + " LIMIT " + limit.intValue();
        }
    }

    // A run brought up to date by an import (run_updates) ends at its latest update's end; its figures
    // are the footprint version written with that update, the latest.
    // The latest footprint is the one with the highest seq; (rid, seq) is the primary key, so
    // the correlated MAX is an index lookup on both databases.
    private static final String RUNS = "SELECT r.rid, r.id, r.idempotency_key, r.workload, r.project, r.team, r.model, "
            + "r.model_version, r.phase, r.host, r.zone, r.cloud_region, r.facility, r.start_ts, r.command, "
            + "COALESCE((SELECT MAX(u.end_ts) FROM run_updates u WHERE u.rid = r.rid), o.end_ts) AS end_ts, "
            + "o.status, o.exit_code, "
            + "f.seq, f.computed_at, f.it_energy_j, f.facility_energy_j, f.pue, f.pue_basis, f.co2e_g, f.factor_zone, "
            + "f.factor_g_per_kwh, f.factor_year, f.factor_source, f.dataset, f.measured_share, f.explanation_id, f.explanation_values "
            + "FROM runs r LEFT JOIN run_outcomes o ON o.rid = r.rid "
            + "LEFT JOIN footprints f ON f.rid = r.rid "
            + "AND f.seq = (SELECT MAX(m.seq) FROM footprints m WHERE m.rid = r.rid)";

    private static final String TAGS = "SELECT t.rid, t.tag, t.value FROM run_tags t WHERE t.rid IN (%s)";

    // Every stored version's components, in key order (a run's in its order); only those of the version read first
    // are kept.
    private static final String COMPONENTS = "SELECT c.rid, c.seq, c.component, c.provenance_kind, "
            + "c.provenance_method, c.energy_j FROM footprint_components c WHERE c.rid IN (%s) ORDER BY c.rid, c.seq, c.ordinal";

    static final int IN_BATCH = 500;

    private RunReader() {}

    /** The selected runs, in the selection's order. */
    static List<RunRecord> read(Connection c, Selection s) throws SQLException {
        Map<Long, Row> rows = new LinkedHashMap<>();
        List<Long> explanationIds = new ArrayList<>();
        Canon canon = new Canon();
        query(c, RUNS + " WHERE " + s.where() + s.tail(), s.params(), rs -> {
            Row row = new Row(run(rs, canon), Sql.getInt(rs, "seq"), footprint(rs, canon));
            if (row.seq != null) {
                row.explanationId = rs.getLong("explanation_id");
                row.explanationValues = rs.getString("explanation_values");
                explanationIds.add(row.explanationId);
            }
            rows.put(rs.getLong("rid"), row);
        });
        if (rows.isEmpty()) return List.of();
        Map<Long, String> patterns = ExplanationRow.patterns(c, explanationIds);
        RowHandler tags = rs -> {
            Row row = rows.get(rs.getLong(1));
            if (row != null) row.tags.put(canon.of(rs.getString(2)), canon.of(rs.getString(3)));
        };
        // A ledger holds a few components and provenances, repeated by every run: each parsed once.
        Map<String, Component> componentOf = new HashMap<>();
        Map<List<String>, Provenance> provenanceOf = new HashMap<>();
        RowHandler components = rs -> {
            Row row = rows.get(rs.getLong(1));
            if (row != null && row.seq != null && row.seq == rs.getInt(2)) {
                Component component = componentOf.computeIfAbsent(rs.getString(3), Component::parse);
                String kind = rs.getString(4);
                String method = rs.getString(5);
                Provenance provenance = provenanceOf.computeIfAbsent(List.of(kind, method),
                        k -> Provenance.of(Provenance.Kind.valueOf(kind), method));
                row.components.add(new ComponentEnergy(component, provenance, Energy.ofJoules(rs.getDouble(6))));
            }
        };
        if (s.limit() == null) {
            String ids = "SELECT r.rid FROM runs r WHERE " + s.where();
            query(c, String.format(TAGS, ids), s.params(), tags);
            query(c, String.format(COMPONENTS, ids), s.params(), components);
        } else {
            List<Long> ids = new ArrayList<>(rows.keySet());
            for (int from = 0; from < ids.size(); from += IN_BATCH) {
                List<Long> batch = ids.subList(from, Math.min(ids.size(), from + IN_BATCH));
                String marks = String.join(", ", Collections.nCopies(batch.size(), "?"));
                query(c, String.format(TAGS, marks), batch, tags);
                query(c, String.format(COMPONENTS, marks), batch, components);
            }
        }
        List<RunRecord> out = new ArrayList<>(rows.size());
        for (Row row : rows.values()) out.add(row.record(patterns));
        return out;
    }

    /**
     * The floor of {@link #read} for a selection without a limit: its four statements, every column of every row read
     * as a string, no record built. Returns how many values were read. For the list benchmark's ratio.
     */
    static long scan(Connection c, Selection s) throws SQLException {
        long[] values = new long[1];
        List<Long> explanationIds = new ArrayList<>();
        RowHandler all = rs -> {
            for (int i = 1, n = rs.getMetaData().getColumnCount(); i <= n; i++) {
                if (rs.getString(i) != null) values[0]++;
            }
        };
        query(c, RUNS + " WHERE " + s.where() + s.tail(), s.params(), rs -> {
            all.accept(rs);
            if (rs.getString("seq") != null) explanationIds.add(rs.getLong("explanation_id"));
        });
        values[0] += ExplanationRow.patterns(c, explanationIds).size();
        String ids = "SELECT r.rid FROM runs r WHERE " + s.where();
        query(c, String.format(TAGS, ids), s.params(), all);
        query(c, String.format(COMPONENTS, ids), s.params(), all);
        return values[0];
    }

    /** A run as read so far; tags and components are added by the later queries. */
    private static final class Row {
        final Run run;
        final Integer seq;
        final StoredFootprint footprint;
        final Map<String, String> tags = new TreeMap<>();
        final List<ComponentEnergy> components = new ArrayList<>(2);
        long explanationId;
        String explanationValues;

        Row(Run run, Integer seq, StoredFootprint footprint) {
            this.run = run;
            this.seq = seq;
            this.footprint = footprint;
        }

        RunRecord record(Map<Long, String> patterns) {
            Workload w = run.workload();
            Workload tagged = new Workload(w.name(), w.project(), w.team(), w.model(), w.modelVersion(), w.phase(), tags);
            Run r = new Run(run.id(), run.idempotencyKey(), tagged, run.host(), run.location(), run.start(), run.end(),
                    run.status(), run.exitCode(), run.command());
            StoredFootprint f = footprint;
            if (f != null) {
                f = new StoredFootprint(f.computedAt(), f.itEnergy(), f.facilityEnergy(), f.pue(), f.pueBasis(), f.co2e(),
                        f.factorZone(), f.factorGramsPerKwh(), f.factorYear(), f.factorSource(), f.dataset(),
                        f.measuredShare(), components, ExplanationRow.lines(patterns.get(explanationId), explanationValues));
            }
            return new RunRecord(r, f);
        }
    }

    @FunctionalInterface
    private interface RowHandler {
        void accept(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, List<?> params, RowHandler handler) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) handler.accept(rs);
            }
        }
    }

    private static Run run(ResultSet rs, Canon canon) throws SQLException {
        Workload workload = new Workload(canon.of(rs.getString("workload")), canon.of(rs.getString("project")),
                canon.of(rs.getString("team")), canon.of(rs.getString("model")), canon.of(rs.getString("model_version")),
                Phase.parse(rs.getString("phase")).orElse(null), Map.of());
        Location location = canon.location(rs.getString("zone"), rs.getString("cloud_region"), rs.getString("facility"));
        String status = rs.getString("status");
        return new Run(rs.getString("id"), rs.getString("idempotency_key"), workload, canon.of(rs.getString("host")), location,
                Timestamps.parse(rs.getString("start_ts")), Timestamps.parse(rs.getString("end_ts")),
                status == null ? RunStatus.RUNNING : RunStatus.valueOf(status), Sql.getInt(rs, "exit_code"),
                canon.of(rs.getString("command")));
    }

    /**
     * One instance of each repeated text and location of a read: runs share a few projects, teams, hosts, zones and
     * factor sources, and a list of 100,000 runs then holds each once, not 100,000 times (less to keep, less for the
     * garbage collector to copy while the list grows).
     */
    static final class Canon {
        private final Map<String, String> texts = new HashMap<>();
        private final Map<List<String>, Location> locations = new HashMap<>();

        String of(String text) {
            if (text == null) return null;
            String seen = texts.putIfAbsent(text, text);
            return seen == null ? text : seen;
        }

        Location location(String zone, String cloudRegion, String facility) {
            return locations.computeIfAbsent(Arrays.asList(zone, cloudRegion, facility), k -> new Location(of(zone),
                    of(cloudRegion), of(facility)));
        }
    }

    /** The latest footprint's columns of the row, without its components and explanation; null when the run has none. */
    private static StoredFootprint footprint(ResultSet rs, Canon canon) throws SQLException {
        if (Sql.getInt(rs, "seq") == null) return null;
        return FootprintRow.read(rs, List.of(), List.of(), canon::of);
    }
}
