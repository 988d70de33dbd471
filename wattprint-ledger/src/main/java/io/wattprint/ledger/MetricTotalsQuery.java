package io.wattprint.ledger;

import io.wattprint.core.model.RunStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The three aggregate queries of {@link FootprintRepository#metricTotals()}: energy, CO2e, runs by status. */
final class MetricTotalsQuery {
    // The closed runs (an outcome row) joined to their latest footprint (highest seq, as RunReader and ClosedTotals read it).
    private static final String LATEST = "FROM runs r JOIN run_outcomes o ON o.rid = r.rid "
            + "JOIN footprints f ON f.rid = r.rid AND f.seq = (SELECT MAX(m.seq) FROM footprints m WHERE m.rid = r.rid) ";
    private static final String ENERGY = "SELECT r.team, r.project, r.model, r.phase, c.provenance_kind, SUM(c.energy_j) AS j "
            + LATEST + "JOIN footprint_components c ON c.rid = f.rid AND c.seq = f.seq "
            + "GROUP BY r.team, r.project, r.model, r.phase, c.provenance_kind";
    private static final String CO2E = "SELECT r.team, r.project, r.model, r.phase, SUM(f.co2e_g) AS g " + LATEST
            + "WHERE f.co2e_g IS NOT NULL GROUP BY r.team, r.project, r.model, r.phase";
    private static final String RUNS = "SELECT o.status, COUNT(*) AS n FROM runs r LEFT JOIN run_outcomes o ON o.rid = r.rid "
            + "GROUP BY o.status";

    private MetricTotalsQuery() {}

    static MetricTotals run(Connection c) throws SQLException {
        List<MetricTotals.Energy> energy = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(ENERGY); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                energy.add(new MetricTotals.Energy(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getDouble(6)));
            }
        }
        List<MetricTotals.Co2e> co2e = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(CO2E); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                co2e.add(new MetricTotals.Co2e(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5)));
            }
        }
        Map<String, Long> runs = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(RUNS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String status = rs.getString(1);
                String label = status == null ? RunStatus.RUNNING.label() : RunStatus.parse(status).label();
                runs.merge(label.toLowerCase(Locale.ROOT), rs.getLong(2), Long::sum);
            }
        }
        return new MetricTotals(energy, co2e, runs);
    }
}
