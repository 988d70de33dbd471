package io.wattprint.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The few things that differ between the two databases. The SQL itself is shared
 * (both accept {@code INSERT ... ON CONFLICT DO NOTHING}, {@code substr}, {@code LIMIT}).
 */
enum Dialect {
    SQLITE("sqlite") {
        @Override
        void lockForMigration(Connection c) {
            // The SQLite connection opens write transactions IMMEDIATE (see Connector):
            // a second process migrating at the same time waits on busy_timeout.
        }
    },
    POSTGRESQL("postgresql") {
        @Override
        void lockForMigration(Connection c) throws SQLException {
            // Two servers starting at once must not both create the tables: a
            // transaction-scoped advisory lock serialises them (key: the ASCII bytes of "wattprin" as a long).
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(8602284806705932654)");
            }
        }

        @Override
        String byteOrder(String column) {
            // A server's default collation may be a locale one (en_US ignores '-' at
            // first level); ORDER BY must mean what it means on SQLite: byte order.
            return column + " COLLATE \"C\"";
        }
    };

    private final String folder;

    Dialect(String folder) { this.folder = folder; }

    /** Name of the resource folder holding this dialect's own migration scripts, if any. */
    String folder() { return folder; }

    abstract void lockForMigration(Connection c) throws SQLException;

    /** An ORDER BY term that sorts a text column by its bytes, as SQLite's BINARY does. */
    String byteOrder(String column) { return column; }
}
