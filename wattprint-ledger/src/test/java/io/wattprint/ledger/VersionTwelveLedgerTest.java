package io.wattprint.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.ComponentEnergy;
import io.wattprint.core.model.Explanation;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.quantity.Pue;
import io.wattprint.testkit.EmbeddedPg;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ledger written by the code of schema version 12 (each footprint version with its whole explanation text, a run's
 * rows keyed by its UUID) is carried forward by versions 13 (explanation patterns stored once, values per footprint)
 * and 14 (a run's tags, outcome, updates, footprints and components keyed by its integer surrogate): every stored
 * version reads back the same lines — a text holding the pattern's own marker characters included — and the run its
 * tags, components and updated end, on SQLite and PostgreSQL; and the migrated ledger goes on taking runs and
 * footprints, runs of one method and factor sharing one stored pattern.
 */
class VersionTwelveLedgerTest {
    private static final String RUN = "a0000000-0000-4000-8000-000000000001";
    private static final String V1_TEXT = "kgCO2e (location-based) = 0.100000000    [facility energy × factor]\n"
            + "  grid factor: 21.7 gCO2e/kWh  — RTE\n  note: odd \u001f and \u001b characters kept";
    private static final String V2_TEXT = "kgCO2e (location-based) = 0.200000000\n  location: FR";

    @TempDir
    Path dir;

    @Test
    void sqlite() throws Exception {
        String spec = dir.resolve("v12.db").toString();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + spec)) {
            writeVersionTwelve(c, Dialect.SQLITE);
        }
        readForward(spec);
    }

    @Test
    void postgresql() throws Exception {
        String url = EmbeddedPg.freshDatabaseUrl();
        try (Connection c = DriverManager.getConnection(url)) {
            writeVersionTwelve(c, Dialect.POSTGRESQL);
        }
        readForward(url);
    }

    /** Migrations 1-12, then a closed run with two footprint versions as version 12's FootprintRow wrote them. */
    private static void writeVersionTwelve(Connection c, Dialect dialect) throws Exception {
        List<Migrator.Migration> twelve = Migrator.shipped(dialect).subList(0, 12);
        assertThat(twelve.get(11).version()).isEqualTo(12);
        new Migrator(dialect, twelve).migrate(c, "v12");
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO runs (id, idempotency_key, workload, zone, start_ts, rid) VALUES "
                    + "('" + RUN + "', 'k1', 'train', 'FR', '2026-11-23T09:00:00.000000Z', "
                    + (dialect == Dialect.SQLITE ? "1" : "nextval('runs_rid_seq')") + ")");
            s.execute("INSERT INTO run_outcomes (run_id, end_ts, status, exit_code) VALUES "
                    + "('" + RUN + "', '2026-11-23T09:30:00.000000Z', 'SUCCEEDED', 0)");
            s.execute("INSERT INTO run_tags (run_id, tag, value) VALUES ('" + RUN + "', 'owner', 'ana'), ('" + RUN
                    + "', 'dataset', 'squad')");
        }
        String insert = "INSERT INTO footprints (run_id, seq, computed_at, it_energy_j, facility_energy_j, pue, pue_basis, "
                + "co2e_g, factor_zone, factor_g_per_kwh, factor_year, factor_source, factor_dataset, dataset, measured_share, "
                + "explanation) VALUES (?, ?, '2026-11-23T09:30:00.000000Z', 3600000, 3600000, 1.0, 'none', ?, 'FR', 21.7, "
                + "2024, 'RTE', NULL, NULL, 1.0, ?)";
        try (var ps = c.prepareStatement(insert)) {
            ps.setString(1, RUN);
            ps.setInt(2, 1);
            ps.setDouble(3, 100);
            ps.setString(4, V1_TEXT);
            ps.executeUpdate();
            ps.setString(1, RUN);
            ps.setInt(2, 2);
            ps.setDouble(3, 200);
            ps.setString(4, V2_TEXT);
            ps.executeUpdate();
        }
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO footprint_components (run_id, seq, ordinal, component, provenance_kind, provenance_method, "
                    + "energy_j) VALUES ('" + RUN + "', 1, 0, 'gpu:0', 'MEASURED_COUNTER', 'nvml', 3600000), ('" + RUN
                    + "', 2, 0, 'gpu:0', 'MEASURED_COUNTER', 'nvml', 3000000), ('" + RUN
                    + "', 2, 1, 'cpu:package-0', 'ESTIMATED', 'tdp-utilisation', 600000)");
            s.execute("INSERT INTO run_updates (run_id, seq, end_ts, import_id, recorded_at) VALUES ('" + RUN
                    + "', 2, '2026-11-23T10:00:00.000000Z', NULL, '2026-11-23T10:00:01.000000Z')");
        }
    }

    private static void readForward(String spec) throws Exception {
        try (Ledger ledger = Ledger.open(spec)) {
            RunRecord r = ledger.runs().find(RUN).orElseThrow();
            assertThat(r.footprint().explanation()).containsExactly("kgCO2e (location-based) = 0.200000000", "  location: FR");
            assertThat(r.run().workload().tags()).containsExactly(entry("dataset", "squad"), entry("owner", "ana"));
            assertThat(r.footprint().components()).extracting(ce -> ce.component().toString(), ce -> ce.energy().joules())
                    .containsExactly(tuple("gpu:0", 3_000_000.0), tuple("cpu:package-0", 600_000.0));
            assertThat(r.run().end()).as("the update's end").isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
            assertThat(r.run().exitCode()).isZero();
            assertThat(ledger.footprints().versions(RUN)).extracting(v -> v.seq(), v -> v.isUpdate())
                    .containsExactly(tuple(1, false), tuple(2, true));
            assertThat(storedExplanation(ledger, 1)).containsExactly(V1_TEXT.split("\n", -1));

            long before = patterns(ledger);
            for (int i = 0; i < 3; i++) closeRun(ledger, i);
            assertThat(ledger.runs().find(id(2)).orElseThrow().run().workload().tags()).containsExactly(entry("n", "2"));
            assertThat(patterns(ledger)).as("three runs of one method and factor add one pattern").isEqualTo(before + 1);
            assertThat(ledger.runs().find(id(2)).orElseThrow().footprint().explanation())
                    .containsExactly("kgCO2e (location-based) = 2.0 g", "  grid factor: 21.7 gCO2e/kWh  — RTE 2024");
        }
    }

    private static void closeRun(Ledger ledger, int i) {
        Instant start = Instant.parse("2026-11-24T00:00:00Z").plusSeconds(60L * i);
        Run run = new Run(id(i), "key-" + i, Workload.builder("w").tag("n", String.valueOf(i)).build(), "h", new Location("FR", null, null), start, null,
                RunStatus.RUNNING, null, null);
        ledger.runs().insertRun(run);
        Energy e = Energy.ofJoules(1000 * (i + 1));
        List<ComponentEnergy> parts = List.of(new ComponentEnergy(Component.gpu("0"),
                Provenance.of(Provenance.Kind.MEASURED_COUNTER, "nvml"), e));
        PueAssumption pue = new PueAssumption(Pue.of(1.0), "none");
        Explanation x = Explanation.builder("kgCO2e (location-based)", i + ".0 g")
                .input("grid factor", "21.7 gCO2e/kWh", "RTE 2024").build();
        ledger.runs().closeRun(run.id(), start.plusSeconds(30), RunStatus.SUCCEEDED, 0,
                new Footprint(parts, e, pue, e, Co2e.ofGrams(i), null, x), "test", start);
    }

    private static String id(int i) {
        return String.format("b%07d-0000-4000-8000-000000000000", i);
    }

    /** A stored version's explanation lines, read as the run reader reads the latest. */
    private static List<String> storedExplanation(Ledger ledger, int seq) throws Exception {
        try (Statement s = ledger.connection().createStatement(); ResultSet rs = s.executeQuery("SELECT e.pattern, "
                + "f.explanation_values FROM footprints f JOIN explanations e ON e.id = f.explanation_id WHERE f.seq = " + seq)) {
            assertThat(rs.next()).isTrue();
            return ExplanationRow.lines(rs.getString(1), rs.getString(2));
        }
    }

    private static long patterns(Ledger ledger) throws Exception {
        try (Statement s = ledger.connection().createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM explanations")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
