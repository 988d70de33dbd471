package io.wattprint.ledger;

import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.quantity.Energy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A later snapshot of an imported run stored as an update ({@code run_updates}, CodeCarbon's append mode):
 * the energy added per component since the stored end as intervals over [stored end, new end], the new
 * footprint as the run's next version and the update row naming that version, its end and its import.
 * Nothing stored before is changed.
 */
final class RunUpdate {
    private RunUpdate() {}

    /**
     * Writes one update of a stored run, inside the caller's transaction; false, writing nothing, when a
     * component would lose energy (the snapshot is not a later one of the same run).
     */
    static boolean store(Connection c, ImportedRunRepository.StoredSpan s, ImportedRun ir, Instant end) throws SQLException {
        Map<String, Double> had = new HashMap<>();
        long rid = RunRow.requireRun(c, s.id(), "").rid();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.name, SUM(i.energy_j) FROM intervals i "
                + "JOIN interval_components c ON c.id = i.component WHERE i.rid = ? GROUP BY c.name")) {
            ps.setLong(1, rid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) had.put(rs.getString(1), rs.getDouble(2));
            }
        }
        Map<String, EnergyInterval> now = new LinkedHashMap<>();
        for (EnergyInterval x : ir.intervals()) {
            String k = x.component().toString();
            EnergyInterval prev = now.get(k);
            now.put(k, prev == null ? x : new EnergyInterval(prev.start(), prev.end(), prev.component(),
                    prev.energy().plus(x.energy()), prev.provenance()));
        }
        for (Map.Entry<String, Double> h : had.entrySet()) {
            double was = h.getValue();
            EnergyInterval x = now.get(h.getKey());
            double is = x == null ? 0 : x.energy().joules();
            if (is < was - tolerance(was)) return false;
        }
        List<IntervalRow.Keyed> added = new ArrayList<>();
        for (EnergyInterval x : now.values()) {
            double was = had.getOrDefault(x.component().toString(), 0d);
            double more = x.energy().joules() - was;
            if (more <= tolerance(was)) continue;
            added.add(new IntervalRow.Keyed(rid, new EnergyInterval(s.end(), end, x.component(), Energy.ofJoules(more),
                    x.provenance())));
        }
        IntervalRow.insert(c, added);
        Instant at = Timestamps.truncate(ir.computedAt());
        int seq = FootprintRow.save(c, rid, ir.footprint(), ir.dataset(), at);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_updates (rid, seq, end_ts, import_id, recorded_at) "
                + "VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, rid);
            ps.setInt(2, seq);
            ps.setString(3, Timestamps.format(end));
            Sql.setText(ps, 4, ir.importId());
            ps.setString(5, Timestamps.format(at));
            ps.executeUpdate();
        }
        return true;
    }

    /** Energies read back from text and divided by a PUE differ in the last bits: a billionth is equal. */
    private static double tolerance(double joules) { return Math.abs(joules) * 1e-9 + 1e-9; }
}
