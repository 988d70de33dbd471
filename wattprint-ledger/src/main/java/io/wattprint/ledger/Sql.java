package io.wattprint.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;

/** Small JDBC helpers: nullable parameters and columns, and transactions. */
final class Sql {
    private Sql() {}

    /** One unit of work on a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * How long a write keeps trying while other processes hold a SQLite ledger: each try waits up to
     * the busy timeout ({@link Connector#BUSY_TIMEOUT_MS}), then backs off and tries again. 180 s, unless the
     * system property {@value #PATIENCE_PROPERTY} (milliseconds) sets another.
     */
    static final long WRITE_PATIENCE_MS = writePatienceMs();

    /** The system property that lowers {@link #WRITE_PATIENCE_MS} (tests that hold a ledger past the patience). */
    static final String PATIENCE_PROPERTY = "wattprint.ledger.writePatienceMs";

    private static long writePatienceMs() {
        Long given = Long.getLong(PATIENCE_PROPERTY);
        return given != null && given > 0 ? given : 180_000;
    }

    /**
     * Runs work in one transaction; a failure rolls it back and surfaces as {@link LedgerException}.
     * On SQLite, a write that finds the ledger locked by another process is tried again until
     * {@link #WRITE_PATIENCE_MS}: work begins with {@code BEGIN IMMEDIATE} (the write lock is taken
     * before anything is done, so a try that gets no lock has changed nothing).
     */
    static <T> T transaction(Connection c, String ledger, String what, Work<T> work) {
        return transaction(c, ledger, what, WRITE_PATIENCE_MS, work);
    }

    /**
     * {@link #transaction} that waits at most {@code lockPatienceMs} for other processes holding a SQLite ledger
     * (each try's busy timeout included), then throws {@link LedgerBusyException}. A lost PostgreSQL connection is
     * still opened again for {@link #WRITE_PATIENCE_MS}.
     */
    static <T> T transaction(Connection c, String ledger, String what, long lockPatienceMs, Work<T> work) {
        try {
            return inTransaction(c, lockPatienceMs, work);
        } catch (SQLException e) {
            String message = "cannot " + what + " in ledger " + ledger + ": " + reason(e, lockPatienceMs);
            if (isBusy(e)) throw new LedgerBusyException(message, e);
            throw new LedgerException(message, e);
        }
    }

    /** {@link #transaction} for callers that report SQL failures themselves (the migrator). */
    static <T> T inTransaction(Connection c, Work<T> work) throws SQLException {
        return inTransaction(c, WRITE_PATIENCE_MS, work);
    }

    private static <T> T inTransaction(Connection c, long lockPatienceMs, Work<T> work) throws SQLException {
        if (c instanceof org.sqlite.SQLiteConnection) return sqliteTransaction(c, lockPatienceMs, work);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(WRITE_PATIENCE_MS);
        for (int attempt = 0; ; attempt++) {
            try {
                return jdbcTransaction(c, work);
            } catch (SQLException e) {
                // The server dropped the connection (restarted, failed over): nothing was committed; open it again
                // and run the whole transaction again, until the patience runs out.
                if (!ReconnectingConnection.isConnectionLost(e) || !(c instanceof ReconnectingConnection.Reconnectable r)
                        || System.nanoTime() >= deadline) {
                    throw e;
                }
                backOff(attempt);
                try {
                    r.reconnect();
                } catch (SQLException stillDown) {
                    if (System.nanoTime() >= deadline) throw stillDown;
                }
            }
        }
    }

