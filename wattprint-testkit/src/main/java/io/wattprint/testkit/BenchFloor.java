package io.wattprint.testkit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;

/**
 * The floors the write benchmarks compare the ledger with: the same rows loaded the leanest way each database
 * has, in the same run. SQLite: the {@code sqlite3} shell ({@code /usr/bin/sqlite3}) creating one table in a new
 * file and {@code .import}ing a CSV file into it (one transaction, the shell's default journal and
 * synchronous settings). PostgreSQL: {@code COPY ... FROM STDIN (FORMAT csv)} of the same file into a new table.
 */
public final class BenchFloor {
    private BenchFloor() {}

    /** The shell's version line, or null when there is no {@code sqlite3} on the PATH. */
    public static String sqlite3Version() {
        try {
            Process p = new ProcessBuilder("sqlite3", "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * Seconds the {@code sqlite3} shell takes, start to exit, to create {@code ddl}'s table in the new file {@code db}
     * and import {@code csv} (no header) into {@code table}.
     */
    public static double sqlite3(Path db, String ddl, String table, Path csv) throws IOException, InterruptedException {
        Files.deleteIfExists(db);
        String script = ddl + ";\n.mode csv\n.import '" + csv.toAbsolutePath() + "' " + table + "\n";
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("sqlite3", db.toString()).redirectErrorStream(true).start();
        p.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || !out.isBlank()) {
            throw new IOException("sqlite3 failed (exit " + (p.isAlive() ? "none" : p.exitValue()) + "): " + out);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Seconds to create {@code ddl}'s table in the database at {@code url} and COPY {@code csv} (no header) into it. */
    public static double pgCopy(String url, String ddl, String table, Path csv) throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection(url)) {
            try (Statement s = c.createStatement()) {
                s.execute(ddl);
            }
            long t0 = System.nanoTime();
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN (FORMAT csv)", in);
            }
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    /** The 1-, 5- and 15-minute load averages, as {@code /proc/loadavg} gives them ("?" elsewhere). */
    public static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
