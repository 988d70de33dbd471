package io.wattprint.ledger;

import io.wattprint.core.factor.FactorSeries.Point;
import io.wattprint.core.model.EnergyInterval;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * PostgreSQL writes of many rows as one statement with one array parameter per column,
 * {@code INSERT ... SELECT * FROM unnest(?::bigint[], ...)}: one round trip and one parse for any number of rows, the
 * arrays sent in the driver's binary format; {@code ON CONFLICT DO NOTHING} keeps working (which {@code COPY} cannot
 * do), and the update count is the number of rows stored.
 */
final class PgArrays {
    private PgArrays() {}

    static int intervals(Connection c, boolean ignoreStored, List<IntervalRow.Keyed> xs, long[] components, long[] provenances)
            throws SQLException {
        int n = xs.size();
        long[] rid = new long[n];
        long[] start = new long[n];
        long[] span = new long[n];
        double[] joules = new double[n];
        for (int i = 0; i < n; i++) {
            EnergyInterval x = xs.get(i).interval();
            rid[i] = xs.get(i).rid();
            start[i] = Timestamps.micros(x.start());
            span[i] = Timestamps.micros(x.end()) - start[i];
            joules[i] = x.energy().joules();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO intervals (rid, start_us, component, span_us, energy_j, "
                + "provenance) SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::float8[], "
                + "?::bigint[])" + (ignoreStored ? " ON CONFLICT DO NOTHING" : ""))) {
            ps.setObject(1, rid);
            ps.setObject(2, start);
            ps.setObject(3, components);
            ps.setObject(4, span);
            ps.setObject(5, joules);
            ps.setObject(6, provenances);
            return ps.executeUpdate();
        }
    }

    /** Points {@code points[rows[i]]} of one series and one append, all new (the caller holds the series' lock). */
    static int points(Connection c, long series, long append, List<Point> points, List<Integer> rows) throws SQLException {
        int n = rows.size();
        long[] start = new long[n];
        long[] span = new long[n];
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            Point p = points.get(rows.get(i));
            start[i] = Timestamps.micros(p.from());
            span[i] = Timestamps.micros(p.to()) - start[i];
            g[i] = p.intensity().gramsPerKwh();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO factor_points (series_id, start_us, span_us, g_per_kwh, "
                + "append_id) SELECT ?, s, d, g, ? FROM unnest(?::bigint[], ?::bigint[], ?::float8[]) AS u (s, d, g)")) {
            ps.setLong(1, series);
            ps.setLong(2, append);
            ps.setObject(3, start);
            ps.setObject(4, span);
            ps.setObject(5, g);
            return ps.executeUpdate();
        }
    }
}
