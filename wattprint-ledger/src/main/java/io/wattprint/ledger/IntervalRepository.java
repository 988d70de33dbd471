package io.wattprint.ledger;

import io.wattprint.core.model.EnergyInterval;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The energy intervals of runs ({@code intervals}): appended as the meter samples, read whole, summed
 * by the hour, or summed by the hour for a facility's runs. Append-only: an interval whose run,
 * component and start are already stored is ignored, so re-sending a batch after a lost
 * acknowledgement is safe. Instants are stored to the microsecond.
 *
 * <p>Calls are serialised on the ledger's connection. Failures surface as {@link LedgerException}.
 */
public final class IntervalRepository {
    private static final Comparator<EnergyInterval> BY_START =
            Comparator.comparing(EnergyInterval::start).thenComparing(EnergyInterval::component);
    private static final String ALL = "SELECT " + IntervalRow.SELECT + " FROM intervals WHERE run_id = ?";
    // Per component, provenance and UTC hour of the start (the first 13 characters of the fixed-width text).
    private static final String HOURLY = "SELECT component, provenance_kind, provenance_method, "
            + "MIN(start_ts), MAX(end_ts), SUM(energy_j) FROM intervals WHERE run_id = ? "
            + "GROUP BY component, provenance_kind, provenance_method, substr(start_ts, 1, 13)";
    private static final String AT_FACILITY = "SELECT i.run_id, i.component, i.provenance_kind, i.provenance_method, "
            + "MIN(i.start_ts), MAX(i.end_ts), SUM(i.energy_j) FROM intervals i JOIN runs r ON r.id = i.run_id "
            + "WHERE r.facility = ? AND i.start_ts >= ? AND i.start_ts < ? "
            + "GROUP BY i.run_id, i.component, i.provenance_kind, i.provenance_method, substr(i.start_ts, 1, 13)";
    private static final String RUNS_AT_FACILITY = "r.facility = ? AND EXISTS (SELECT 1 FROM intervals i "
            + "WHERE i.run_id = r.id AND i.start_ts >= ? AND i.start_ts < ?)";

    private final Connection c;
    private final String ledger;

    IntervalRepository(Connection connection, String ledger) {
        this.c = connection;
        this.ledger = ledger;
    }

    /** Appends energy intervals to a run in one transaction and one batch; returns how many were new. */
    public int append(String runId, List<EnergyInterval> xs) {
        Objects.requireNonNull(xs, "intervals");
        if (xs.isEmpty()) return 0;
        synchronized (c) {
            return Sql.transaction(c, ledger, "append intervals to run " + runId, c -> {
                RunRow.requireRun(c, runId, ledger);
                try (PreparedStatement ps = c.prepareStatement(IntervalRow.APPEND)) {
                    for (EnergyInterval x : xs) {
                        IntervalRow.bind(ps, runId, x);
                        ps.addBatch();
                    }
                    return Sql.added(ps.executeBatch(), "intervals");
                }
            });
        }
    }

    /** A run's intervals, ordered by start, then component. */
    public List<EnergyInterval> ofRun(String runId) {
        return read("read intervals of run " + runId, ALL, runId);
    }

    /**
     * A run's intervals summed per component, provenance and UTC hour of their start: what a
     * footprint needs (factors vary by the hour at the finest) without reading every tick of a
     * long run into memory. Each sum spans its first start to its last end in that hour.
     */
    public List<EnergyInterval> hourly(String runId) {
        return read("read hourly energy of run " + runId, HOURLY, runId);
    }

    /** How many intervals a run has. */
    public long count(String runId) {
        synchronized (c) {
            return Sql.read(c, ledger, "count intervals of run " + runId, c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM intervals WHERE run_id = ?")) {
                    ps.setString(1, runId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }
            });
        }
    }

    /** A run with its energy in a span of time, summed per component, provenance and UTC hour. */
    public record RunEnergy(RunRecord record, List<EnergyInterval> hourly) {}

    /**
     * The runs of a facility (their {@code facility} column) that have intervals starting in
     * [from, to), each with those intervals summed per component, provenance and UTC hour (as
     * {@link #hourly}); ordered by start, then id. Two queries whatever the number of runs.
     */
    public List<RunEnergy> hourlyAtFacility(String facility, Instant from, Instant to) {
        Objects.requireNonNull(facility, "facility");
        String a = Timestamps.format(Timestamps.truncate(from));
        String b = Timestamps.format(Timestamps.truncate(to));
        synchronized (c) {
            return Sql.read(c, ledger, "read the runs of facility " + facility, c -> {
                Map<String, List<EnergyInterval>> byRun = new HashMap<>();
                try (PreparedStatement ps = c.prepareStatement(AT_FACILITY)) {
                    ps.setString(1, facility);
                    ps.setString(2, a);
                    ps.setString(3, b);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            byRun.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(IntervalRow.read(rs, 2));
                        }
                    }
                }
                if (byRun.isEmpty()) return List.of();
                List<RunRecord> records = RunReader.read(c,
                        new RunReader.Selection(RUNS_AT_FACILITY, List.of(facility, a, b), null, null));
                List<RunEnergy> out = new ArrayList<>();
                for (RunRecord r : records) {
                    List<EnergyInterval> xs = byRun.get(r.run().id());
                    if (xs == null) continue;   // a run whose first interval arrived between the two queries
                    xs.sort(BY_START);
                    out.add(new RunEnergy(r, List.copyOf(xs)));
                }
                out.sort(Comparator.comparing((RunEnergy e) -> e.record().run().start())
                        .thenComparing(e -> e.record().run().id()));
                return out;
            });
        }
    }

    /** The intervals a one-parameter query selects, in {@link IntervalRow#read} columns, by start then component. */
    private List<EnergyInterval> read(String what, String sql, String runId) {
        synchronized (c) {
            return Sql.read(c, ledger, what, c -> {
                List<EnergyInterval> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, runId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) out.add(IntervalRow.read(rs, 1));
                    }
                }
                // Sorted here, not by the database: the same order whatever a server's collation.
                out.sort(BY_START);
                return out;
            });
        }
    }
}
