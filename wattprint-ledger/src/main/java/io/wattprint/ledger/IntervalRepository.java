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
 * <p>Stored as integers ({@link IntervalRow}): the run's surrogate, the start in epoch microseconds and a component id
 * as the key of a {@code WITHOUT ROWID} table on SQLite, the length, joules and a provenance id beside it.
 *
 * <p>Calls are serialised on the ledger's connection. Failures surface as {@link LedgerException}.
 */
public final class IntervalRepository {
    private static final Comparator<EnergyInterval> BY_START =
            Comparator.comparing(EnergyInterval::start).thenComparing(EnergyInterval::component);
    /** The run's surrogate, for a query taking the run's public id. */
    private static final String RUN = "(SELECT rid FROM runs WHERE id = ?)";
    private static final String ALL = "SELECT " + IntervalRow.SELECT + " FROM intervals i" + IntervalRow.LABELS
            + " WHERE i.rid = " + RUN;
    /** The UTC hour of an interval's start (floor division, also before 1970). */
    private static final String HOUR = "((i.start_us - CASE WHEN i.start_us < 0 THEN 3599999999 ELSE 0 END) / 3600000000)";
    // Per component, provenance and UTC hour of the start; the sums on integer ids, then their labels.
    private static final String HOURLY = "SELECT c.name, p.kind, p.method, h.s, h.e, h.j FROM (SELECT i.component, "
            + "i.provenance, MIN(i.start_us) AS s, MAX(i.start_us + i.span_us) AS e, SUM(i.energy_j) AS j FROM intervals i "
            + "WHERE i.rid = " + RUN + " GROUP BY i.component, i.provenance, " + HOUR + ") h "
            + "JOIN interval_components c ON c.id = h.component JOIN interval_provenances p ON p.id = h.provenance";
    private static final String AT_FACILITY = "SELECT h.id, c.name, p.kind, p.method, h.s, h.e, h.j FROM (SELECT r.id, "
            + "i.component, i.provenance, MIN(i.start_us) AS s, MAX(i.start_us + i.span_us) AS e, SUM(i.energy_j) AS j "
            + "FROM intervals i JOIN runs r ON r.rid = i.rid WHERE r.facility = ? AND i.start_us >= ? AND i.start_us < ? "
            + "GROUP BY r.id, i.component, i.provenance, " + HOUR + ") h "
            + "JOIN interval_components c ON c.id = h.component JOIN interval_provenances p ON p.id = h.provenance";
    private static final String RUNS_AT_FACILITY = "r.facility = ? AND EXISTS (SELECT 1 FROM intervals i "
            + "WHERE i.rid = r.rid AND i.start_us >= ? AND i.start_us < ?)";

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
                long rid = RunRow.requireRun(c, runId, ledger).rid();
                List<IntervalRow.Keyed> keyed = new ArrayList<>(xs.size());
                for (EnergyInterval x : xs) keyed.add(new IntervalRow.Keyed(rid, x));
                return IntervalRow.append(c, keyed);
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
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM intervals i WHERE i.rid = " + RUN)) {
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
        long a = Timestamps.micros(from);
        long b = Timestamps.micros(to);
        synchronized (c) {
            return Sql.read(c, ledger, "read the runs of facility " + facility, c -> {
                Map<String, List<EnergyInterval>> byRun = new HashMap<>();
                try (PreparedStatement ps = c.prepareStatement(AT_FACILITY)) {
                    ps.setString(1, facility);
                    ps.setLong(2, a);
                    ps.setLong(3, b);
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
            return Sql.read(c, ledger, what, c -> select(c, sql, runId));
        }
    }

    /** {@link #hourly} inside a caller's transaction on {@code c}. */
    static List<EnergyInterval> hourly(Connection c, String runId) throws java.sql.SQLException {
        return select(c, HOURLY, runId);
    }

    private static List<EnergyInterval> select(Connection c, String sql, String runId) throws java.sql.SQLException {
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
    }
}
