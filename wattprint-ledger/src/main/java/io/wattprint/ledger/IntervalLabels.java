package io.wattprint.ledger;

import io.wattprint.core.model.EnergyInterval;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ids of interval components ({@code interval_components}: {@code gpu:0}, {@code cpu:package-0} …) and
 * provenances ({@code interval_provenances}: kind and method) of a list of intervals, looked up with one query per
 * dictionary and stored when new, within the caller's write transaction. Not kept across transactions: an id stored
 * by a transaction that then rolled back must not be used by the next one. A dictionary row is never changed or
 * deleted.
 */
final class IntervalLabels {
    private IntervalLabels() {}

    /** The component ids ({@code [0]}) and provenance ids ({@code [1]}) of the intervals, in their order. */
    static long[][] ids(Connection c, List<EnergyInterval> xs) throws SQLException {
        Set<List<String>> components = new LinkedHashSet<>();
        Set<List<String>> provenances = new LinkedHashSet<>();
        for (EnergyInterval x : xs) {
            components.add(List.of(x.component().toString()));
            provenances.add(List.of(x.provenance().kind().name(), x.provenance().method()));
        }
        Map<List<String>, Long> cid = idsOf(c, "interval_components", List.of("name"), components);
        Map<List<String>, Long> pid = idsOf(c, "interval_provenances", List.of("kind", "method"), provenances);
        long[][] out = new long[2][xs.size()];
        for (int i = 0; i < xs.size(); i++) {
            EnergyInterval x = xs.get(i);
            out[0][i] = cid.get(List.of(x.component().toString()));
            out[1][i] = pid.get(List.of(x.provenance().kind().name(), x.provenance().method()));
        }
        return out;
    }

    /** The ids of these values, stored now when missing (a concurrent writer may store one first). */
    private static Map<List<String>, Long> idsOf(Connection c, String table, List<String> columns, Set<List<String>> values)
            throws SQLException {
        Map<List<String>, Long> found = find(c, table, columns, values);
        if (found.size() == values.size()) return found;
        String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + "?, ".repeat(columns.size() - 1) + "?) ON CONFLICT DO NOTHING";
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            for (List<String> v : values) {
                if (found.containsKey(v)) continue;
                for (int i = 0; i < v.size(); i++) ps.setString(i + 1, v.get(i));
                ps.executeUpdate();
            }
        }
        found = find(c, table, columns, values);
        if (found.size() != values.size()) throw new SQLException("ids missing in " + table + " after storing them");
        return found;
    }

    private static Map<List<String>, Long> find(Connection c, String table, List<String> columns, Set<List<String>> values)
            throws SQLException {
        String one = columns.size() == 1 ? "?" : "(" + "?, ".repeat(columns.size() - 1) + "?)";
        String key = columns.size() == 1 ? columns.get(0) : "(" + String.join(", ", columns) + ")";
        StringBuilder sql = new StringBuilder("SELECT id, " + String.join(", ", columns) + " FROM " + table + " WHERE " + key
                + " IN (");
        for (int i = 0; i < values.size(); i++) sql.append(i == 0 ? "" : ", ").append(one);
        sql.append(')');
        Map<List<String>, Long> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int at = 1;
            for (List<String> v : values) for (String s : v) ps.setString(at++, s);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> v = new ArrayList<>(columns.size());
                    for (int i = 0; i < columns.size(); i++) v.add(rs.getString(i + 2));
                    out.put(List.copyOf(v), rs.getLong(1));
                }
            }
        }
        return out;
    }
}
