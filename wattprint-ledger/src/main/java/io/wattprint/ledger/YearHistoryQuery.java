package io.wattprint.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The two queries of {@link FootprintRepository#yearHistory}, over the same closed runs as {@link ClosedTotalsQuery}. */
final class YearHistoryQuery {
    private static final String MONTHS = "SELECT DISTINCT substr(y.end_ts, 1, 7) AS ym FROM (" + ClosedTotalsQuery.CLOSED
            + ") y WHERE y.has_fp = 1";
    // Recomputed after the year: the latest version is not the first and its computed_at falls in a later UTC year
    // than the run's end (both fixed-width ISO-8601 text, so the first four characters are the year).
    private static final String RECOMPUTED = "SELECT substr(y.end_ts, 1, 4) AS yr, COUNT(*) AS n, "
            + "SUM(f1.co2e_g) AS first_g, SUM(y.co2e_g) AS latest_g, SUM(f1.facility_energy_j) AS first_j, SUM(y.facility_energy_j) AS latest_j, "
            + "MAX(y.computed_at) AS last_at FROM (" + ClosedTotalsQuery.CLOSED + ") y "
            + "JOIN footprints f1 ON f1.rid = y.rid AND f1.seq = (SELECT MIN(m.seq) FROM footprints m WHERE m.rid = y.rid) "
            + "WHERE y.seq > f1.seq AND substr(y.computed_at, 1, 4) > substr(y.end_ts, 1, 4) "
            + "GROUP BY substr(y.end_ts, 1, 4)";

    private final String from;
    private final String to;

    /** Runs whose end is in [from, to), both as stored (fixed-width ISO-8601 text). */
    YearHistoryQuery(String from, String to) {
        this.from = from;
        this.to = to;
    }

    Map<Integer, YearHistory> run(Connection c) throws SQLException {
        Map<Integer, TreeSet<Integer>> months = new TreeMap<>();
        try (PreparedStatement ps = prepare(c, MONTHS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String ym = rs.getString(1);
                months.computeIfAbsent(Integer.parseInt(ym.substring(0, 4)), y -> new TreeSet<>())
                        .add(Integer.parseInt(ym.substring(5, 7)));
            }
        }
        Map<Integer, YearHistory> out = new TreeMap<>();
        try (PreparedStatement ps = prepare(c, RECOMPUTED); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int year = Integer.parseInt(rs.getString("yr"));
                Set<Integer> inYear = months.getOrDefault(year, new TreeSet<>());
                out.put(year, new YearHistory(year, inYear, rs.getInt("n"), rs.getDouble("first_g"), rs.getDouble("latest_g"),
                        rs.getDouble("first_j"), rs.getDouble("latest_j"), Timestamps.parse(rs.getString("last_at"))));
            }
        }
        for (Map.Entry<Integer, TreeSet<Integer>> m : months.entrySet()) {
            out.putIfAbsent(m.getKey(), new YearHistory(m.getKey(), m.getValue(), 0, 0, 0, 0, 0, null));
        }
        return out;
    }

    private PreparedStatement prepare(Connection c, String sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        ps.setString(1, from);
        ps.setString(2, to);
        return ps;
    }
}