    private static <T> T jdbcTransaction(Connection c, Work<T> work) throws SQLException {
        try {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                throw e;
            }
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException lost) {
                // a dropped connection cannot be reset; the caller sees the first error
            }
        }
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * SQLite transactions as plain statements on an auto-commit connection. The driver's own
     * {@code commit()} runs {@code commit; begin immediate;}: the second step takes the write lock
     * again at once, and when it finds the ledger busy it throws although the data was committed.
     */
    private static <T> T sqliteTransaction(Connection c, long patienceMs, Work<T> work) throws SQLException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(patienceMs);
        // A patience shorter than one try's busy timeout: each try waits no longer than the time left.
        boolean shortTries = patienceMs < Connector.BUSY_TIMEOUT_MS;
        try {
            for (int attempt = 0; ; attempt++) {
                if (shortTries) {
                    long left = java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    execute(c, "PRAGMA busy_timeout=" + Math.max(1, left));
                }
                boolean begun = false;
                try {
                    execute(c, "BEGIN IMMEDIATE");
                    begun = true;
                    T result = work.run(c);
                    execute(c, "COMMIT");
                    return result;
                } catch (SQLException e) {
                    if (begun) rollbackQuietly(c);
                    if (!isBusy(e) || System.nanoTime() >= deadline) throw e;
                    backOff(attempt);
                } catch (RuntimeException e) {
                    if (begun) rollbackQuietly(c);
                    throw e;
                }
            }
        } finally {
            if (shortTries) restoreBusyTimeout(c);
        }
    }

    private static void restoreBusyTimeout(Connection c) {
        try {
            execute(c, "PRAGMA busy_timeout=" + Connector.BUSY_TIMEOUT_MS);
        } catch (SQLException e) {
            // a connection that cannot take a pragma fails its next statement too, with the reason to report
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            execute(c, "ROLLBACK");
        } catch (SQLException ignored) {
            // No transaction left to roll back (SQLite ends some on error): the first error is the one to report.
        }
    }

    static boolean isBusy(SQLException e) {
        if (e instanceof org.sqlite.SQLiteException se) {
            int primary = se.getResultCode().code & 0xff;
            return primary == org.sqlite.SQLiteErrorCode.SQLITE_BUSY.code || primary == org.sqlite.SQLiteErrorCode.SQLITE_LOCKED.code;
        }
        return false;
    }

    /** Up to 50 ms, then up to 1 s, at random: waiters that all retry at once would collide again. */
    static void backOff(int attempt) {
        long ceiling = Math.min(1000, 50L << Math.min(attempt, 5));
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerException("interrupted while waiting for the ledger", e);
        }
    }

    private static String reason(SQLException e, long patienceMs) {
        if (isBusy(e)) {
            String waited = patienceMs % 1000 == 0 ? patienceMs / 1000 + " s" : patienceMs + " ms";
            return "the ledger stayed locked by other processes for " + waited + " (" + e.getMessage() + ")";
        }
        if (e instanceof org.sqlite.SQLiteException) return Connector.sqliteReason(e);
        return e.getMessage();
    }

    /** Runs read-only work outside an explicit transaction. */
    static <T> T read(Connection c, String ledger, String what, Work<T> work) {
        try {
            try {
                return work.run(c);
            } catch (SQLException e) {
                // A PostgreSQL connection the server dropped is opened again once, and the read repeated.
                if (!ReconnectingConnection.isConnectionLost(e) || !(c instanceof ReconnectingConnection.Reconnectable r)) throw e;
                r.reconnect();
                return work.run(c);
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot " + what + " in ledger " + ledger + ": " + readReason(e), e);
        }
    }

    /**
     * Why a read failed, in the words of a write's failure: SQLite's codes (a damaged file, a failed disk read, a
     * -wal file removed under it) through {@link Connector#sqliteReason}; other databases' messages as they are.
     */
    static String readReason(SQLException e) {
        if (e instanceof org.sqlite.SQLiteException) return Connector.sqliteReason(e);
        return e.getMessage();
    }

    static void setText(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) ps.setNull(i, Types.VARCHAR); else ps.setString(i, v);
    }

    static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) ps.setNull(i, Types.INTEGER); else ps.setInt(i, v);
    }

    static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) ps.setNull(i, Types.DOUBLE); else ps.setDouble(i, v);
    }

    static Integer getInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Double getDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    /** How many rows a batch of inserts added; a driver that does not say is an error, not a guess. */
    static int added(int[] counts, String what) throws SQLException {
        int added = 0;
        for (int n : counts) {
            if (n == Statement.SUCCESS_NO_INFO) throw new SQLException("the driver did not report how many " + what + " were new");
            added += n;
        }
        return added;
    }

    static boolean exists(Connection c, String sql, String param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
