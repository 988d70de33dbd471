package io.wattprint.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns a ledger spec (a file path or a JDBC URL) into an open connection, and every way
 * that can fail into a {@link LedgerException} that names the ledger and says what to do.
 */
final class Connector {
    /** How long a writer waits for another process (CLI and server share the file). */
    static final int BUSY_TIMEOUT_MS = 10_000;
    /** Seconds before an unreachable PostgreSQL host is reported, unless the URL says. */
    static final String PG_CONNECT_TIMEOUT_S = "10";

    /**
     * An open connection; {@code name} is what messages call the ledger (its path, or its
     * URL with the password masked), {@code description} adds the database kind.
     */
    record Opened(Connection connection, Dialect dialect, String name, String description) {}

    private Connector() {}

    static Opened open(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new LedgerException("no ledger given: pass a file path or a JDBC URL (--db or WATTPRINT_DB)");
        }
        String s = spec.strip();
        if (s.startsWith("jdbc:postgresql:")) return openPostgres(s);
        if (s.startsWith("jdbc:sqlite:")) {
            String file = sqliteFile(s);
            return openSqlite(file == null ? null : path(file, s), s);
        }
        if (s.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
            throw new LedgerException("cannot open ledger " + maskPassword(s)
                    + ": a URL needs the jdbc: prefix (for example jdbc:" + maskPassword(s)
                    + "); a plain value is taken as a SQLite file path");
        }
        if (s.startsWith("jdbc:")) {
            throw new LedgerException("cannot open ledger " + maskPassword(s)
                    + ": unsupported database (use a file path, jdbc:sqlite:<path> or jdbc:postgresql://host/db)");
        }
        Path p = path(s, s).toAbsolutePath().normalize();
        return openSqlite(p, "jdbc:sqlite:" + p);
    }

    /** Hides the value of a {@code password=} parameter. */
    static String maskPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static Path path(String file, String spec) {
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw new LedgerException("cannot open ledger " + spec + ": not a valid file path (" + e.getReason() + ")");
        }
    }

    /** The file behind a {@code jdbc:sqlite:} URL, or null for an in-memory database. */
    private static String sqliteFile(String url) {
        String rest = url.substring("jdbc:sqlite:".length());
        if (rest.startsWith("file:")) rest = rest.substring("file:".length());
        int q = rest.indexOf('?');
        if (q >= 0) rest = rest.substring(0, q);
        if (rest.isEmpty() || rest.equals(":memory:") || rest.contains("mode=memory")) return null;
        return rest;
    }

    private static Opened openSqlite(Path file, String url) {
        String name = file == null ? url : file.toString();
        String description = "sqlite " + name;
        if (file != null) prepareFile(file, name);
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        // IMMEDIATE: a write transaction takes the write lock when it begins, so two
        // writers queue on busy_timeout instead of one failing on a lock upgrade.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // Many wattprints starting at once on a new ledger: one creates it and turns on WAL while the others find it
        // locked. Like every write, opening tries again with backoff for the write patience, then says so.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(Sql.WRITE_PATIENCE_MS);
        for (int attempt = 0; ; attempt++) {
            try {
                return connectSqlite(file, url, name, description, config);
            } catch (LedgerException e) {
                if (!(e.getCause() instanceof SQLException s) || !Sql.isBusy(s) || System.nanoTime() >= deadline) throw e;
                Sql.backOff(attempt);
            }
        }
    }

    private static Opened connectSqlite(Path file, String url, String name, String description, SQLiteConfig config) {
        Connection c = null;
        try {
            c = sqlite(url, config);
            try (var st = c.createStatement()) {
                // WAL lets the CLI read and write while a server holds the same file.
                // Reading the answer also makes SQLite read the header: a file that is
                // not a database fails here, not at the first query.
                try (var rs = st.executeQuery("PRAGMA journal_mode=WAL")) {
                    rs.next();
                }
                st.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MS);
                st.execute("PRAGMA foreign_keys=ON");
            }
            return new Opened(c, Dialect.SQLITE, name, description);
        } catch (SQLException e) {
            closeQuietly(c);
            String message = "cannot open ledger " + name + ": " + sqliteReason(e);
            if (file != null && Files.exists(file) && isReadOnlyFailure(e)) throw new ReadOnlyLedgerException(file, message, e);
            throw new LedgerException(message, e);
        }
    }

    /**
     * A SQLite connection from the driver itself, not through {@link DriverManager}: that would first load every
     * JDBC driver on the class path (PostgreSQL's too), which a command on a SQLite ledger pays at start-up.
     */
    private static Connection sqlite(String url, SQLiteConfig config) throws SQLException {
        SqliteNative.prepare();
        Connection c = org.sqlite.JDBC.createConnection(url, config.toProperties());
        if (c == null) throw new SQLException("not a SQLite JDBC URL: " + url);
        return c;
    }

    private static boolean isReadOnlyFailure(SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
        if (code == null) return false;
        int primary = code.code & 0xff;
        return primary == SQLiteErrorCode.SQLITE_READONLY.code || primary == SQLiteErrorCode.SQLITE_PERM.code
                || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code;
    }

    /**
     * A ledger file this process cannot write (mode 0444, a read-only file system, an immutable file), opened
     * only to read: first as SQLite's read-only mode, which still shares the WAL with writers; where even that
     * needs a write (no {@code -shm} file and none can be made), as immutable — SQLite then reads the main file
     * alone and assumes nobody changes it, which holds for a file nobody here may write.
     */
    static Opened openSqliteReadOnly(Path file, LedgerException why) {
        String name = file.toString();
        String uri = file.toAbsolutePath().toUri().toString();   // file:///… with special characters escaped
        SQLException first = null;
        for (String mode : new String[] {"mode=ro", "immutable=1"}) {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
            Connection c = null;
            try {
                c = sqlite("jdbc:sqlite:" + uri + "?" + mode, config);
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
                    rs.next();
                }
                return new Opened(c, Dialect.SQLITE, name, "sqlite " + name + " (read-only)");
            } catch (SQLException e) {
                closeQuietly(c);
                if (first == null) first = e;
                if (!isReadOnlyFailure(e)) break;
            }
        }
        throw new LedgerException(why.getMessage() + "; opening it only to read failed too: " + sqliteReason(first), first);
    }

    private static void prepareFile(Path file, String name) {
        if (Files.isDirectory(file)) {
            throw new LedgerException("cannot open ledger " + name
                    + ": it is a directory (pass the path of a file inside it, e.g. " + file.resolve("ledger.db") + ")");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            try {
                // Private: the ledger stores command lines, which may hold secrets.
                createPrivateDirectories(parent);
            } catch (IOException | SecurityException e) {
                throw new LedgerException("cannot open ledger " + name + ": cannot create its directory " + parent
                        + " (" + describe(e) + "; choose a writable location with --db or WATTPRINT_HOME)", e);
            }
        }
        if (parent != null && !Files.isWritable(parent) && !Files.exists(file)) {
            throw new LedgerException("cannot open ledger " + name + ": directory " + parent
                    + " is not writable (fix its permissions or choose another location with --db or WATTPRINT_HOME)");
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new ReadOnlyLedgerException(file, "cannot open ledger " + name
                    + ": the file is not writable (fix its permissions or choose another location with --db)");
        }
        if (!Files.exists(file)) createPrivateFile(file);
    }

    private static final boolean POSIX = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    /** Missing directories are made 0700 (where POSIX); existing ones are left as they are. */
    private static void createPrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) return;
        Path parent = dir.getParent();
        if (parent != null) createPrivateDirectories(parent);
        try {
            if (POSIX) {
                Files.createDirectory(dir, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectory(dir);
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) throw e;   // else another wattprint made it first
        }
    }

    /**
     * A new ledger file is created empty with mode 0600 before SQLite opens it (SQLite takes an empty file
     * as a new database, and gives its -wal and -shm files the database file's mode).
     */
    private static void createPrivateFile(Path file) {
        if (!POSIX) return;
        try {
            Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            // another wattprint made it first
        } catch (IOException | SecurityException e) {
            // SQLite reports what is wrong with the location when it opens it
        }
    }

    private static String describe(Exception e) {
        String what = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? what : what + " " + e.getMessage();
    }

    /**
     * A damaged SQLite file in words: SQLite's {@code SQLITE_CORRUPT} ("database disk image is malformed") and its
     * extended codes, met when a query reads a damaged page — an index or table page overwritten, a file cut short.
     */
    static final String DAMAGED = "the ledger file is damaged (SQLite: database disk image is malformed); run wattprint doctor "
            + "to see what its integrity check finds, then copy the file aside and restore a backup";

    /** An SQLite failure in words (and the driver's text in brackets where it adds something). */
    static String sqliteReason(SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
        if (code == SQLiteErrorCode.SQLITE_FULL) {
            return "the disk holding it is full (no space left on device): free some space, or move the ledger with --db";
        }
        if (code != null && (code.code & 0xff) == SQLiteErrorCode.SQLITE_IOERR.code) {
            String what = code.name().startsWith("SQLITE_IOERR_") ? code.name().substring("SQLITE_IOERR_".length()).toLowerCase(Locale.ROOT) : "i/o";
            return "a disk read or write failed (" + what + ": the disk may be full or failing, or the ledger's -wal or -shm "
                    + "file was removed while in use); check the disk, then run wattprint doctor";
        }
        if (code != null && (code.code & 0xff) == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return DAMAGED;
        }
        if (code == SQLiteErrorCode.SQLITE_NOTADB) {
            return "file is not a SQLite database (it may be corrupt; move it aside or pass --db)";
        }
        if (code == SQLiteErrorCode.SQLITE_CANTOPEN) {
            return "the file cannot be created or opened (check that its directory exists and is writable, or pass --db)";
        }
        if (code == SQLiteErrorCode.SQLITE_READONLY || code == SQLiteErrorCode.SQLITE_PERM) {
            return "the file is read-only (fix its permissions or pass --db)";
        }
        if (code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED) {
            return "it is locked by another process (try again when that process is done)";
        }
        String msg = e.getMessage() == null ? "unknown SQLite error" : e.getMessage();
        return msg.toLowerCase(Locale.ROOT).contains("not a database")
                ? "file is not a SQLite database (it may be corrupt; move it aside or pass --db)"
                : msg;
    }

    private static Opened openPostgres(String url) {
        String masked = maskPassword(url);
        Properties props = new Properties();
        // URL parameters override these.
        props.setProperty("connectTimeout", PG_CONNECT_TIMEOUT_S);
        props.setProperty("ApplicationName", "wattprint");
        try {
            Connection c = DriverManager.getConnection(url, props);
            // A server restarted under a long run: the connection is opened again (see Sql).
            Connection reconnecting = ReconnectingConnection.wrap(c, () -> DriverManager.getConnection(url, props));
            return new Opened(reconnecting, Dialect.POSTGRESQL, masked, "postgresql " + masked);
        } catch (SQLException e) {
            throw new LedgerException("cannot open ledger " + masked + ": " + postgresReason(e), e);
        }
    }

    private static String postgresReason(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String msg = e.getMessage() == null ? "unknown error" : e.getMessage();
        if (state.startsWith("08")) {
            return "cannot reach the PostgreSQL server (" + msg
                    + "); check that it is running and that host, port and database in --db/WATTPRINT_DB are right";
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return "the server refused the credentials (" + msg + "); check user and password in --db/WATTPRINT_DB";
        }
        if (state.equals("3D000")) {
            return "the database does not exist (" + msg + "); create it first (createdb) or fix the URL";
        }
        return msg;
    }

    static void closeQuietly(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // Already failing; the first error is the one to report.
        }
    }
}
