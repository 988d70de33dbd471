package io.wattprint.ledger;

import io.wattprint.core.model.RunMarker;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The phase changes and marks of runs ({@code run_markers}), set by the workload through the Java API.
 * Append-only: a marker already stored (same run, instant, type and label) is ignored, so a spool replay
 * after a crash adds nothing twice.
 *
 * <p>Calls are serialised on the ledger's connection. Failures surface as {@link LedgerException}.
 */
public final class MarkerRepository {
    private final Connection c;
    private final String ledger;

    MarkerRepository(Connection connection, String ledger) {
        this.c = connection;
        this.ledger = ledger;
    }

    /** Appends markers to a run in one transaction; returns how many were new. */
    public int append(String runId, List<RunMarker> markers) {
        Objects.requireNonNull(markers, "markers");
        if (markers.isEmpty()) return 0;
        synchronized (c) {
            return Sql.transaction(c, ledger, "append markers to run " + runId, c -> {
                RunRow.requireRun(c, runId, ledger);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_markers (run_id, at_ts, type, label, value) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                    for (RunMarker m : markers) {
                        ps.setString(1, runId);
                        ps.setString(2, Timestamps.format(m.at()));
                        ps.setString(3, m.type().name());
                        ps.setString(4, m.label());
                        if (m.value() == null) ps.setNull(5, java.sql.Types.BIGINT);
                        else ps.setLong(5, m.value());
                        ps.addBatch();
                    }
                    return Sql.added(ps.executeBatch(), "markers");
                }
            });
        }
    }

    /** A run's markers in time order (then type, then label). */
    public List<RunMarker> ofRun(String runId) {
        synchronized (c) {
            return Sql.read(c, ledger, "read markers of run " + runId, c -> {
                List<RunMarker> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT at_ts, type, label, value FROM run_markers WHERE run_id = ?")) {
                    ps.setString(1, runId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            long v = rs.getLong(4);
                            Long value = rs.wasNull() ? null : v;
                            out.add(new RunMarker(Timestamps.parse(rs.getString(1)), RunMarker.Type.valueOf(rs.getString(2)),
                                    rs.getString(3), value));
                        }
                    }
                }
                out.sort(Comparator.comparing(RunMarker::at).thenComparing(RunMarker::type).thenComparing(RunMarker::label));
                return out;
            });
        }
    }
}
