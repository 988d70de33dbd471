package io.wattprint.ingest.grid.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.ingest.RecordingContext;
import io.wattprint.ingest.grid.ElectricityMapsImporter;
import io.wattprint.testkit.EmbeddedPg;
import io.wattprint.ledger.Ledger;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * An 8,760-row × 50-zone hourly intensity set (Electricity Maps CSV, current header; each row a
 * lifecycle and a direct point) imported with {@code electricitymaps} into a fresh SQLite and a fresh
 * PostgreSQL ledger, against a bare JDBC batch insert of the same points into {@code factor_points}
 * (same SQL as the repository, batches and transactions of 10,000 rows) in another fresh ledger of the
 * same database, in the same run. Rates are CSV rows per second (2 points each on both sides).
 *
 * <p>Not part of the build: {@code bench/grid-ingest.sh} runs it with {@code -Dwattprint.bench=true}.
 */
@EnabledIfSystemProperty(named = "wattprint.bench", matches = "true")
class GridIngestBench {
    static final int ZONES = 50;
    static final int HOURS = 8760;
    static final int CHUNK = 10_000;
    static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    static final DateTimeFormatter LEDGER_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    static final String HEADER = "Datetime (UTC),Country,Zone name,Zone id,Carbon intensity gCO\u2082eq/kWh (direct),"
            + "Carbon intensity gCO\u2082eq/kWh (Life cycle),Carbon-free energy percentage (CFE%),Renewable energy percentage (RE%),"
            + "Data source,Data estimated,Data estimation method";

    @TempDir
    Path dir;

    @Test
    void intensitySetIntoSqliteAndPostgresAgainstBareJdbc() throws Exception {
        Path files = Files.createDirectories(dir.resolve("files"));
        for (int z = 0; z < ZONES; z++) write(files.resolve(zone(z) + "_2024_hourly.csv"), z);
        System.out.printf("machine: %d cores, %s, Java %s; set: %d zones x %d rows (2 points each)%n",
                Runtime.getRuntime().availableProcessors(), cpu(), System.getProperty("java.version"), ZONES, HOURS);
        // Warm-up (JIT) on a throw-away SQLite ledger: one zone through both paths.
        importAll(dir.resolve("warm-a.db").toString(), files, 1);
        bare(dir.resolve("warm-b.db").toString(), 1);

        String[][] targets = {
            {"SQLite", dir.resolve("import.db").toString(), dir.resolve("bare.db").toString()},
            {"PostgreSQL (embedded, local socket, fsync off)", EmbeddedPg.freshDatabaseUrl(), EmbeddedPg.freshDatabaseUrl()},
        };
        for (String[] t : targets) {
            double imp = importAll(t[1], files, ZONES);
            double raw = bare(t[2], ZONES);
            double rows = (double) ZONES * HOURS;
            System.out.printf(Locale.ROOT, "%s: importer %.2f s = %.0f rows/s; bare JDBC %.2f s = %.0f rows/s; ratio %.2f%n",
                    t[0], imp, rows / imp, raw, rows / raw, raw / imp);
        }
    }

    /** Seconds to import the first {@code zones} files with the importer. */
    private static double importAll(String spec, Path files, int zones) throws IOException {
        try (Ledger ledger = Ledger.open(spec)) {
            RecordingContext ctx = new RecordingContext(ledger, false, false, Clock.systemUTC());
            long t0 = System.nanoTime();
            for (int z = 0; z < zones; z++) new ElectricityMapsImporter().importFile(files.resolve(zone(z) + "_2024_hourly.csv"), ctx);
            double s = (System.nanoTime() - t0) / 1e9;
            assertThat(ctx.imported).isEqualTo((long) zones * HOURS);
            assertThat(ctx.rejected).isEmpty();
            return s;
        }
    }

    /** Seconds to insert the same points with a bare JDBC batch (ledger opened first so the schema exists). */
    private static double bare(String spec, int zones) throws Exception {
        Ledger.open(spec).close();
        String url = spec.startsWith("jdbc:") ? spec : "jdbc:sqlite:" + spec;
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            String added = LEDGER_TIME.format(Instant.now());
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO factor_points (zone, start_ts, end_ts, g_per_kwh, basis, "
                    + "boundary, source, dataset, licence, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (int z = 0; z < zones; z++) {
                    for (String boundary : new String[] {"LIFECYCLE", "DIRECT"}) {
                        for (int h = 0; h < HOURS; h++) {
                            Instant from = T0.plusSeconds(3600L * h);
                            ps.setString(1, zone(z));
                            ps.setString(2, LEDGER_TIME.format(from));
                            ps.setString(3, LEDGER_TIME.format(from.plusSeconds(3600)));
                            ps.setDouble(4, boundary.equals("DIRECT") ? direct(z, h) : lifecycle(z, h));
                            ps.setString(5, "AVERAGE");
                            ps.setString(6, boundary);
                            ps.setString(7, "Electricity Maps");
                            ps.setString(8, "2024 hourly");
                            ps.setString(9, "ODbL");
                            ps.setString(10, added);
                            ps.addBatch();
                            if ((h + 1) % CHUNK == 0 || h == HOURS - 1) {
                                ps.executeBatch();
                                c.commit();
                            }
                        }
                    }
                }
            }
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    private static void write(Path file, int z) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (int h = 0; h < HOURS; h++) {
                w.write(CSV_TIME.format(T0.plusSeconds(3600L * h)) + ",Bench,Bench " + z + "," + zone(z) + "," + direct(z, h) + ","
                        + lifecycle(z, h) + ",50,40,bench,false,\n");
            }
        }
    }

    private static String zone(int z) { return String.format(Locale.ROOT, "BZ%02d", z); }

    private static double lifecycle(int z, int h) { return 100 + z + (h % 24) * 1.25; }

    private static double direct(int z, int h) { return 80 + z + (h % 24) * 1.25; }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
