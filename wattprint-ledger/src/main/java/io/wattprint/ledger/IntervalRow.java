package io.wattprint.ledger;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.quantity.Energy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place {@code intervals} rows are written and read, for the meter's appends ({@link IntervalRepository}),
 * imported runs ({@link RunBatch}) and their updates ({@link RunUpdate}). A row is (run surrogate {@code rid}, start,
 * component id) with the length, joules and provenance id; times are epoch microseconds, components and provenances
 * ids of {@link IntervalLabels}.
 */
final class IntervalRow {
    private static final String HEAD = "INSERT INTO intervals (rid, start_us, component, span_us, energy_j, provenance) VALUES";
    /** An interval whose run, component and start are stored already is ignored: the first one sent wins. */
    private static final MultiRowInsert APPEND = new MultiRowInsert(HEAD, 6, "ON CONFLICT DO NOTHING");
    /** For intervals that must be new (a run's update): one already there fails the transaction. */
    private static final MultiRowInsert INSERT = new MultiRowInsert(HEAD, 6, "");
    /**
     * The columns {@link #read} reads, in its order, from {@code intervals i} joined to its labels
     * ({@link #LABELS}).
     */
    static final String SELECT = "c.name, p.kind, p.method, i.start_us, i.start_us + i.span_us, i.energy_j";
    /** The joins {@link #SELECT} needs after {@code FROM intervals i}. */
    static final String LABELS = " JOIN interval_components c ON c.id = i.component"
            + " JOIN interval_provenances p ON p.id = i.provenance";

    /** An interval of the run whose surrogate is {@code rid}. */
    record Keyed(long rid, EnergyInterval interval) {}

    private IntervalRow() {}

    /** Stores intervals, ignoring those whose run, component and start are stored already; returns how many were new. */
    static int append(Connection c, List<Keyed> xs) throws SQLException {
        return write(c, APPEND, xs, PgArrays.Stored.LOOK_UP);
    }

    /**
     * {@link #append} for runs stored by the caller's transaction (imports): none of their intervals can be stored yet,
     * so only a repeat within {@code xs} is ignored.
     */
    static int appendToNewRuns(Connection c, List<Keyed> xs) throws SQLException {
        return write(c, APPEND, xs, PgArrays.Stored.NONE);
    }

    /** Stores intervals that must be new: one already stored fails (and with it the caller's transaction). */
    static int insert(Connection c, List<Keyed> xs) throws SQLException {
        return write(c, INSERT, xs, PgArrays.Stored.FAIL);
    }

    private static int write(Connection c, MultiRowInsert statement, List<Keyed> xs, PgArrays.Stored stored)
            throws SQLException {
        if (xs.isEmpty()) return 0;
        boolean sqlite = c.isWrapperFor(org.sqlite.SQLiteConnection.class);
        List<EnergyInterval> plain = new ArrayList<>(xs.size());
        for (Keyed k : xs) plain.add(k.interval());
        long[][] ids = IntervalLabels.ids(c, plain);
        long[] components = ids[0];
        long[] provenances = ids[1];
        if (!sqlite) return PgArrays.intervals(c, stored, xs, components, provenances);
        return statement.insert(c, xs.size(), (ps, at, row) -> {
            Keyed k = xs.get(row);
            EnergyInterval x = k.interval();
            long start = Timestamps.micros(x.start());
            ps.setLong(at, k.rid());
            ps.setLong(at + 1, start);
            ps.setLong(at + 2, components[row]);
            ps.setLong(at + 3, Timestamps.micros(x.end()) - start);
            ps.setDouble(at + 4, x.energy().joules());
            ps.setLong(at + 5, provenances[row]);
        });
    }

    /**
     * The interval in columns {@code first} … {@code first + 5} of the current row: component, provenance
     * kind and method, start and end (epoch microseconds), joules (as {@link #SELECT}, or their MIN/MAX/SUM per hour).
     */
    static EnergyInterval read(ResultSet rs, int first) throws SQLException {
        return new EnergyInterval(Timestamps.ofMicros(rs.getLong(first + 3)), Timestamps.ofMicros(rs.getLong(first + 4)),
                Component.parse(rs.getString(first)), Energy.ofJoules(rs.getDouble(first + 5)),
                Provenance.of(Provenance.Kind.valueOf(rs.getString(first + 1)), rs.getString(first + 2)));
    }
}
