package io.wattprint.ingest.bench;

import io.wattprint.ingest.Ingest;
import io.wattprint.ingest.IngestSummary;
import io.wattprint.ingest.codecarbon.CodeCarbonCsv;
import io.wattprint.ingest.codecarbon.CodeCarbonImporter;
import io.wattprint.testkit.EmbeddedPg;
import io.wattprint.ledger.Ledger;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Rows per second of {@code wattprint ingest codecarbon} for a generated N-row v3 file, into SQLite
 * and into embedded PostgreSQL, against a bare JDBC batch insert of the same rows (one runs row, five
 * tags, one outcome, three intervals, one footprint with the explanation values of the import's first run and three
 * components per CSV row; the explanation pattern stored once) into the same tables, 1,000 rows to a transaction, measured in the same run. The
 * bare insert uses the import's ids, keys and timestamps, and its durability settings during the load.
 * Usage: {@code CodeCarbonImportBench N [sqlite|postgresql|both]}; run by {@code bench/ingest-codecarbon.sh} through
 * {@code CodeCarbonImportBenchTest}.
 */
public final class CodeCarbonImportBench {
    public static void main(String[] args) throws Exception {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000, args.length > 1 ? args[1] : "both");
        System.exit(0); // the embedded PostgreSQL's threads would keep the JVM alive
    }

    /** Generates the file, imports it and inserts the same rows bare, into SQLite, PostgreSQL or both; prints the rates. */
    static void run(int n, String which) throws Exception {
        Path dir = Files.createTempDirectory("wattprint-bench-");
        Path csv = dir.resolve("emissions.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write(CodeCarbonCsv.V3_HEADER);
            w.write('\n');
            for (int i = 0; i < n; i++) {
                Map<String, String> v = CodeCarbonCsv.v3("run-" + i, timestamp(i), duration(i), 0.01 + (i % 97) * 1e-4, 0.2 + (i % 89) * 1e-3,
                        0.003, 1.2, 0.01);
                w.write(CodeCarbonCsv.row(CodeCarbonCsv.V3_HEADER, v));
                w.write('\n');
            }
        }
        System.out.printf(Locale.ROOT, "file: %,d rows, %,d bytes; %s%n", n, Files.size(csv), System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version"));
        if (!which.equals("postgresql")) compare("sqlite", dir.resolve("import.db").toString(), dir.resolve("bare.db").toString(), csv, n);
        if (!which.equals("sqlite")) compare("postgresql", EmbeddedPg.freshDatabaseUrl(), EmbeddedPg.freshDatabaseUrl(), csv, n);
    }

    private static String timestamp(int i) {
        return String.format(Locale.ROOT, "2026-01-%02dT%02d:%02d:%02d", 1 + i % 28, i % 24, i % 60, (i / 60) % 60);
    }

    private static int duration(int i) { return 60 + i % 300; }

    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT);

    /**
     * The keys of the rows the import stores: their ids (name-based UUIDs of the idempotency key, as the
     * importer makes them, so rows land in the same B-tree order), start and end as stored. Computed before
     * the bare insert is timed. {@code -Dbench.bareIds=sequential} gives the ids used before (ascending).
     */
    private static String[][] rows(int n) {
        boolean sequential = "sequential".equals(System.getProperty("bench.bareIds"));
        String[][] out = new String[n][];
        for (int i = 0; i < n; i++) {
            String key = "codecarbon:run-" + i;
            String id = sequential ? String.format(Locale.ROOT, "%08d-0000-3000-8000-%012d", i, i)
                    : UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
            Instant end = LocalDateTime.parse(timestamp(i)).toInstant(ZoneOffset.UTC);
            out[i] = new String[] {id, key, MICROS.format(end.minusSeconds(duration(i)).atOffset(ZoneOffset.UTC)),
                    MICROS.format(end.atOffset(ZoneOffset.UTC)), "run-" + i};
        }
        return out;
    }

    private static void compare(String db, String importSpec, String bareSpec, Path csv, int n) throws Exception {
        String[] explanation;
        long t0 = System.nanoTime();
        IngestSummary s;
        try (Ledger ledger = Ledger.open(importSpec)) {
            t0 = System.nanoTime();
            s = Ingest.run(ledger, new CodeCarbonImporter(), csv, new Ingest.Options(false, false, Clock.systemUTC(), null));
            t0 = System.nanoTime() - t0;
        }
        String importUrl = importSpec.startsWith("jdbc:") ? importSpec : "jdbc:sqlite:" + importSpec;
        try (Connection c = DriverManager.getConnection(importUrl); var st = c.createStatement();
             var rs = st.executeQuery("SELECT e.pattern, f.explanation_values FROM footprints f "
                     + "JOIN explanations e ON e.id = f.explanation_id LIMIT 1")) {
            rs.next();
            explanation = new String[] {rs.getString(1), rs.getString(2)}; // one stored pattern, its values per run
        }
        if (s.imported() != n) throw new IllegalStateException("imported " + s.imported() + " of " + n);
        double importRate = n / (t0 / 1e9);
        try (Ledger ledger = Ledger.open(bareSpec)) {
            // Migrated schema; the bare insert uses its own connection.
        }
        String url = bareSpec.startsWith("jdbc:") ? bareSpec : "jdbc:sqlite:" + bareSpec;
        long t1;
        String[][] rows = rows(n);
        try (Connection c = DriverManager.getConnection(url)) {
            // The import's durability during the load (Ledger.bulkLoad): commits not flushed one by one.
            try (var st = c.createStatement()) {
                if (url.startsWith("jdbc:sqlite:")) {
                    st.execute("PRAGMA journal_mode=WAL");
                    st.execute("PRAGMA synchronous=NORMAL");
                    st.execute("PRAGMA cache_size=" + io.wattprint.ledger.BulkLoad.CACHE_KIB);
                } else {
                    st.execute("SET synchronous_commit = off");
                }
            }
            t1 = System.nanoTime();
            bare(c, rows, explanation);
            t1 = System.nanoTime() - t1;
        }
        double bareRate = n / (t1 / 1e9);
        System.out.printf(Locale.ROOT, "%-10s import %,.0f rows/s (%.1f s)   bare JDBC %,.0f rows/s (%.1f s)   ratio %.2f%n", db, importRate,
                t0 / 1e9, bareRate, t1 / 1e9, importRate / bareRate);
    }

    private static void bare(Connection c, String[][] rows, String[] explanation) throws Exception {
        int n = rows.length;
        long[][] micros = new long[n][2];   // the intervals' start and end as the ledger stores them (schema 12)
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 2; k++) {
                java.time.Instant t = java.time.Instant.parse(rows[i][2 + k]);
                micros[i][k] = t.getEpochSecond() * 1_000_000L + t.getNano() / 1000;
            }
        }
        c.setAutoCommit(false);
        try (var st = c.createStatement()) {
            st.execute("INSERT INTO interval_components (name) VALUES ('cpu'), ('gpu:all'), ('dram')");
            st.execute("INSERT INTO interval_provenances (kind, method) VALUES ('IMPORTED', 'codecarbon 3.0.1')");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO explanations (id, digest, pattern) VALUES (1, 'bench', ?)")) {
            ps.setString(1, explanation[0]);
            ps.executeUpdate();
        }
        try (PreparedStatement runs = c.prepareStatement("INSERT INTO runs (id, idempotency_key, workload, project, team, model, "
                + "model_version, phase, host, zone, cloud_region, facility, start_ts, command, rid) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement tags = c.prepareStatement("INSERT INTO run_tags (rid, tag, value) VALUES (?, ?, ?)");
             PreparedStatement outcomes = c.prepareStatement("INSERT INTO run_outcomes (rid, end_ts, status, exit_code) VALUES (?, ?, ?, ?)");
             PreparedStatement intervals = c.prepareStatement("INSERT INTO intervals (rid, start_us, component, span_us, energy_j, "
                     + "provenance) VALUES (?, ?, ?, ?, ?, 1)");
             PreparedStatement footprints = c.prepareStatement("INSERT INTO footprints (rid, seq, computed_at, it_energy_j, "
                     + "facility_energy_j, pue, pue_basis, co2e_g, factor_zone, factor_g_per_kwh, factor_year, factor_source, "
                     + "factor_dataset, dataset, measured_share, explanation_id, explanation_values) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)");
             PreparedStatement components = c.prepareStatement("INSERT INTO footprint_components (rid, seq, ordinal, component, "
                     + "provenance_kind, provenance_method, energy_j) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            String[] comps = {"cpu", "gpu:all", "dram"};
            for (int i = 0; i < n; i++) {
                String id = rows[i][0], start = rows[i][2], end = rows[i][3];
                runs.setString(1, id);
                runs.setString(2, rows[i][1]);
                runs.setString(3, "bert");
                runs.setString(4, "bert");
                for (int k = 5; k <= 9; k++) runs.setNull(k, java.sql.Types.VARCHAR);
                runs.setString(10, "FR");
                runs.setNull(11, java.sql.Types.VARCHAR);
                runs.setNull(12, java.sql.Types.VARCHAR);
                runs.setString(13, start);
                runs.setNull(14, java.sql.Types.VARCHAR);
                runs.setLong(15, i + 1);
                runs.addBatch();
                String[][] tv = {{"codecarbon_emissions_kg", "0.01"}, {"codecarbon_experiment_id", "exp-1"}, {"codecarbon_run_id", rows[i][4]},
                        {"import_id", "b3c1e7a2-0000-4000-8000-000000000000"}, {"imported_from", "emissions.csv"}};
                for (String[] t : tv) {
                    tags.setLong(1, i + 1);
                    tags.setString(2, t[0]);
                    tags.setString(3, t[1]);
                    tags.addBatch();
                }
                outcomes.setLong(1, i + 1);
                outcomes.setString(2, end);
                outcomes.setString(3, "SUCCEEDED");
                outcomes.setNull(4, java.sql.Types.INTEGER);
                outcomes.addBatch();
                for (int k = 0; k < 3; k++) {
                    intervals.setLong(1, i + 1);
                    intervals.setLong(2, micros[i][0]);
                    intervals.setLong(3, k + 1);
                    intervals.setLong(4, micros[i][1] - micros[i][0]);
                    intervals.setDouble(5, 1000.0 + k);
                    intervals.addBatch();
                    components.setLong(1, i + 1);
                    components.setInt(2, 1);
                    components.setInt(3, k);
                    components.setString(4, comps[k]);
                    components.setString(5, "IMPORTED");
                    components.setString(6, "codecarbon 3.0.1");
                    components.setDouble(7, 1000.0 + k);
                    components.addBatch();
                }
                footprints.setLong(1, i + 1);
                footprints.setInt(2, 1);
                footprints.setString(3, end);
                footprints.setDouble(4, 3003);
                footprints.setDouble(5, 3603.6);
                footprints.setDouble(6, 1.2);
                footprints.setString(7, "declared in the CodeCarbon file (column pue)");
                footprints.setDouble(8, 0.05);
                footprints.setString(9, "FR");
                footprints.setDouble(10, 56.04);
                footprints.setInt(11, 2023);
                footprints.setString(12, "Ember");
                footprints.setNull(13, java.sql.Types.VARCHAR);
                footprints.setString(14, "wattprint-data");
                footprints.setDouble(15, 0);
                footprints.setString(16, explanation[1]);
                footprints.addBatch();
                if ((i + 1) % 1_000 == 0 || i == n - 1) {
                    runs.executeBatch();
                    tags.executeBatch();
                    outcomes.executeBatch();
                    intervals.executeBatch();
                    footprints.executeBatch();
                    components.executeBatch();
                    c.commit();
                }
            }
        }
    }
}
