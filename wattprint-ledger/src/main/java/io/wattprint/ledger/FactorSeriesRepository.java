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
 * Emission factor series points ({@code factor_series}, {@code factor_appends}, {@code factor_points}). Append-only
 * and idempotent: a point already stored for the same series (zone, source, dataset, basis, boundary) and start with
 * the same end and value is counted as already present; one that contradicts a stored point (another value or end for
 * that start, or an overlap) fails the whole append with a {@link SeriesConflictException}, storing nothing. A
 * correction is a new dataset version.
 *
 * <p>A series' identity is stored once ({@code factor_series}, an integer id), each append once with its time
 * ({@code factor_appends}), and a point as (series id, start) with its length, value and append, times in epoch
 * microseconds: on SQLite a {@code WITHOUT ROWID} table, so a point is one entry of one B-tree. Reading a zone over a
 * time range is one query over the primary key of each of the zone's series. Points are written with multi-row
 * inserts on SQLite, as one statement of arrays on PostgreSQL ({@link PgArrays}).
 */
public final class FactorSeriesRepository {
    private static final MultiRowInsert POINTS = new MultiRowInsert(
            "INSERT INTO factor_points (series_id, start_us, span_us, g_per_kwh, append_id) VALUES", 5, "");
    private static final String SERIES_ID = "SELECT id, licence FROM factor_series WHERE zone = ? AND source = ? AND dataset = ? "
            + "AND basis = ? AND boundary = ?";

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
                Stored known = stored(c, series);
                // A series not stored yet has only fresh points: it is stored now (a series has at least one point).
                known = lock(c, known != null ? known : new Stored(create(c, series), series.licence()));
                List<Integer> fresh = fresh(c, known, series);
                if (fresh.isEmpty()) return new AppendResult(0, series.points().size());
                long id = known.id;
                if (known.licence == null && series.licence() != null) {
                    // The first licence given stands: a series imported without one gets the first one named.
                    try (PreparedStatement ps = c.prepareStatement(
                            "UPDATE factor_series SET licence = ? WHERE id = ? AND licence IS NULL")) {
                        ps.setString(1, series.licence());
                        ps.setLong(2, id);
                        ps.executeUpdate();
                    }
                }
                long append = appendRow(c, id, Timestamps.format(Timestamps.truncate(addedAt)));
                List<Point> points = series.points();
                int n = !c.isWrapperFor(org.sqlite.SQLiteConnection.class) ? PgArrays.points(c, id, append, points, fresh)
                        : POINTS.insert(c, fresh.size(), (ps, at, row) -> {
                    Point p = points.get(fresh.get(row));
                    long from = Timestamps.micros(p.from());
                    ps.setLong(at, id);
                    ps.setLong(at + 1, from);
                    ps.setLong(at + 2, Timestamps.micros(p.to()) - from);
                    ps.setDouble(at + 3, p.intensity().gramsPerKwh());
                    ps.setLong(at + 4, append);
                });
                return new AppendResult(n, points.size() - n);
            });
        }
    }

    /** What {@link #append} would do, changing nothing (a dry run); conflicts throw as they would there. */
    public AppendResult check(FactorSeries series) {
        Objects.requireNonNull(series, "series");
        synchronized (c) {
            return Sql.read(c, ledger, "check factor series " + series.label(), c -> {
                int fresh = fresh(c, stored(c, series), series).size();
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
        StringBuilder sql = new StringBuilder("SELECT s.id, s.source, s.dataset, s.basis, s.boundary, s.licence, p.start_us, "
                + "p.span_us, p.g_per_kwh, a.added_at FROM factor_series s JOIN factor_points p ON p.series_id = s.id "
                + "JOIN factor_appends a ON a.id = p.append_id WHERE s.zone = ?");
        List<Object> params = new ArrayList<>(List.of(zone));
        if (to != null) {
            sql.append(" AND p.start_us < ?");
            params.add(Timestamps.micros(to));
        }
        if (from != null) {
            sql.append(" AND p.start_us + p.span_us > ?");
            params.add(Timestamps.micros(from));
        }
        synchronized (c) {
            return Sql.read(c, ledger, "read factor series of zone " + zone, c -> {
                Map<Long, Group> groups = new LinkedHashMap<>();
                try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                    for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            long id = rs.getLong(1);
                            Group g = groups.get(id);
                            if (g == null) {
                                g = new Group(List.of(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                                        rs.getString(6));
                                groups.put(id, g);
                            }
                            long start = rs.getLong(7);
                            g.points.add(new Point(Timestamps.ofMicros(start), Timestamps.ofMicros(start + rs.getLong(8)),
                                    CarbonIntensity.ofGramsPerKwh(rs.getDouble(9))));
                            String added = rs.getString(10);
                            if (g.lastAdded == null || added.compareTo(g.lastAdded) > 0) g.lastAdded = added;
                        }
                    }
                }
                List<Group> entries = new ArrayList<>(groups.values());
                // Newest import first; ties in a stable, database-independent order.
                entries.sort(Comparator.comparing((Group g) -> g.lastAdded).reversed()
                        .thenComparing(g -> String.join("\u0000", g.key)));
                List<FactorSeries> out = new ArrayList<>();
                for (Group g : entries) {
                    List<String> k = g.key;
                    List<Point> points = new ArrayList<>(g.points);
                    points.sort(Comparator.comparing(Point::from));
                    out.add(new FactorSeries(zone, k.get(0), k.get(1).isEmpty() ? null : k.get(1), Basis.valueOf(k.get(2)),
                            Boundary.valueOf(k.get(3)), g.licence, points));
                }
                return out;
            });
        }
    }

    /**
     * The zones under which any factor series point is stored, sorted by their UTF-16 text: what a location may name when
     * the shipped data does not know it ({@code azure:sydney} from a Carbon Aware SDK file). Reads the
     * series table, one row per series.
     */
    public List<String> zones() {
        synchronized (c) {
            return Sql.read(c, ledger, "read the zones of the factor series", c -> {
                List<String> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT zone FROM factor_series s "
                        + "WHERE EXISTS (SELECT 1 FROM factor_points p WHERE p.series_id = s.id)");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getString(1));
                }
                out.sort(Comparator.naturalOrder());   // in Java: SQLite and PostgreSQL collate text differently
                return out;
            });
        }
    }

    private static final class Group {
        final List<String> key;
        final String licence;
        final List<Point> points = new ArrayList<>();
        String lastAdded;

        Group(List<String> key, String licence) {
            this.key = key;
            this.licence = licence;
        }
    }

    /** A series already in {@code factor_series}. */
    private record Stored(long id, String licence) {}

    /** The stored series of the same identity, or null. */
    private static Stored stored(Connection c, FactorSeries s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SERIES_ID)) {
            bindIdentity(ps, s);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Stored(rs.getLong(1), rs.getString(2)) : null;
            }
        }
    }

    /**
     * The series row again, locked until the transaction ends, so that appends to one series follow each other: the
     * points {@link #fresh} finds then stay fresh until they are inserted (plain inserts, no {@code ON CONFLICT}, which
     * costs PostgreSQL a speculative insertion per row). SQLite's write transactions hold the whole file already.
     */
    private static Stored lock(Connection c, Stored s) throws SQLException {
        if (c.isWrapperFor(org.sqlite.SQLiteConnection.class)) return s;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, licence FROM factor_series WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, s.id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Stored(rs.getLong(1), rs.getString(2));
            }
        }
    }

    /** Stores the series' identity (a concurrent writer may have stored it first); returns its id. */
    private static long create(Connection c, FactorSeries s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO factor_series (zone, source, dataset, basis, boundary, "
                + "licence) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            bindIdentity(ps, s);
            Sql.setText(ps, 6, s.licence());
            ps.executeUpdate();
        }
        return stored(c, s).id;
    }

    private static long appendRow(Connection c, long series, String addedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO factor_appends (series_id, added_at) VALUES (?, ?)",
                new String[] {"id"})) {
            ps.setLong(1, series);
            ps.setString(2, addedAt);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                if (!rs.next()) throw new SQLException("the driver did not return the id of the new factor_appends row");
                return rs.getLong(1);
            }
        }
    }

    private static void bindIdentity(PreparedStatement ps, FactorSeries s) throws SQLException {
        ps.setString(1, s.zone());
        ps.setString(2, s.source());
        ps.setString(3, datasetKey(s.dataset()));
        ps.setString(4, s.basis().name());
        ps.setString(5, s.boundary().name());
    }

    /**
     * Indices of the points not stored yet; a point contradicting a stored one throws. Reads the stored points that
     * start in the series' span, and the last one before it (points of a series do not overlap, so no earlier one
     * can reach into the span).
     */
    private static List<Integer> fresh(Connection c, Stored known, FactorSeries s) throws SQLException {
        List<Integer> fresh = new ArrayList<>();
        if (known == null) {
            for (int i = 0; i < s.points().size(); i++) fresh.add(i);
            return fresh;
        }
        NavigableMap<Instant, Point> stored = new TreeMap<>();
        long from = Timestamps.micros(s.from());
        long to = Timestamps.micros(s.to());
        try (PreparedStatement ps = c.prepareStatement("SELECT start_us, span_us, g_per_kwh FROM factor_points "
                + "WHERE series_id = ? AND start_us >= ? AND start_us < ?")) {
            ps.setLong(1, known.id);
            ps.setLong(2, from);
            ps.setLong(3, to);
            readPoints(ps, stored);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT start_us, span_us, g_per_kwh FROM factor_points "
                + "WHERE series_id = ? AND start_us < ? ORDER BY start_us DESC LIMIT 1")) {
            ps.setLong(1, known.id);
            ps.setLong(2, from);
            readPoints(ps, stored);
        }
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

    private static void readPoints(PreparedStatement ps, NavigableMap<Instant, Point> into) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long start = rs.getLong(1);
                Point p = new Point(Timestamps.ofMicros(start), Timestamps.ofMicros(start + rs.getLong(2)),
                        CarbonIntensity.ofGramsPerKwh(rs.getDouble(3)));
                into.put(p.from(), p);
            }
        }
    }

    private static String datasetKey(String dataset) { return dataset == null ? "" : dataset; }
}
