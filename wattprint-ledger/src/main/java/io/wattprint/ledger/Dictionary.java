package io.wattprint.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Integer ids of values stored once each in a dictionary table (an {@code id} column and a unique key): interval
 * components and provenances ({@link IntervalLabels}), explanation patterns ({@link ExplanationRow}). Looked up with
 * one query per {@value #IN_BATCH} keys and stored when new, within the caller's write transaction. Not kept across
 * transactions: an id stored by a transaction that then rolled back must not be used by the next one. A dictionary
 * row is never changed or deleted.
 */
final class Dictionary {
    static final int IN_BATCH = 500;

    private Dictionary() {}

    /**
     * The ids of these keys, stored now when missing (a concurrent writer may store one first), each with the key
     * columns and {@code more(key)} in {@code moreColumns}.
     */
    static Map<List<String>, Long> ids(Connection c, String table, List<String> keyColumns, Set<List<String>> keys,
                                      List<String> moreColumns, Function<List<String>, List<String>> more)
            throws SQLException {
        Map<List<String>, Long> found = find(c, table, keyColumns, keys, moreColumns, more);
        if (found.size() == keys.size()) return found;
        List<String> columns = new ArrayList<>(keyColumns);
        columns.addAll(moreColumns);
        String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + "?, ".repeat(columns.size() - 1) + "?) ON CONFLICT DO NOTHING";
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            for (List<String> k : keys) {
                if (found.containsKey(k)) continue;
                List<String> row = new ArrayList<>(k);
                row.addAll(more.apply(k));
                for (int i = 0; i < row.size(); i++) ps.setString(i + 1, row.get(i));
                ps.executeUpdate();
            }
        }
        found = find(c, table, keyColumns, keys, moreColumns, more);
        if (found.size() != keys.size()) throw new SQLException("ids missing in " + table + " after storing them");
        return found;
    }

    /**
     * The ids of the keys stored; a stored row whose other columns differ from {@code more(key)} is refused (a key that
     * is a digest of those columns then met another value with the same digest).
     */
    private static Map<List<String>, Long> find(Connection c, String table, List<String> columns, Set<List<String>> keys,
                                                List<String> moreColumns, Function<List<String>, List<String>> more)
            throws SQLException {
        String one = columns.size() == 1 ? "?" : "(" + "?, ".repeat(columns.size() - 1) + "?)";
        String key = columns.size() == 1 ? columns.get(0) : "(" + String.join(", ", columns) + ")";
        List<String> selected = new ArrayList<>(columns);
        selected.addAll(moreColumns);
        String head = "SELECT id, " + String.join(", ", selected) + " FROM " + table + " WHERE " + key + " IN (";
        List<List<String>> all = new ArrayList<>(keys);
        Map<List<String>, Long> out = new HashMap<>();
        for (int from = 0; from < all.size(); from += IN_BATCH) {
            List<List<String>> batch = all.subList(from, Math.min(all.size(), from + IN_BATCH));
            StringBuilder sql = new StringBuilder(head);
            for (int i = 0; i < batch.size(); i++) sql.append(i == 0 ? "" : ", ").append(one);
            sql.append(')');
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int at = 1;
                for (List<String> v : batch) for (String s : v) ps.setString(at++, s);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<String> v = new ArrayList<>(columns.size());
                        for (int i = 0; i < columns.size(); i++) v.add(rs.getString(i + 2));
                        List<String> k = List.copyOf(v);
                        if (!moreColumns.isEmpty()) {
                            List<String> stored = new ArrayList<>(moreColumns.size());
                            for (int i = 0; i < moreColumns.size(); i++) stored.add(rs.getString(columns.size() + i + 2));
                            if (!stored.equals(more.apply(k))) {
                                throw new SQLException(table + " " + k + " is stored with other " + moreColumns
                                        + " than the ones being written: two values share one key");
                            }
                        }
                        out.put(k, rs.getLong(1));
                    }
                }
            }
        }
        return out;
    }
}
