package io.wattprint.ledger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A stretch of many write transactions (an import) whose commits are not each flushed to disk:
 * SQLite runs with {@code synchronous=NORMAL} (in WAL mode a commit is then not fsynced, and the
 * database cannot be corrupted by a crash), PostgreSQL with {@code synchronous_commit=off} (a commit
 * does not wait for its WAL record to be flushed; never inconsistent). SQLite also gets a 64 MiB page
 * cache for the load. Closing restores the
 * connection's previous settings, so the next commit flushes again — and with it everything committed
 * before it (one WAL file, written in order). A process crash loses nothing; a power or OS failure
 * during the load may lose the last commits of the load, which an idempotent import re-sends.
 *
 * <pre>{@code
 * try (BulkLoad bulk = ledger.bulkLoad()) {
 *     ... many ledger.importedRuns().insert(batch) ...
 * }
 * ledger.imports().record(...);   // durable, and makes the batches above durable
 * }</pre>
 */
public final class BulkLoad implements AutoCloseable {
    /** SQLite page cache during a load, as {@code PRAGMA cache_size} takes it (negative: KiB): 64 MiB. */
    public static final int CACHE_KIB = -65536;
    private final Connection c;
    private final Dialect dialect;
    private final String ledger;
    private final String previous;
    private final String previousCache;
    private boolean closed;

    BulkLoad(Connection c, Dialect dialect, String ledger) {
        this.c = c;
        this.dialect = dialect;
        this.ledger = ledger;
        synchronized (c) {
            try (Statement st = c.createStatement()) {
                if (dialect == Dialect.SQLITE) {
                    try (ResultSet rs = st.executeQuery("PRAGMA synchronous")) {
                        previous = rs.next() ? Integer.toString(rs.getInt(1)) : null;
                    }
                    try (ResultSet rs = st.executeQuery("PRAGMA cache_size")) {
                        previousCache = rs.next() ? Long.toString(rs.getLong(1)) : null;
                    }
                    // A larger page cache while the load inserts by random ids (name-based UUIDs) into the indexes.
                    st.execute("PRAGMA cache_size=" + CACHE_KIB);
                    // NORMAL is 1; OFF (0) is left as it is.
                    if (previous != null && Integer.parseInt(previous) > 1) st.execute("PRAGMA synchronous=NORMAL");
                } else {
                    previousCache = null;
                    try (ResultSet rs = st.executeQuery("SHOW synchronous_commit")) {
                        previous = rs.next() ? rs.getString(1) : null;
                    }
                    if (previous != null && !previous.equals("off")) st.execute("SET synchronous_commit = off");
                }
            } catch (SQLException e) {
                throw new LedgerException("cannot start a bulk load in ledger " + ledger + ": " + e.getMessage(), e);
            }
        }
    }

    /** Restores the connection's previous durability setting; the next commit is flushed as before. */
    @Override
    public void close() {
        if (closed || previous == null) return;
        closed = true;
        synchronized (c) {
            try (Statement st = c.createStatement()) {
                if (dialect == Dialect.SQLITE) {
                    st.execute("PRAGMA synchronous=" + Integer.parseInt(previous));
                    if (previousCache != null) st.execute("PRAGMA cache_size=" + Long.parseLong(previousCache));
                } else {
                    st.execute("SET synchronous_commit = '" + previous.replace("'", "''") + "'");
                }
            } catch (SQLException e) {
                throw new LedgerException("cannot end a bulk load in ledger " + ledger + ": " + e.getMessage(), e);
            }
        }
    }
}
