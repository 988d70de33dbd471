package io.wattprint.ledger;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.quantity.Energy;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The one place an {@code intervals} row is bound and read, for the meter's appends
 * ({@link IntervalRepository}), imported runs ({@link RunBatch}) and their updates ({@link RunUpdate}).
 */
final class IntervalRow {
    private static final String COLUMNS = "INSERT INTO intervals (run_id, component, start_ts, end_ts, energy_j, "
            + "provenance_kind, provenance_method) VALUES (?, ?, ?, ?, ?, ?, ?)";
    /** An interval whose run, component and start are stored already is ignored: the first one sent wins. */
    static final String APPEND = COLUMNS + " ON CONFLICT DO NOTHING";
    /** For intervals that must be new (a run's update): one already there fails the transaction. */
    static final String INSERT = COLUMNS;
    /** The columns {@link #read} reads, in its order. */
    static final String SELECT = "component, provenance_kind, provenance_method, start_ts, end_ts, energy_j";

    private IntervalRow() {}

    /** Sets the parameters of {@link #APPEND} or {@link #INSERT} for one interval of a run. */
    static void bind(PreparedStatement ps, String runId, EnergyInterval x) throws SQLException {
        ps.setString(1, runId);
        ps.setString(2, x.component().toString());
        ps.setString(3, Timestamps.format(x.start()));
        ps.setString(4, Timestamps.format(x.end()));
        ps.setDouble(5, x.energy().joules());
        ps.setString(6, x.provenance().kind().name());
        ps.setString(7, x.provenance().method());
    }

    /**
     * The interval in columns {@code first} … {@code first + 5} of the current row: component, provenance
     * kind and method, start, end, joules (as {@link #SELECT}, or their MIN/MAX/SUM per hour).
     */
    static EnergyInterval read(ResultSet rs, int first) throws SQLException {
        return new EnergyInterval(Timestamps.parse(rs.getString(first + 3)), Timestamps.parse(rs.getString(first + 4)),
                Component.parse(rs.getString(first)), Energy.ofJoules(rs.getDouble(first + 5)),
                Provenance.of(Provenance.Kind.valueOf(rs.getString(first + 1)), rs.getString(first + 2)));
    }
}
