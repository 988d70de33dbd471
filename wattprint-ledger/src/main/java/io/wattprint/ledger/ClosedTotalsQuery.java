package io.wattprint.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The four queries of {@link FootprintRepository#closedTotals}: groups, component methods, runs left out, cloud months. */
final class ClosedTotalsQuery {
    // One row per run: its effective end (latest update's, else its outcome's, as RunReader reads it) and its latest
    // footprint's columns (null when it has none). Parameters: from, to.
    static final String CLOSED = "SELECT x.*, CASE WHEN x.seq IS NULL THEN 0 ELSE 1 END AS has_fp, "
            + "CASE WHEN x.co2e_g IS NULL THEN 0 ELSE 1 END AS co2e_known, "
            + "CASE WHEN x.co2e_g IS NOT NULL AND x.factor_zone IS NOT NULL AND x.factor_g_per_kwh IS NOT NULL THEN 1 ELSE 0 END "
            + "AS located FROM (SELECT r.id, r.rid, r.start_ts, r.cloud_region, r.facility, "
            + "COALESCE((SELECT MAX(u.end_ts) FROM run_updates u WHERE u.rid = r.rid), o.end_ts) AS end_ts, "
            + "f.seq, f.it_energy_j, f.facility_energy_j, f.pue, f.pue_basis, f.co2e_g, f.factor_zone, f.factor_g_per_kwh, "
            + "f.factor_year, f.factor_source, f.dataset, f.computed_at "
            + "FROM runs r LEFT JOIN run_outcomes o ON o.rid = r.rid "
            + "LEFT JOIN footprints f ON f.rid = r.rid "
            + "AND f.seq = (SELECT MAX(m.seq) FROM footprints m WHERE m.rid = r.rid)) x "
            + "WHERE x.end_ts >= ? AND x.end_ts < ?";
    private static final String COLS = "y.cloud_region, y.facility, y.has_fp, y.co2e_known, y.located, y.factor_zone, "
            + "y.factor_g_per_kwh, y.factor_year, y.factor_source, y.dataset, y.pue, y.pue_basis";
    private static final String METHODS = "SELECT substr(y.end_ts, 1, 4) AS yr, c.provenance_kind, c.provenance_method, "
            + "COUNT(DISTINCT c.rid) AS n, SUM(c.energy_j) AS j FROM (" + CLOSED + ") y "
            + "JOIN footprint_components c ON c.rid = y.rid AND c.seq = y.seq "
            + "GROUP BY substr(y.end_ts, 1, 4), c.provenance_kind, c.provenance_method";

    // The cloud runs by UTC month of the end ("2026-12" from the fixed-width text), region and footprint state.
    private static final String CLOUD_MONTHS = "SELECT substr(y.end_ts, 1, 7) AS ym, y.cloud_region, y.has_fp, y.co2e_known, "
            + "COUNT(*) AS n, SUM(y.facility_energy_j) AS fac_j, SUM(y.co2e_g) AS co2e_g FROM (" + CLOSED + ") y "
            + "WHERE y.cloud_region IS NOT NULL GROUP BY substr(y.end_ts, 1, 7), y.cloud_region, y.has_fp, y.co2e_known";

    private final String groups;
    private final String leftOut;
    private final String from;
    private final String to;

    /** Runs whose end is in [from, to), both as stored (fixed-width ISO-8601 text). */
    ClosedTotalsQuery(Dialect dialect, String from, String to) {
        this.from = from;
        this.to = to;
        this.groups = "SELECT substr(y.end_ts, 1, 4) AS yr, " + COLS + ", COUNT(*) AS n, SUM(y.it_energy_j) AS it_j, "
                + "SUM(y.facility_energy_j) AS fac_j, SUM(y.co2e_g) AS co2e_g, MAX("
                + dialect.byteOrder("(y.start_ts || ' ' || y.id)") + ") AS newest FROM (" + CLOSED + ") y "
                + "GROUP BY substr(y.end_ts, 1, 4), " + COLS;
        this.leftOut = "SELECT substr(y.end_ts, 1, 4) AS yr, y.id, y.cloud_region, y.has_fp FROM (" + CLOSED + ") y "
                + "WHERE y.has_fp = 0 OR y.located = 0 ORDER BY " + dialect.byteOrder("y.start_ts") + " DESC, "
                + dialect.byteOrder("y.id") + " DESC";
    }

    ClosedTotals run(Connection c) throws SQLException {
        List<ClosedTotals.Group> gs = query(c, groups, rs -> new ClosedTotals.Group(Integer.parseInt(rs.getString("yr")),
                rs.getString("cloud_region"), rs.getString("facility"), rs.getInt("has_fp") == 1,
                rs.getInt("co2e_known") == 1, rs.getInt("located") == 1, rs.getString("factor_zone"),
                Sql.getDouble(rs, "factor_g_per_kwh"), Sql.getInt(rs, "factor_year"), rs.getString("factor_source"),
                rs.getString("dataset"), Sql.getDouble(rs, "pue"), rs.getString("pue_basis"), rs.getInt("n"),
                rs.getDouble("it_j"), rs.getDouble("fac_j"), rs.getDouble("co2e_g"), rs.getString("newest")));
        List<ClosedTotals.MethodTotal> ms = query(c, METHODS, rs -> new ClosedTotals.MethodTotal(
                Integer.parseInt(rs.getString("yr")), rs.getString(2), rs.getString(3), rs.getInt("n"), rs.getDouble("j")));
        List<ClosedTotals.LeftOut> lo = query(c, leftOut, rs -> new ClosedTotals.LeftOut(Integer.parseInt(rs.getString("yr")),
                rs.getString("id"), rs.getString("cloud_region"), rs.getInt("has_fp") == 1));
        List<ClosedTotals.CloudMonth> cm = query(c, CLOUD_MONTHS, rs -> new ClosedTotals.CloudMonth(
                Integer.parseInt(rs.getString("ym").substring(0, 4)), Integer.parseInt(rs.getString("ym").substring(5, 7)),
                rs.getString("cloud_region"), rs.getInt("has_fp") == 1, rs.getInt("co2e_known") == 1, rs.getInt("n"),
                rs.getDouble("fac_j"), rs.getDouble("co2e_g")));
        return new ClosedTotals(gs, ms, lo, cm);
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(Connection c, String sql, RowReader<T> reader) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, from);
            ps.setString(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(reader.read(rs));
            }
        }
        return out;
    }
}
