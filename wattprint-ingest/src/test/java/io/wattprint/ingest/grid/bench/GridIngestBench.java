package io.wattprint.ingest.grid.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.ingest.RecordingContext;
import io.wattprint.ingest.grid.ElectricityMapsImporter;
import io.wattprint.core.factor.FactorSeries;
import io.wattprint.core.factor.FactorSeries.Point;
import io.wattprint.core.model.EmissionFactor.Basis;
import io.wattprint.core.model.EmissionFactor.Boundary;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.testkit.BenchFloor;
import io.wattprint.testkit.EmbeddedPg;
import io.wattprint.ledger.Ledger;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * An 8,760-row × 50-zone hourly intensity set (Electricity Maps CSV, current header; each row a lifecycle and a
 * direct point: 876,000 points in 100 series) stored in a fresh SQLite and a fresh PostgreSQL ledger two ways —
 * through the importer ({@code electricitymaps}: CSV parsing, checks, {@code GridWriter} chunks) and through
 * {@code FactorSeriesRepository.append} alone (the 100 series built before the clock starts, one append each) —
 * against the floor of each database in the same run: the {@code sqlite3} shell {@code .import}ing the same points
 * as (series, epoch second, g/kWh) CSV rows into a {@code WITHOUT ROWID} table keyed (series, ts), and PostgreSQL
 * {@code COPY} of that file into a table with the same primary key. Ratios are the floor's time over ours.
 *
 * <p>Not part of the build: {@code bench/grid-ingest.sh} runs it with {@code -Dwattprint.bench=true}.
 */
@EnabledIfSystemProperty(named = "wattprint.bench", matches = "true")
class GridIngestBench {
    static final int ZONES = 50;
    static final int HOURS = 8760;
    static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    static final String HEADER = "Datetime (UTC),Country,Zone name,Zone id,Carbon intensity gCO\u2082eq/kWh (direct),"
            + "Carbon intensity gCO\u2082eq/kWh (Life cycle),Carbon-free energy percentage (CFE%),Renewable energy percentage (RE%),"
            + "Data source,Data estimated,Data estimation method";
    static final String FLOOR_SQLITE = "CREATE TABLE p (series INTEGER NOT NULL, ts INTEGER NOT NULL, g REAL NOT NULL, "
            + "PRIMARY KEY (series, ts)) WITHOUT ROWID";
    static final String FLOOR_PG = "CREATE TABLE p (series INTEGER NOT NULL, ts BIGINT NOT NULL, g DOUBLE PRECISION NOT NULL, "
            + "PRIMARY KEY (series, ts))";

    @TempDir
    Path dir;

    @Test
    void intensitySetIntoSqliteAndPostgresAgainstTheirFloors() throws Exception {
        Path files = Files.createDirectories(dir.resolve("files"));
        for (int z = 0; z < ZONES; z++) write(files.resolve(zone(z) + "_2024_hourly.csv"), z);
        Path points = dir.resolve("points.csv");
        writeFloorCsv(points);
        List<FactorSeries> series = series();
        double n = 2.0 * ZONES * HOURS;
        System.out.printf("machine: %d cores, %s, Java %s, %s; load average %s; set: %d zones x %d rows = %.0f points%n",
                Runtime.getRuntime().availableProcessors(), cpu(), System.getProperty("java.version"), BenchFloor.sqlite3Version(),
                BenchFloor.loadAverage(), ZONES, HOURS, n);
        // Warm-up (JIT) on throw-away SQLite ledgers: one zone through both paths.
        importAll(dir.resolve("warm-a.db").toString(), files, 1);
        appendAll(dir.resolve("warm-b.db").toString(), series.subList(0, 2));

        double floor = BenchFloor.sqlite3(dir.resolve("floor.db"), FLOOR_SQLITE, "p", points);
        double imp = importAll(dir.resolve("import.db").toString(), files, ZONES);
        double app = appendAll(dir.resolve("append.db").toString(), series);
        report("SQLite", "sqlite3 .import", n, floor, imp, app);

        floor = BenchFloor.pgCopy(EmbeddedPg.freshDatabaseUrl(), FLOOR_PG, "p", points);
        imp = importAll(EmbeddedPg.freshDatabaseUrl(), files, ZONES);
        app = appendAll(EmbeddedPg.freshDatabaseUrl(), series);
        report("PostgreSQL (embedded, fsync off)", "COPY", n, floor, imp, app);
        System.out.printf("load average at the end: %s%n", BenchFloor.loadAverage());
    }

    private static void report(String db, String floorName, double n, double floor, double imp, double app) {
        System.out.printf(Locale.ROOT, "%s: %s %.2f s = %.0f points/s; importer %.2f s = %.0f points/s, ratio %.2f; "
                + "repository append %.2f s = %.0f points/s, ratio %.2f%n",
                db, floorName, floor, n / floor, imp, n / imp, floor / imp, app, n / app, floor / app);
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

    /** Seconds to append the series through the repository, one transaction each. */
    private static double appendAll(String spec, List<FactorSeries> series) {
        try (Ledger ledger = Ledger.open(spec)) {
            Instant added = Instant.now();
            long t0 = System.nanoTime();
            long stored = 0;
            for (FactorSeries s : series) stored += ledger.factorSeries().append(s, added).added();
            double secs = (System.nanoTime() - t0) / 1e9;
            assertThat(stored).isEqualTo((long) series.size() * HOURS);
            return secs;
        }
    }

    /** The points the importer stores, as 100 series (zone x boundary). */
    private static List<FactorSeries> series() {
        List<FactorSeries> out = new ArrayList<>();
        for (int z = 0; z < ZONES; z++) {
            for (Boundary b : new Boundary[] {Boundary.LIFECYCLE, Boundary.DIRECT}) {
                List<Point> ps = new ArrayList<>(HOURS);
                for (int h = 0; h < HOURS; h++) {
                    Instant from = T0.plusSeconds(3600L * h);
                    double g = b == Boundary.DIRECT ? direct(z, h) : lifecycle(z, h);
                    ps.add(new Point(from, from.plusSeconds(3600), CarbonIntensity.ofGramsPerKwh(g)));
                }
                out.add(new FactorSeries(zone(z), "Electricity Maps", "2024 hourly", Basis.AVERAGE, b, "ODbL", ps));
            }
        }
        return out;
    }

    /** The same points as (series, epoch second, g/kWh) rows, series by series. */
    private static void writeFloorCsv(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int z = 0; z < ZONES; z++) {
                for (int b = 0; b < 2; b++) {
                    for (int h = 0; h < HOURS; h++) {
                        double g = b == 1 ? direct(z, h) : lifecycle(z, h);
                        w.write((2 * z + b + 1) + "," + (T0.getEpochSecond() + 3600L * h) + "," + g + "\n");
                    }
                }
            }
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
