package io.wattprint.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.factor.FactorSeries;
import io.wattprint.core.factor.FactorSeries.Point;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.EmissionFactor.Basis;
import io.wattprint.core.model.EmissionFactor.Boundary;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Energy;
import io.wattprint.testkit.EmbeddedPg;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ledger written by the code of schema version 10 (text timestamps, UUID-keyed intervals, one row per factor point
 * with its series' identity) is carried forward by versions 11 and 12 and reads back what was stored, on SQLite and
 * PostgreSQL; and the migrated ledger goes on taking writes (new runs get surrogates after the old ones, a re-sent
 * interval or point is still a no-op).
 */
class VersionTenLedgerTest {
    private static final Provenance NVML = Provenance.of(Provenance.Kind.MEASURED_COUNTER, "nvml");
    private static final Provenance TDP = Provenance.of(Provenance.Kind.ESTIMATED, "tdp-utilisation");

    @TempDir
    Path dir;

    @Test
    void sqlite() throws Exception {
        String spec = dir.resolve("v10.db").toString();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + spec)) {
            writeVersionTen(c, Dialect.SQLITE);
        }
        readForward(spec);
    }

    @Test
    void postgresql() throws Exception {
        String url = EmbeddedPg.freshDatabaseUrl();
        try (Connection c = DriverManager.getConnection(url)) {
            writeVersionTen(c, Dialect.POSTGRESQL);
        }
        readForward(url);
    }

    /** Migrations 1-10, then rows as version 10's repositories wrote them. */
    private static void writeVersionTen(Connection c, Dialect dialect) throws Exception {
        List<Migrator.Migration> ten = Migrator.shipped(dialect).subList(0, 10);
        assertThat(ten.get(9).version()).isEqualTo(10);
        new Migrator(dialect, ten).migrate(c, "v10");
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO runs (id, idempotency_key, workload, facility, zone, start_ts) VALUES "
                    + "('b0000000-0000-4000-8000-000000000002', 'k2', 'train', 'dc1', 'FR', '2026-11-23T10:00:00.000000Z'), "
                    + "('a0000000-0000-4000-8000-000000000001', 'k1', 'infer', NULL, 'DE', '2026-11-23T09:00:00.000000Z')");
            s.execute("INSERT INTO run_outcomes (run_id, end_ts, status, exit_code) VALUES "
                    + "('a0000000-0000-4000-8000-000000000001', '2026-11-23T09:30:00.000000Z', 'SUCCEEDED', 0)");
            s.execute("INSERT INTO intervals (run_id, component, start_ts, end_ts, energy_j, provenance_kind, provenance_method) "
                    + "VALUES ('b0000000-0000-4000-8000-000000000002', 'gpu:0', '2026-11-23T10:00:00.000000Z', "
                    + "'2026-11-23T10:00:01.250001Z', 312.5, 'MEASURED_COUNTER', 'nvml'), "
                    + "('b0000000-0000-4000-8000-000000000002', 'cpu:package-0', '2026-11-23T10:00:00.000000Z', "
                    + "'2026-11-23T10:00:01.250001Z', 40.25, 'ESTIMATED', 'tdp-utilisation'), "
                    + "('b0000000-0000-4000-8000-000000000002', 'gpu:0', '2026-11-23T10:59:59.999999Z', "
                    + "'2026-11-23T11:00:00.500000Z', 0.125, 'MEASURED_COUNTER', 'nvml'), "
                    + "('b0000000-0000-4000-8000-000000000002', 'gpu:0', '2026-11-23T11:00:00.500000Z', "
                    + "'2026-11-23T11:00:02.000000Z', 100.0, 'MEASURED_COUNTER', 'nvml'), "
                    + "('a0000000-0000-4000-8000-000000000001', 'gpu:0', '2026-11-23T09:00:00.000000Z', "
                    + "'2026-11-23T09:30:00.000000Z', 5000.0, 'MEASURED_COUNTER', 'nvml')");
            // Two datasets of one zone's series (the correction imported later), and a licence on the first only.
            s.execute("INSERT INTO factor_points (zone, start_ts, end_ts, g_per_kwh, basis, boundary, source, dataset, licence, "
                    + "added_at) VALUES "
                    + "('FR', '2026-11-23T10:00:00.000000Z', '2026-11-23T11:00:00.000000Z', 52.5, 'AVERAGE', 'LIFECYCLE', "
                    + "'electricitymaps', '2026-v1', 'ODbL', '2026-11-24T08:00:00.000000Z'), "
                    + "('FR', '2026-11-23T11:00:00.000000Z', '2026-11-23T12:00:00.000000Z', 48.0, 'AVERAGE', 'LIFECYCLE', "
                    + "'electricitymaps', '2026-v1', 'ODbL', '2026-11-24T08:00:00.000000Z'), "
                    + "('FR', '2026-11-23T10:00:00.000000Z', '2026-11-23T11:00:00.000000Z', 51.0, 'AVERAGE', 'LIFECYCLE', "
                    + "'electricitymaps', '2026-v2', NULL, '2026-11-25T08:00:00.000000Z'), "
                    + "('DE', '2026-11-23T10:00:00.000000Z', '2026-11-23T10:15:00.000000Z', 380.0, 'MARGINAL', 'DIRECT', "
                    + "'watttime', '', NULL, '2026-11-24T09:00:00.000000Z')");
        }
    }

    private static void readForward(String spec) {
        String b = "b0000000-0000-4000-8000-000000000002";
        String a = "a0000000-0000-4000-8000-000000000001";
        try (Ledger ledger = Ledger.open(spec)) {
            assertThat(ledger.schemaVersion()).isEqualTo(new Migrator(ledger.dialect()).latest());
            IntervalRepository iv = ledger.intervals();
            assertThat(iv.ofRun(b)).containsExactly(
                    x("2026-11-23T10:00:00Z", "2026-11-23T10:00:01.250001Z", "cpu:package-0", 40.25, TDP),
                    x("2026-11-23T10:00:00Z", "2026-11-23T10:00:01.250001Z", "gpu:0", 312.5, NVML),
                    x("2026-11-23T10:59:59.999999Z", "2026-11-23T11:00:00.500Z", "gpu:0", 0.125, NVML),
                    x("2026-11-23T11:00:00.500Z", "2026-11-23T11:00:02Z", "gpu:0", 100.0, NVML));
            assertThat(iv.hourly(b)).containsExactly(
                    x("2026-11-23T10:00:00Z", "2026-11-23T10:00:01.250001Z", "cpu:package-0", 40.25, TDP),
                    x("2026-11-23T10:00:00Z", "2026-11-23T11:00:00.500Z", "gpu:0", 312.625, NVML),
                    x("2026-11-23T11:00:00.500Z", "2026-11-23T11:00:02Z", "gpu:0", 100.0, NVML));
            assertThat(iv.count(b)).isEqualTo(4);
            assertThat(iv.ofRun(a)).containsExactly(x("2026-11-23T09:00:00Z", "2026-11-23T09:30:00Z", "gpu:0", 5000.0, NVML));
            List<IntervalRepository.RunEnergy> dc1 = iv.hourlyAtFacility("dc1", Instant.parse("2026-11-23T11:00:00Z"),
                    Instant.parse("2026-11-23T12:00:00Z"));
            assertThat(dc1).hasSize(1);
            assertThat(dc1.get(0).record().run().id()).isEqualTo(b);
            assertThat(dc1.get(0).hourly()).containsExactly(x("2026-11-23T11:00:00.500Z", "2026-11-23T11:00:02Z", "gpu:0", 100.0, NVML));

            FactorSeriesRepository fs = ledger.factorSeries();
            assertThat(fs.zones()).containsExactly("DE", "FR");
            assertThat(describe(fs.series("FR", null, null))).containsExactly(
                    "FR electricitymaps 2026-v2 AVERAGE LIFECYCLE null [2026-11-23T10:00:00Z to 2026-11-23T11:00:00Z 51.0]",
                    "FR electricitymaps 2026-v1 AVERAGE LIFECYCLE ODbL [2026-11-23T10:00:00Z to 2026-11-23T11:00:00Z 52.5, "
                            + "2026-11-23T11:00:00Z to 2026-11-23T12:00:00Z 48.0]");
            assertThat(describe(fs.series("FR", Instant.parse("2026-11-23T11:30:00Z"), null))).containsExactly(
                    "FR electricitymaps 2026-v1 AVERAGE LIFECYCLE ODbL [2026-11-23T11:00:00Z to 2026-11-23T12:00:00Z 48.0]");
            assertThat(describe(fs.series("DE", null, Instant.parse("2026-11-23T10:00:01Z")))).containsExactly(
                    "DE watttime null MARGINAL DIRECT null [2026-11-23T10:00:00Z to 2026-11-23T10:15:00Z 380.0]");

            // Writes go on: a re-sent interval and point change nothing, new ones are stored after the old ones.
            assertThat(iv.append(a, List.of(x("2026-11-23T09:00:00Z", "2026-11-23T09:30:00Z", "gpu:0", 1.0, NVML),
                    x("2026-11-23T09:30:00Z", "2026-11-23T09:31:00Z", "gpu:0", 7.0, NVML)))).isEqualTo(1);
            FactorSeries again = new FactorSeries("FR", "electricitymaps", "2026-v1", Basis.AVERAGE, Boundary.LIFECYCLE, "ODbL",
                    List.of(point("2026-11-23T11:00:00Z", "2026-11-23T12:00:00Z", 48.0),
                            point("2026-11-23T12:00:00Z", "2026-11-23T13:00:00Z", 47.0)));
            assertThat(fs.append(again, Instant.parse("2026-11-26T08:00:00Z")))
                    .isEqualTo(new FactorSeriesRepository.AppendResult(1, 1));
            assertThat(describe(fs.series("FR", Instant.parse("2026-11-23T11:30:00Z"), null))).containsExactly(
                    "FR electricitymaps 2026-v1 AVERAGE LIFECYCLE ODbL [2026-11-23T11:00:00Z to 2026-11-23T12:00:00Z 48.0, "
                            + "2026-11-23T12:00:00Z to 2026-11-23T13:00:00Z 47.0]");
        }
        try (Ledger ledger = Ledger.open(spec);
             Statement s = ledger.connection().createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT id, rid FROM runs ORDER BY rid")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) rows.add(rs.getString(1).substring(0, 1) + rs.getLong(2));
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).substring(1)).isNotEqualTo(rows.get(1).substring(1));
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static EnergyInterval x(String from, String to, String component, double joules, Provenance p) {
        return new EnergyInterval(Instant.parse(from), Instant.parse(to), Component.parse(component), Energy.ofJoules(joules), p);
    }

    private static Point point(String from, String to, double g) {
        return new Point(Instant.parse(from), Instant.parse(to), CarbonIntensity.ofGramsPerKwh(g));
    }

    private static List<String> describe(List<FactorSeries> series) {
        List<String> out = new ArrayList<>();
        for (FactorSeries s : series) {
            List<String> points = new ArrayList<>();
            for (Point p : s.points()) points.add(p + " " + p.intensity().gramsPerKwh());
            out.add(s.zone() + " " + s.source() + " " + s.dataset() + " " + s.basis() + " " + s.boundary() + " " + s.licence()
                    + " " + points);
        }
        return out;
    }
}
