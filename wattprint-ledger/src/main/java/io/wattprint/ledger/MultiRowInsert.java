package io.wattprint.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Inserts many rows with multi-row {@code INSERT ... VALUES (...), (...), ...} statements: one statement of
 * {@link #rowsPerStatement} rows, prepared once and executed for every full chunk, and one for the rest. Fewer
 * round trips than a JDBC batch of single-row inserts on PostgreSQL (without the driver's
 * {@code reWriteBatchedInserts}, whose batches report no row counts), fewer statement steps on SQLite, and the
 * statement's update count is the number of rows stored (an {@code ON CONFLICT DO NOTHING} row counts 0).
 */
final class MultiRowInsert {
    /** Binds row {@code row} of the caller's rows at parameter {@code first} (1-based) and after. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement ps, int first, int row) throws SQLException;
    }

    private final String head;
    private final String values;
    private final String tail;
    private final int columns;
    private final int rowsPerStatement;

    /**
     * @param head    {@code INSERT INTO t (a, b, c) VALUES}
     * @param columns how many parameters a row has
     * @param tail    what follows the rows ({@code ON CONFLICT DO NOTHING}), or empty
     */
    MultiRowInsert(String head, int columns, String tail) {
        this.head = head;
        this.columns = columns;
        this.tail = tail;
        this.values = "(" + "?, ".repeat(columns - 1) + "?)";
        // PostgreSQL takes at most 32,767 parameters a statement, SQLite (3.32 and later) 32,766; 256 rows are past the
        // point where larger statements stop paying on either.
        this.rowsPerStatement = Math.max(1, Math.min(256, 32_000 / columns));
    }

    int rowsPerStatement() { return rowsPerStatement; }

    /** Inserts rows 0 … {@code rows} - 1; returns how many were stored. */
    int insert(Connection c, int rows, Binder binder) throws SQLException {
        int stored = 0;
        int full = rows / rowsPerStatement;
        int row = 0;
        if (full > 0) {
            try (PreparedStatement ps = c.prepareStatement(sql(rowsPerStatement))) {
                for (int chunk = 0; chunk < full; chunk++) {
                    for (int i = 0; i < rowsPerStatement; i++) binder.bind(ps, i * columns + 1, row++);
                    stored += ps.executeUpdate();
                }
            }
        }
        int rest = rows - row;
        if (rest > 0) {
            try (PreparedStatement ps = c.prepareStatement(sql(rest))) {
                for (int i = 0; i < rest; i++) binder.bind(ps, i * columns + 1, row++);
                stored += ps.executeUpdate();
            }
        }
        return stored;
    }

    private String sql(int rows) {
        StringBuilder b = new StringBuilder(head.length() + tail.length() + rows * (values.length() + 2));
        b.append(head).append(' ');
        for (int i = 0; i < rows; i++) {
            if (i > 0) b.append(", ");
            b.append(values);
        }
        if (!tail.isEmpty()) b.append(' ').append(tail);
        return b.toString();
    }
}
