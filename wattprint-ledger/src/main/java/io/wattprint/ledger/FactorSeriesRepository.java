package io.wattprint.ledger;

import io.wattprint.core.factor.FactorSeries;
import io.wattprint.core.factor.FactorSeries.Point;
import io.wattprint.core.model.EmissionFactor.Basis;
import io.wattprint.core.model.EmissionFactor.Boundary;
import io.wattprint.core.quantity.CarbonIntensity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Emission factor series points ({@code factor_points}). Append-only and idempotent: a point already
 * stored for the same series (zone, source, dataset, basis, boundary) and start with the same end
 * and value is counted as already present; one that contradicts a stored point (another value or
 * end for that start, or an overlap) fails the whole append with a {@link SeriesConflictException},
 * storing nothing. A correction is a new dataset version.
 *
 * <p>Reading a zone over a time range is one indexed query; a zone with no series costs just that.
 */
public final class FactorSeriesRepository {
    private final Connection c;
    private final String ledger;

    /** What an append found: points stored now and points that were already there. */
    public record AppendResult(int added, int alreadyPresent) {}

    FactorSeriesRepository(Connection connection, String ledger) {
        this.c = connection;
        this.ledger = ledger;
    }

    /** Stores the points of {@code series} that are new, recording {@code addedAt}; all or nothing. */
    public AppendResult append(FactorSeries series, Instant addedAt) {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(addedAt, "addedAt");
        synchronized (c) {
            return Sql.transaction(c, ledger, "store factor series " + series.label(), c -> {
                List<Integer> fresh = fresh(c, series);
                if (fresh.isEmpty()) return new AppendResult(0, series.points().size());
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO factor_points (zone, start_ts, end_ts, g_per_kwh, "
                        + "basis, boundary, source, dataset, licence, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING")) {
                    String added = Timestamps.format(Timestamps.truncate(addedAt));
                    for (int i : fresh) {
                        Point p = series.points().get(i);
                        ps.setString(1, series.zone());
                        ps.setString(2, Timestamps.format(p.from()));
                        ps.setString(3, Timestamps.format(p.to()));
                        ps.setDouble(4, p.intensity().gramsPerKwh());
                        ps.setString(5, series.basis().name());
                        ps.setString(6, series.boundary().name());
                        ps.setString(7, series.source());
                        ps.setString(8, datasetKey(series.dataset()));
                        Sql.setText(ps, 9, series.licence());
                        ps.setString(10, added);
                        ps.addBatch();
                    }
                    int n = 0;
                    for (int r : ps.executeBatch()) {
                        if (r == Statement.SUCCESS_NO_INFO) throw new SQLException("the driver did not report how many points were new");
                        n += r;
                    }
                    // A concurrent import of the same points may have won the race: those count as present.
                    return new AppendResult(n, series.points().size() - n);
                }
            });
        }
    }

    /** What {@link #append} would do, changing nothing (a dry run); conflicts throw as they would there. */
    public AppendResult check(FactorSeries series) {
        Objects.requireNonNull(series, "series");
        synchronized (c) {
            return Sql.read(c, ledger, "check factor series " + series.label(), c -> {
                int fresh = fresh(c, series).size();
                return new AppendResult(fresh, series.points().size() - fresh);
            });
        }
    }

    /**
     * The series of {@code zone} with their points overlapping [from, to) (either bound null: open),
     * the most recently imported series first; each series' points in time order.
     */
    public List<FactorSeries> series(String zone, Instant from, Instant to) {
        Objects.requireNonNull(zone, "zone");
        StringBuilder sql = new StringBuilder("SELECT start_ts, end_ts, g_per_kwh, basis, boundary, source, dataset, licence, "
                + "added_at FROM factor_points WHERE zone = ?");
        List<String> params = new ArrayList<>(List.of(zone));
        if (to != null) {
            sql.append(" AND start_ts < ?");
            params.add(Timestamps.format(Timestamps.truncate(to)));
        }
        if (from != null) {
            sql.append(" AND end_ts > ?");
            params.add(Timestamps.format(Timestamps.truncate(from)));
        }
        synchronized (c) {
            return Sql.read(c, ledger, "read factor series of zone " + zone, c -> {
                Map<List<String>, Group> groups = new LinkedHashMap<>();
                try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                    for (int i = 0; i < params.size(); i++) ps.setString(i + 1, params.get(i));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            List<String> key = List.of(rs.getString("source"), rs.getString("dataset"), rs.getString("basis"),
                                    rs.getString("boundary"));
                            Group g = groups.computeIfAbsent(key, k -> new Group());
                            g.points.add(new Point(Timestamps.parse(rs.getString("start_ts")), Timestamps.parse(rs.getString("end_ts")),
                                    CarbonIntensity.ofGramsPerKwh(rs.getDouble("g_per_kwh"))));
                            String added = rs.getString("added_at");
                            if (g.lastAdded == null || added.compareTo(g.lastAdded) > 0) g.lastAdded = added;
                            if (g.licence == null) g.licence = rs.getString("licence");
                        }
                    }
                }
                List<Map.Entry<List<String>, Group>> entries = new ArrayList<>(groups.entrySet());
                // Newest import first; ties in a stable, database-independent order.
                entries.sort(Comparator.comparing((Map.Entry<List<String>, Group> e) -> e.getValue().lastAdded).reversed()
                        .thenComparing(e -> String.join("\u0000", e.getKey())));
                List<FactorSeries> out = new ArrayList<>();
                for (Map.Entry<List<String>, Group> e : entries) {
                    List<String> k = e.getKey();
                    List<Point> points = new ArrayList<>(e.getValue().points);
                    points.sort(Comparator.comparing(Point::from));
                    out.add(new FactorSeries(zone, k.get(0), k.get(1).isEmpty() ? null : k.get(1), Basis.valueOf(k.get(2)),
                            Boundary.valueOf(k.get(3)), e.getValue().licence, points));
                }
                return out;
            });
        }
    }

    /**
     * The zones under which any factor series point is stored, sorted by their UTF-16 text: what a location may name when
     * the shipped data does not know it ({@code azure:sydney} from a Carbon Aware SDK file). Reads the
     * distinct values of the indexed zone column.
     */
    public List<String> zones() {
        synchronized (c) {
            return Sql.read(c, ledger, "read the zones of the factor series", c -> {
                List<String> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT zone FROM factor_points");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getString(1));
                }
                out.sort(Comparator.naturalOrder());   // in Java: SQLite and PostgreSQL collate text differently
                return out;
            });
        }
    }

    private static final class Group {
        final List<Point> points = new ArrayList<>();
        String lastAdded;
        String licence;
    }

    /** Indices of the points not stored yet; a point contradicting a stored one throws. */
    private static List<Integer> fresh(Connection c, FactorSeries s) throws SQLException {
        NavigableMap<Instant, Point> stored = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT start_ts, end_ts, g_per_kwh FROM factor_points WHERE zone = ? "
                + "AND source = ? AND dataset = ? AND basis = ? AND boundary = ? AND start_ts < ? AND end_ts > ?")) {
            ps.setString(1, s.zone());
            ps.setString(2, s.source());
            ps.setString(3, datasetKey(s.dataset()));
            ps.setString(4, s.basis().name());
            ps.setString(5, s.boundary().name());
            ps.setString(6, Timestamps.format(s.to()));
            ps.setString(7, Timestamps.format(s.from()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Point p = new Point(Timestamps.parse(rs.getString(1)), Timestamps.parse(rs.getString(2)),
                            CarbonIntensity.ofGramsPerKwh(rs.getDouble(3)));
                    stored.put(p.from(), p);
                }
            }
        }
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < s.points().size(); i++) {
            Point p = s.points().get(i);
            Point same = stored.get(Timestamps.truncate(p.from()));
            if (same != null && same.to().equals(Timestamps.truncate(p.to())) && same.intensity().equals(p.intensity())) continue;
            Instant floor = stored.floorKey(p.from());
            for (Point o : stored.tailMap(floor == null ? p.from() : floor, true).values()) {
                if (!o.from().isBefore(p.to())) break;
                if (o.to().isAfter(p.from())) {
                    throw new SeriesConflictException("point " + (i + 1) + " (" + p + ", " + p.intensity()
                            + ") contradicts the stored point " + o + " at " + o.intensity() + " of factor series " + s.label()
                            + " (expected the same end and value, or no overlap; import a correction under a new dataset version)", i);
                }
            }
            fresh.add(i);
        }
        return fresh;
    }

    private static String datasetKey(String dataset) { return dataset == null ? "" : dataset; }
}
