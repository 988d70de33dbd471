package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.testkit.EmbeddedPg;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user points the CLI at PostgreSQL with {@code --db jdbc:postgresql://…}: run, list, show and
 * report against an embedded PostgreSQL (the ledger tests' {@link EmbeddedPg}, each test in a
 * database of its own). Where PostgreSQL cannot start, EmbeddedPg aborts the test with a banner
 * saying why; it never passes without having run.
 */
class PostgresLedgerCliTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() { cli = new CliHarness(tmp); }

    @Test
    void aRunStoredInPostgresIsListedShownAndReported() throws Exception {
        String db = EmbeddedPg.freshDatabaseUrl();

        var run = cli.run("run", "--db", db, "--location", "FR", "--project", "pg", "--", "true");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).contains("succeeded (exit 0)", "zone FR");

        var list = cli.run("runs", "list", "--db", db, "--json");
        assertThat(list.code()).as(list.toString()).isZero();
        JsonNode runs = new ObjectMapper().readTree(list.out());
        assertThat(runs).hasSize(1);
        JsonNode listed = runs.get(0);
        assertThat(listed.get("project").asText()).isEqualTo("pg");
        assertThat(listed.get("status").asText()).isEqualTo("succeeded");
        assertThat(listed.get("location").asText()).isEqualTo("FR");
        assertThat(listed.get("co2e_kg").asDouble()).isPositive();
        String id = listed.get("id").asText();

        var show = cli.run("runs", "show", id.substring(0, 8), "--db", db);
        assertThat(show.code()).as(show.toString()).isZero();
        assertThat(show.out()).contains("run " + id, "explanation:", "kgCO2e (location-based)", "grid factor:", "for FR");

        var report = cli.run("report", "summary", "--by", "project", "--db", db, "--json");
        assertThat(report.code()).as(report.toString()).isZero();
        JsonNode j = new ObjectMapper().readTree(report.out());
        assertThat(j.get("groups")).hasSize(1);
        JsonNode pg = j.get("groups").get(0);
        assertThat(pg.get("group").asText()).isEqualTo("pg");
        assertThat(pg.get("runs").asInt()).isEqualTo(1);
        assertThat(pg.get("runs_without_co2e").asInt()).isZero();
        assertThat(j.get("total").get("runs").asInt()).isEqualTo(1);
        assertThat(j.get("total").get("co2e_kg").decimalValue()).isPositive()
                .isEqualByComparingTo(pg.get("co2e_kg").decimalValue());

        assertThat(cli.ledgerFile()).as("nothing was written to the default SQLite ledger").doesNotExist();
    }

    @Test
    void anUnreachableServerIsOneLineNamingTheUrlAndExitOne() {
        String db = "jdbc:postgresql://127.0.0.1:1/x";

        for (String[] args : new String[][] {
                {"runs", "list", "--db", db},
                {"report", "summary", "--by", "project", "--db", db},
                {"run", "--db", db, "--location", "FR", "--", "true"}}) {
            var r = cli.run(args);

            assertThat(r.code()).as(r.toString()).isEqualTo(1);
            assertThat(r.err()).as(r.toString()).contains("cannot open ledger " + db, "cannot reach the PostgreSQL server")
                    .doesNotContain("\tat ", "Exception");
            assertThat(r.err().strip().lines()).as(r.toString()).hasSize(1);
        }
        assertThat(cli.ledgerFile()).doesNotExist();
    }

    @Test
    void aFactorSeriesImportedIntoPostgresIsIdempotentAndARecomputedRunUsesIt() throws Exception {
        String db = EmbeddedPg.freshDatabaseUrl();
        cli.clock = java.time.Clock.fixed(java.time.Instant.parse("2026-11-01T08:20:00Z"), java.time.ZoneOffset.UTC);
        var run = cli.run("run", "--db", db, "--location", "FR", "--", "true");
        assertThat(run.code()).as(run.toString()).isZero();
        Path csv = tmp.resolve("fr.csv");
        java.nio.file.Files.writeString(csv, "start,g_per_kwh\n2026-11-01T08:00:00Z,20\n");

        var first = cli.run("factors", "import", csv.toString(), "--zone", "FR", "--source", "EM", "--db", db);
        var again = cli.run("factors", "import", csv.toString(), "--zone", "FR", "--source", "EM", "--db", db);
        String id = new ObjectMapper().readTree(cli.run("runs", "list", "--db", db, "--json").out()).get(0).get("id").asText();
        var recompute = cli.run("runs", "recompute", id, "--db", db, "--json");

        assertThat(first.out()).as(first.toString()).contains("1 new, 0 already present (postgresql ");
        assertThat(again.out()).contains("0 new, 1 already present");
        JsonNode j = new ObjectMapper().readTree(recompute.out());
        assertThat(j.get("footprint_version").asInt()).isEqualTo(2);
        assertThat(j.get("factor").get("g_per_kwh").asDouble()).isEqualTo(20.0);
        assertThat(j.get("co2e_kg").asDouble()).isCloseTo(j.get("facility_energy_kwh").asDouble() * 20 / 1000,
                org.assertj.core.data.Offset.offset(1e-15));
    }

    /** A PostgreSQL restart during a run: the command's exit code stands and the run is stored with it, no recovery needed. */
    @Test
    @org.junit.jupiter.api.Timeout(300)
    void aRunWhosePostgresRestartsMidRunEndsWithTheCommandsExitCodeAndIsStored() throws Exception {
        try (io.wattprint.testkit.RestartablePg pg = io.wattprint.testkit.RestartablePg.start()) {
            Path started = tmp.resolve("started");
            Path go = tmp.resolve("go");
            var running = java.util.concurrent.CompletableFuture.supplyAsync(() -> cli.run("run", "--db", pg.url(),
                    "--location", "FR", "--project", "restarted", "--interval", "100ms", "--", "sh", "-c",
                    "touch " + started + "; while [ ! -e " + go + " ]; do sleep 0.05; done; exit 4"));
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
            while (!java.nio.file.Files.exists(started)) {
                assertThat(running).as("wattprint is still running").isNotDone();
                assertThat(System.nanoTime()).as("the command started").isLessThan(deadline);
                Thread.onSpinWait();
                java.util.concurrent.locks.LockSupport.parkNanos(10_000_000);
            }

            pg.stop();
            pg.restart();
            java.nio.file.Files.createFile(go);
            var run = running.get(240, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(run.code()).as(run.toString()).isEqualTo(4);
            assertThat(run.err()).contains("failed (exit 4)").doesNotContain("could not store");
            var list = cli.run("runs", "list", "--db", pg.url(), "--json");
            JsonNode runs = new ObjectMapper().readTree(list.out());
            assertThat(runs).hasSize(1);
            assertThat(runs.get(0).get("status").asText()).isEqualTo("failed");
            assertThat(runs.get(0).get("exit_code").asInt()).isEqualTo(4);
        }
    }
}
