package io.wattprint.ledger;

import io.wattprint.core.factor.FactorSeries.Point;
import io.wattprint.core.model.EnergyInterval;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PostgreSQL writes of many rows as one statement with one array parameter per column,
 * {@code INSERT ... SELECT * FROM unnest(?::bigint[], ...)}: one round trip and one parse for any number of rows, the
 * arrays sent in the driver's binary format; the update count is the number of rows stored. Rows already stored are
 * left out before the statement (read under a lock), not by {@code ON CONFLICT}.
 */
final class PgArrays {
    private PgArrays() {}

    /** What an interval write does about intervals already stored under the same run, start and component. */
    enum Stored {
        /** Reads which are stored (the runs' rows locked first, so appends to one run follow each other) and skips them. */
        LOOK_UP,
        /** None can be: the runs were stored by this transaction. */
        NONE,
        /** None may be: one that is fails the statement. */
        FAIL
    }

    /**
     * Intervals with their dictionary ids; a repeat of an earlier one in {@code xs} is skipped unless {@code stored} is
     * FAIL. No {@code ON CONFLICT}: PostgreSQL's speculative insertion would cost more than the look-up (it did for
     * factor points: bench/grid-ingest.sh, BENCHMARKS.md).
     */
    static int intervals(Connection c, Stored stored, List<IntervalRow.Keyed> xs, long[] components, long[] provenances)
            throws SQLException {
        Set<Key> skip = stored == Stored.LOOK_UP ? storedKeys(c, xs) : new HashSet<>();
        int n = xs.size();
        long[] rid = new long[n];
        long[] start = new long[n];
        long[] comp = new long[n];
        long[] span = new long[n];
        double[] joules = new double[n];
        long[] prov = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            EnergyInterval x = xs.get(i).interval();
            long s = Timestamps.micros(x.start());
            if (stored != Stored.FAIL && !skip.add(new Key(xs.get(i).rid(), s, components[i]))) continue;
            rid[m] = xs.get(i).rid();
            start[m] = s;
            comp[m] = components[i];
            span[m] = Timestamps.micros(x.end()) - s;
            joules[m] = x.energy().joules();
            prov[m] = provenances[i];
            m++;
        }
        if (m == 0) return 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO intervals (rid, start_us, component, span_us, energy_j, "
                + "provenance) SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::float8[], "
                + "?::bigint[])")) {
            ps.setObject(1, Arrays.copyOf(rid, m));
            ps.setObject(2, Arrays.copyOf(start, m));
            ps.setObject(3, Arrays.copyOf(comp, m));
            ps.setObject(4, Arrays.copyOf(span, m));
            ps.setObject(5, Arrays.copyOf(joules, m));
            ps.setObject(6, Arrays.copyOf(prov, m));
            return ps.executeUpdate();
        }
    }

    private record Key(long rid, long start, long component) {}

    /**
     * The keys of the stored intervals of the runs in {@code xs} that start within the span of {@code xs}'s starts, each
     * run's row locked first ({@code FOR NO KEY UPDATE}: appends to one run wait for each other, nothing else does).
     */
    private static Set<Key> storedKeys(Connection c, List<IntervalRow.Keyed> xs) throws SQLException {
        Map<Long, long[]> span = new LinkedHashMap<>();
        for (IntervalRow.Keyed k : xs) {
            long s = Timestamps.micros(k.interval().start());
            long[] r = span.computeIfAbsent(k.rid(), x -> new long[] {s, s});
            r[0] = Math.min(r[0], s);
            r[1] = Math.max(r[1], s);
        }
        Set<Key> out = new HashSet<>();
        try (PreparedStatement lock = c.prepareStatement("SELECT rid FROM runs WHERE rid = ? FOR NO KEY UPDATE");
             PreparedStatement read = c.prepareStatement("SELECT start_us, component FROM intervals "
                     + "WHERE rid = ? AND start_us >= ? AND start_us <= ?")) {
            for (Map.Entry<Long, long[]> e : span.entrySet()) {
                lock.setLong(1, e.getKey());
                lock.executeQuery().close();
                read.setLong(1, e.getKey());
                read.setLong(2, e.getValue()[0]);
                read.setLong(3, e.getValue()[1]);
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) out.add(new Key(e.getKey(), rs.getLong(1), rs.getLong(2)));
                }
            }
        }
        return out;
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
