package io.wattprint.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a ledger's schema up to date. A tiny runner of our own rather than Flyway: the
 * CLI opens the ledger on every command and start-up time matters.
 *
 * <p>Scripts are resources {@code db/migration/V<n>__<description>.sql}, listed in order in
 * {@code db/migration/index.txt} (a jar cannot be listed reliably). Each applied version is
 * a row of {@code schema_version}. All pending scripts run in one transaction, so a
 * failure leaves the ledger as it was; re-opening an up-to-date ledger runs nothing.
 */
final class Migrator {
    static final String ROOT = "db/migration/";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

    /** A numbered script; a shipped one's text is read from the jar only when it is applied. */
    record Migration(int version, String description, Supplier<String> source) {
        Migration(int version, String description, String script) { this(version, description, () -> script); }

        String script() { return source.get(); }
    }

    private final Dialect dialect;
    private final List<Migration> migrations;

    Migrator(Dialect dialect) {
        this(dialect, load(dialect));
    }

    /** A runner over the given scripts (tests use it to add a version). */
    Migrator(Dialect dialect, List<Migration> migrations) {
        this.dialect = dialect;
        this.migrations = List.copyOf(migrations);
    }

    /** The recorded version, or null when there is no schema_version table yet (or it cannot be read). */
    private static Integer probeVersion(Connection c) {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            try {
                if (!c.getAutoCommit()) c.rollback(); // PostgreSQL: leave no failed transaction behind
            } catch (SQLException ignored) {
                // The migration below reports any real problem with the connection.
            }
            return null;
        }
    }

    /** The scripts this code ships, for the given dialect. */
    static List<Migration> shipped(Dialect dialect) { return load(dialect); }

    /** The highest schema version this code knows. */
    int latest() { return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version(); }

    /**
     * Applies what is pending; returns how many scripts ran.
     *
     * @param ledger the ledger's description, for messages
     */
    int migrate(Connection c, String ledger) throws SQLException {
        // Fast path without a write lock: an up-to-date ledger is only read, so read-only
        // commands neither wait behind a writer nor need write access.
        Integer seen = probeVersion(c);
        if (seen != null && seen == latest()) return 0;
        return Sql.inTransaction(c, tx -> {
            dialect.lockForMigration(tx);
            try (Statement s = tx.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                        + "version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
            }
            int current = currentVersion(tx);
            if (current > latest()) {
                throw new LedgerException("cannot open ledger " + ledger + ": its schema version is " + current
                        + " but this wattprint knows only up to version " + latest()
                        + " (a newer wattprint wrote it; upgrade wattprint to use this ledger)");
            }
            int applied = 0;
            for (Migration m : migrations) {
                if (m.version() <= current) continue;
                apply(tx, m);
                applied++;
            }
            return applied;
        });
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void apply(Connection c, Migration m) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements(m.script())) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new SQLException("migration V" + m.version() + "__" + m.description() + " failed: " + e.getMessage(), e);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
            ps.setInt(1, m.version());
            ps.setString(2, m.description().replace('_', ' '));
            ps.setString(3, Timestamps.format(Timestamps.truncate(Instant.now())));
            ps.executeUpdate();
        }
    }

    /** Splits a script at semicolons that end a line; drops {@code --} comment lines. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) continue;
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                out.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) out.add(current.toString().strip());
        return out;
    }

    private static List<Migration> load(Dialect dialect) {
        List<Migration> list = new ArrayList<>();
        int previous = 0;
        for (String line : resource(ROOT + "index.txt").split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) continue;
            Matcher m = NAME.matcher(name);
            if (!m.matches()) throw new IllegalStateException("bad migration name " + name + ": expected V<n>__<description>.sql");
            int version = Integer.parseInt(m.group(1));
            // Versions follow each other without a gap: a missing script would otherwise go unnoticed.
            if (version != previous + 1) {
                throw new IllegalStateException("migration " + name + " out of order: expected version " + (previous + 1));
            }
            previous = version;
            String own = ROOT + dialect.folder() + "/" + name;
            // Only the index is read to learn the latest version: opening an up-to-date ledger reads no script.
            Supplier<String> script = () -> exists(own) ? resource(own) : resource(ROOT + name);
            list.add(new Migration(version, m.group(2), script));
        }
        return List.copyOf(list);
    }

    private static boolean exists(String path) {
        return Migrator.class.getClassLoader().getResource(path) != null;
    }

    private static String resource(String path) {
        try (InputStream in = Migrator.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + path, e);
        }
    }
}
