package io.wattprint.ledger;

import io.wattprint.core.model.Location;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;

/**
 * The one place a run's own rows are bound: {@code runs}, its {@code run_tags} and its {@code run_outcomes}.
 * A run stored alone ({@link RunRepository}) and runs stored in a batch ({@link RunBatch}) use the same
 * statements and the same binding, so both paths write the same columns the same way.
 */
final class RunRow {
    /**
     * A run already stored under its id or idempotency key is not stored again (0 rows). The last parameter is the
     * run's integer surrogate ({@code rid}, from {@link #newKeys}), what its intervals are keyed by.
     */
    static final String INSERT = "INSERT INTO runs (id, idempotency_key, workload, project, team, "
            + "model, model_version, phase, host, zone, cloud_region, facility, start_ts, command, rid) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    static final String INSERT_TAG = "INSERT INTO run_tags (rid, tag, value) VALUES (?, ?, ?)";
    /** A run closed already keeps its outcome (0 rows): the first close stands. */
    static final String INSERT_OUTCOME = "INSERT INTO run_outcomes (rid, end_ts, status, exit_code) "
            + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";

    private RunRow() {}

    /** Sets the parameters of {@link #INSERT} for one run, with its surrogate {@code rid}. */
    static void bind(PreparedStatement ps, Run run, long rid) throws SQLException {
        Workload w = run.workload();
        Location l = run.location();
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
        ps.setString(13, Timestamps.format(run.start()));
        Sql.setText(ps, 14, run.command());
        ps.setLong(15, rid);
    }

    /**
     * {@code n} surrogates for runs about to be stored, inside the caller's write transaction. SQLite: after the
     * largest stored one (the transaction holds the write lock from its start, so no other writer takes them).
     * PostgreSQL: from the sequence {@code runs_rid_seq}. A run that turns out to be stored already leaves its number
     * unused: surrogates are unique, not dense.
     */
    static long[] newKeys(Connection c, int n) throws SQLException {
        long[] keys = new long[n];
        if (n == 0) return keys;
        if (c.isWrapperFor(org.sqlite.SQLiteConnection.class)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(rid), 0) FROM runs");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                long last = rs.getLong(1);
                for (int i = 0; i < n; i++) keys[i] = last + 1 + i;
            }
            return keys;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT nextval('runs_rid_seq') FROM generate_series(1, ?)")) {
            ps.setInt(1, n);
            try (ResultSet rs = ps.executeQuery()) {
                for (int i = 0; i < n; i++) {
                    rs.next();
                    keys[i] = rs.getLong(1);
                }
            }
        }
        return keys;
    }

    /** Adds one {@link #INSERT_TAG} batch entry per tag (a null value is stored empty); returns how many. */
    static int addTags(PreparedStatement ps, long rid, Map<String, String> tags) throws SQLException {
        for (Map.Entry<String, String> t : tags.entrySet()) {
            ps.setLong(1, rid);
            ps.setString(2, t.getKey());
            ps.setString(3, t.getValue() == null ? "" : t.getValue());
            ps.addBatch();
        }
        return tags.size();
    }

    /** Sets the parameters of {@link #INSERT_OUTCOME}. */
    static void bindOutcome(PreparedStatement ps, long rid, Instant end, RunStatus status, Integer exitCode)
            throws SQLException {
        ps.setLong(1, rid);
        ps.setString(2, Timestamps.format(end));
        ps.setString(3, status.name());
        Sql.setInt(ps, 4, exitCode);
    }

    /** The id stored under an idempotency key; null when none is. */
    static String idForKey(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM runs WHERE idempotency_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The run's surrogate and start; a missing run is the caller's error. */
    static Stored requireRun(Connection c, String runId, String ledger) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT rid, start_ts FROM runs WHERE id = ?")) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new LedgerException("no run " + runId + " in ledger " + ledger);
                return new Stored(rs.getLong(1), Timestamps.parse(rs.getString(2)));
            }
        }
    }

    /** A stored run's surrogate (what its own rows are keyed by) and start. */
    record Stored(long rid, Instant start) {}
}
