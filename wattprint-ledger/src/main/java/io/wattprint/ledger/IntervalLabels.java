package io.wattprint.ledger;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.Provenance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids of interval components ({@code interval_components}: {@code gpu:0}, {@code cpu:package-0} …) and
 * provenances ({@code interval_provenances}: kind and method), looked up or stored once per distinct value within one
 * write transaction. Not kept across transactions: an id stored by a transaction that then rolled back must not be
 * used by the next one. A dictionary row is never changed or deleted.
 */
final class IntervalLabels {
    private final Connection c;
    private final Map<String, Long> components = new HashMap<>();
    private final Map<List<String>, Long> provenances = new HashMap<>();

    IntervalLabels(Connection c) { this.c = c; }

    long component(Component component) throws SQLException {
        String name = component.toString();
        Long id = components.get(name);
        if (id == null) {
            id = idOf("interval_components", new String[] {"name"}, new String[] {name});
            components.put(name, id);
        }
        return id;
    }

    long provenance(Provenance p) throws SQLException {
        List<String> key = List.of(p.kind().name(), p.method());
        Long id = provenances.get(key);
        if (id == null) {
            id = idOf("interval_provenances", new String[] {"kind", "method"}, key.toArray(new String[0]));
            provenances.put(key, id);
        }
        return id;
    }

    /** The id of the row with these values, stored now if there is none (a concurrent writer may store it first). */
    private long idOf(String table, String[] columns, String[] values) throws SQLException {
        StringBuilder where = new StringBuilder();
        for (String col : columns) where.append(where.length() == 0 ? "" : " AND ").append(col).append(" = ?");
        String select = "SELECT id FROM " + table + " WHERE " + where;
        Long id = find(select, values);
        if (id != null) return id;
        String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + "?, ".repeat(columns.length - 1) + "?) ON CONFLICT DO NOTHING";
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            for (int i = 0; i < values.length; i++) ps.setString(i + 1, values[i]);
            ps.executeUpdate();
        }
        id = find(select, values);
        if (id == null) throw new SQLException("no id for " + String.join(" ", values) + " in " + table + " after storing it");
        return id;
    }

    private Long find(String sql, String[] values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) ps.setString(i + 1, values[i]);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}
