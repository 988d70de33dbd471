package io.wattprint.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.core.quantity.Energy;
import io.wattprint.ledger.BulkLoad;
import io.wattprint.ledger.Ledger;
import io.wattprint.testkit.BenchFloor;
import io.wattprint.testkit.EmbeddedPg;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agent intervals into the ledger: {@value #RUNS} runs × {@value #COMPONENTS} components × {@value #TICKS} one-second
 * ticks (1,000,000 intervals, microsecond-precise starts), sent as an agent sends them: {@code IntervalRepository.append}
 * of {@value #BATCH} intervals a call, one transaction each, run after run. Into a fresh SQLite ledger with its normal
 * durability (every commit flushed) and again inside a {@code Ledger.bulkLoad()}, and into a fresh PostgreSQL ledger;
 * against the floor of each database in the same run: the {@code sqlite3} shell {@code .import}ing the same rows as
 * (run, start µs, component, span µs, joules, provenance) CSV into a {@code WITHOUT ROWID} table keyed as ours, and
 * PostgreSQL {@code COPY} of that file. Then the SQLite ledger's size per stored interval: file size after
 * {@code VACUUM} over the number of intervals. Ratios are the floor's time over ours.
 *
 * <p>Not part of the build: {@code bench/interval-write.sh} runs it with {@code -Dwattprint.bench=true}.
 */
@EnabledIfSystemProperty(named = "wattprint.bench", matches = "true")
class IntervalWriteBench {
    static final int RUNS = 100;
    static final int COMPONENTS = 4;
    static final int TICKS = 2_500;
    static final int BATCH = 1_000;
    static final Instant T0 = Instant.parse("2026-11-23T10:00:00.000123Z");
    static final Component[] PARTS = {Component.gpu("0"), Component.gpu("1"), Component.cpuPackage(0), Component.parse("dram")};
    static final Provenance[] HOW = {new Provenance.MeasuredCounter("nvml-total-energy"),
        new Provenance.MeasuredCounter("nvml-total-energy"), new Provenance.MeasuredCounter("rapl-energy_uj"),
        new Provenance.Estimated("dram-per-gib")};
    static final String FLOOR_SQLITE = "CREATE TABLE i (rid INTEGER NOT NULL, start_us INTEGER NOT NULL, component INTEGER NOT NULL, "
            + "span_us INTEGER NOT NULL, energy_j REAL NOT NULL, provenance INTEGER NOT NULL, "
            + "PRIMARY KEY (rid, start_us, component)) WITHOUT ROWID";
    static final String FLOOR_PG = "CREATE TABLE i (rid BIGINT NOT NULL, start_us BIGINT NOT NULL, component BIGINT NOT NULL, "
            + "span_us BIGINT NOT NULL, energy_j DOUBLE PRECISION NOT NULL, provenance BIGINT NOT NULL, "
            + "PRIMARY KEY (rid, start_us, component))";

    @TempDir
    Path dir;

    @Test
    void agentIntervalsIntoSqliteAndPostgresAgainstTheirFloors() throws Exception {
        List<List<EnergyInterval>> runs = new ArrayList<>();
        for (int r = 0; r < RUNS; r++) runs.add(intervals(r));
        Path csv = dir.resolve("intervals.csv");
        writeFloorCsv(csv, runs);
        double n = (double) RUNS * COMPONENTS * TICKS;
        System.out.printf("machine: %d cores, Java %s, %s; load average %s; %.0f intervals in appends of %d%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), BenchFloor.sqlite3Version(),
                BenchFloor.loadAverage(), n, BATCH);
        store(dir.resolve("warm.db").toString(), runs.subList(0, 5), false);   // JIT warm-up

        String only = System.getProperty("bench.only", "");   // sqlite or postgresql: one database only
        if (!only.equals("postgresql")) sqlite(csv, runs, n);
        if (!only.equals("sqlite")) postgresql(csv, runs, n);
        System.out.printf("load average at the end: %s%n", BenchFloor.loadAverage());
    }

    private void sqlite(Path csv, List<List<EnergyInterval>> runs, double n) throws Exception {
        double floor = BenchFloor.sqlite3(dir.resolve("floor.db"), FLOOR_SQLITE, "i", csv);
        Path durable = dir.resolve("durable.db");
        double plain = store(durable.toString(), runs, false);
        double bulk = store(dir.resolve("bulk.db").toString(), runs, true);
        System.out.printf(Locale.ROOT, "SQLite: sqlite3 .import %.2f s = %.0f intervals/s; append %.2f s = %.0f intervals/s, "
                + "ratio %.2f; append in a bulk load %.2f s = %.0f intervals/s, ratio %.2f%n",
                floor, n / floor, plain, n / plain, floor / plain, bulk, n / bulk, floor / bulk);
        long bytes = vacuumedSize(durable);
        long floorBytes = vacuumedSize(dir.resolve("floor.db"));
        System.out.printf(Locale.ROOT, "SQLite size: ledger %d bytes after VACUUM = %.1f bytes per interval "
                + "(the sqlite3 floor's table alone: %.1f)%n", bytes, bytes / n, floorBytes / n);
    }

    private static void postgresql(Path csv, List<List<EnergyInterval>> runs, double n) throws Exception {
        double floor;
        double plain;
        floor = BenchFloor.pgCopy(EmbeddedPg.freshDatabaseUrl(), FLOOR_PG, "i", csv);
        plain = store(EmbeddedPg.freshDatabaseUrl(), runs, false);
        System.out.printf(Locale.ROOT, "PostgreSQL (embedded, fsync off): COPY %.2f s = %.0f intervals/s; append %.2f s = "
                + "%.0f intervals/s, ratio %.2f%n", floor, n / floor, plain, n / plain, floor / plain);
    }

    /** Seconds to append every run's intervals, {@value #BATCH} a call (the runs are stored before the clock starts). */
    private static double store(String spec, List<List<EnergyInterval>> runs, boolean bulk) {
        try (Ledger ledger = Ledger.open(spec)) {
            List<String> ids = new ArrayList<>();
            for (int r = 0; r < runs.size(); r++) ids.add(ledger.runs().insertRun(run(r)));
            long t0 = System.nanoTime();
            long stored = 0;
            try (BulkLoad load = bulk ? ledger.bulkLoad() : null) {
                for (int r = 0; r < runs.size(); r++) {
                    List<EnergyInterval> xs = runs.get(r);
                    for (int i = 0; i < xs.size(); i += BATCH) {
                        stored += ledger.intervals().append(ids.get(r), xs.subList(i, Math.min(xs.size(), i + BATCH)));
                    }
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            assertThat(stored).isEqualTo((long) runs.size() * COMPONENTS * TICKS);
            return s;
        }
    }

    private static long vacuumedSize(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            s.execute("VACUUM");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        long size = Files.size(db);
        Path wal = Path.of(db + "-wal");
        return size + (Files.exists(wal) ? Files.size(wal) : 0);
    }

    /** One run's intervals, tick by tick (all components of a tick, then the next), as the meter sends them. */
    private static List<EnergyInterval> intervals(int r) {
        List<EnergyInterval> out = new ArrayList<>(COMPONENTS * TICKS);
        Instant start = T0.plusSeconds(86_400L * r);
        for (int t = 0; t < TICKS; t++) {
            Instant from = start.plusNanos(1_000_017_000L * t);
            Instant to = from.plusNanos(1_000_017_000L);
            for (int c = 0; c < COMPONENTS; c++) {
                out.add(new EnergyInterval(from, to, PARTS[c], Energy.ofJoules(joules(r, t, c)), HOW[c]));
            }
        }
        return out;
    }

    private static double joules(int r, int t, int c) { return 40 + c * 90 + ((r * 31 + t * 7 + c) % 1000) * 0.123456789; }

    private static Run run(int r) {
        String id = String.format(Locale.ROOT, "%08d-0000-4000-8000-000000000000", r);
        return new Run(id, "key-" + id, Workload.builder("bench").build(), "gpu-node-7", new Location("FR", null, null),
                T0.plusSeconds(86_400L * r), null, RunStatus.RUNNING, null, "python train.py");
    }

    /** The same intervals as the ledger's integer rows (run r + 1, dictionary ids 1-4). */
    private static void writeFloorCsv(Path file, List<List<EnergyInterval>> runs) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int r = 0; r < runs.size(); r++) {
                int k = 0;
                for (EnergyInterval x : runs.get(r)) {
                    long from = micros(x.start());
                    w.write((r + 1) + "," + from + "," + (k % COMPONENTS + 1) + "," + (micros(x.end()) - from) + ","
                            + x.energy().joules() + "," + (k % COMPONENTS + 1) + "\n");
                    k++;
                }
            }
        }
    }

    private static long micros(Instant t) { return t.getEpochSecond() * 1_000_000L + t.getNano() / 1000; }
}
