package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.spool.SpoolHeader;
import io.wattprint.testkit.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoctorCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() { cli = new CliHarness(tmp); }

    JsonNode check(JsonNode doctor, String name) {
        for (JsonNode c : doctor.get("checks")) if (c.get("check").asText().equals(name)) return c;
        return null;
    }

    @Test
    void aFreshHomeHasNothingWrongAndNothingIsCreated() {
        var r = cli.run("doctor");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("no ledger yet at " + cli.ledgerFile(), "no problem found");
        assertThat(cli.ledgerFile()).doesNotExist();
    }

    @Test
    void aLedgerWithAClosedRunIsHealthy() throws Exception {
        assertThat(cli.run("run", "--location", "FR", "--", "true").code()).isZero();

        var r = cli.run("doctor", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode doctor = JSON.readTree(r.out());
        assertThat(doctor.get("healthy").asBoolean()).isTrue();
        assertThat(check(doctor, "integrity").get("status").asText()).isEqualTo("ok");
        assertThat(check(doctor, "permissions").get("status").asText()).isEqualTo("ok");
        assertThat(check(doctor, "open-runs").get("detail").asText()).isEqualTo("no run without an outcome");
    }

    @Test
    void aRunOfThisHostWithNoOutcomeAndNoSpoolFileIsAGhostAndAProblem() throws Exception {
        assertThat(cli.run("run", "--location", "FR", "--", "true").code()).isZero();
        try (Ledger ledger = Ledger.open(cli.ledgerFile().toString())) {
            ledger.runs().insertRun(new Run("0badc0de-0000-4000-8000-000000000001", "run:ghost", Workload.builder("w").build(),
                    SpoolHeader.localHost(), Location.zone("FR"), Instant.parse("2026-11-01T10:00:00Z"), null,
                    RunStatus.RUNNING, null, "python train.py"));
        }

        var r = cli.run("doctor");

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("ghost-runs", "problem", "0badc0de (started 2026-11-01T10:00:00Z)", "problems found");
    }

    @Test
    void aLedgerReadableByOthersIsAWarningNotAProblem() throws Exception {
        assertThat(cli.run("run", "--location", "FR", "--", "true").code()).isZero();
        Files.setPosixFilePermissions(cli.ledgerFile(), PosixFilePermissions.fromString("rw-r--r--"));

        var r = cli.run("doctor", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode perms = check(JSON.readTree(r.out()), "permissions");
        assertThat(perms.get("status").asText()).isEqualTo("warning");
        assertThat(perms.get("detail").asText()).contains(cli.ledgerFile() + " is rw-r--r--", "chmod 600 " + cli.ledgerFile());
    }

    @Test
    void aTemporarySpoolFileOfADeadWattprintIsSaidAndTheNextCommandRemovesIt() throws Exception {
        assertThat(cli.run("run", "--location", "FR", "--", "true").code()).isZero();
        Path spool = cli.home.resolve(".wattprint/spool");
        Files.createDirectories(spool);
        // What a wattprint killed between writing and renaming its spool file leaves: a header naming a dead process.
        Path tmpFile = spool.resolve("0badc0de-0000-4000-8000-000000000002.spool.tmp");
        SpoolHeader dead = new SpoolHeader("0badc0de-0000-4000-8000-000000000002", "sqlite " + cli.ledgerFile(),
                SpoolHeader.localHost(), 999_999_999L, null, Instant.parse("2026-11-01T10:00:00Z"));
        io.wattprint.ledger.spool.Spool writer = new io.wattprint.ledger.spool.Spool(spool);
        writer.create(dead).close();
        Files.move(writer.path(dead.runId()), tmpFile);

        var r = cli.run("doctor");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("temporary", "warning", tmpFile.toString());
        cli.run("runs", "list");
        assertThat(tmpFile).doesNotExist();
    }

    // --- a damaged ledger: real runs through the real code, then a page of the file overwritten with garbage ---

    /** A ledger with three real runs, its WAL folded into the file, so that the pages below hold them. */
    void ledgerWithRuns() throws Exception {
        for (int i = 0; i < 3; i++) assertThat(cli.run("run", "--location", "FR", "--", "true").code()).isZero();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.ledgerFile());
             java.sql.Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    /** Overwrites, with 0xA5 bytes, the root page of every b-tree the query {@code sql} names in sqlite_master. */
    List<String> damage(String sql) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        List<Long> pages = new java.util.ArrayList<>();
        long pageSize;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.ledgerFile());
             java.sql.Statement st = c.createStatement()) {
            try (java.sql.ResultSet rs = st.executeQuery("PRAGMA page_size")) {
                rs.next();
                pageSize = rs.getLong(1);
            }
            try (java.sql.ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    pages.add(rs.getLong(2));
                }
            }
        }
        assertThat(pages).as("b-trees to damage").isNotEmpty().doesNotContain(0L, 1L);
        byte[] garbage = new byte[(int) pageSize];
        java.util.Arrays.fill(garbage, (byte) 0xA5);
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(cli.ledgerFile().toFile(), "rw")) {
            for (long page : pages) {
                f.seek((page - 1) * pageSize);   // pages are numbered from 1
                f.write(garbage);
            }
        }
        return names;
    }

    /** The indexes of the tables the open-runs query reads (runs, run_outcomes). */
    static final String RUN_INDEXES = "SELECT name, rootpage FROM sqlite_master WHERE type = 'index' "
            + "AND tbl_name IN ('runs', 'run_outcomes') AND rootpage > 1";

    @Test
    void aDamagedIndexUnderTheOpenRunsQueryIsSaidAndEveryOtherCheckStillRuns() throws Exception {
        ledgerWithRuns();
        assertThat(damage(RUN_INDEXES)).isNotEmpty();

        var r = cli.run("doctor");

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).as(r.toString())
                .contains("wattprint doctor: " + cli.ledgerFile())
                .containsPattern("ledger +ok +sqlite " + java.util.regex.Pattern.quote(cli.ledgerFile().toString()) + " opens")
                .containsPattern("integrity +problem +the database's integrity check reports: the full check stopped at a "
                        + "damaged page \\(database disk image is malformed\\); Tree \\d+ page \\d+: ")
                .containsPattern("permissions +ok")
                .containsPattern("spool +ok")
                .containsPattern("open-runs +problem +this check could not run: cannot list open runs in ledger "
                        + java.util.regex.Pattern.quote(cli.ledgerFile().toString()) + ": the ledger file is damaged")
                .contains("problems found")
                .doesNotContain("SQLITE_", "[SQLITE");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aDamagedIndexInJsonIsOneProblemPerCheckThatCouldNotRunAndTheRestAreThere() throws Exception {
        ledgerWithRuns();
        damage(RUN_INDEXES);

        var r = cli.run("doctor", "--json");

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        JsonNode doctor = JSON.readTree(r.out());
        assertThat(doctor.get("healthy").asBoolean()).isFalse();
        assertThat(doctor.get("ledger").asText()).isEqualTo(cli.ledgerFile().toString());
        List<String> names = new java.util.ArrayList<>();
        doctor.get("checks").forEach(c -> names.add(c.get("check").asText()));
        assertThat(names).containsExactly("ledger", "integrity", "permissions", "open-runs", "spool");
        assertThat(check(doctor, "integrity").get("status").asText()).isEqualTo("problem");
        assertThat(check(doctor, "open-runs").get("status").asText()).isEqualTo("problem");
        assertThat(check(doctor, "open-runs").get("detail").asText()).contains(cli.ledgerFile().toString(), "damaged");
        assertThat(check(doctor, "permissions").get("status").asText()).isEqualTo("ok");
    }

    @Test
    void aDamagedRunsTableIsReportedByTheIntegrityCheckWithItsFirstMessages() throws Exception {
        ledgerWithRuns();
        damage("SELECT name, rootpage FROM sqlite_master WHERE type = 'table' AND name = 'runs'");

        var r = cli.run("doctor", "--json");

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        JsonNode doctor = JSON.readTree(r.out());
        JsonNode integrity = check(doctor, "integrity");
        assertThat(integrity.get("status").asText()).isEqualTo("problem");
        assertThat(integrity.get("detail").asText()).startsWith("the database's integrity check reports: ")
                .contains("table runs stops at a damaged page (database disk image is malformed)")
                .endsWith("(copy the file aside and restore a backup)").doesNotContain("[SQLITE", "run wattprint doctor");
        assertThat(check(doctor, "ledger").get("status").asText()).isEqualTo("ok");
        assertThat(check(doctor, "open-runs").get("status").asText()).isEqualTo("problem");
        assertThat(check(doctor, "spool")).isNotNull();
        assertThat(check(doctor, "permissions")).isNotNull();
    }

    @Test
    void runsListOnADamagedLedgerSaysInOneLineWhichLedgerIsDamagedWithoutAStackTrace() throws Exception {
        ledgerWithRuns();
        damage("SELECT name, rootpage FROM sqlite_master WHERE type = 'table' AND name = 'runs'");

        var r = cli.run("runs", "list");

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err().lines().toList()).as(r.toString()).hasSize(1);
        assertThat(r.err()).startsWith("wattprint: cannot ").contains("in ledger " + cli.ledgerFile() + ": the ledger file is damaged",
                "run wattprint doctor").doesNotContain("SQLITE_", "Exception", "\tat ");
    }

    @Test
    void aLedgerThatDoesNotOpenIsTheProblemAndTheSpoolIsStillChecked() throws Exception {
        Files.createDirectories(cli.ledgerFile().getParent());
        Files.write(cli.ledgerFile(), "not a database at all, only text".repeat(200).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        var r = cli.run("doctor", "--json");

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        JsonNode doctor = JSON.readTree(r.out());
        assertThat(check(doctor, "ledger").get("status").asText()).isEqualTo("problem");
        assertThat(check(doctor, "ledger").get("detail").asText()).startsWith("cannot open ledger " + cli.ledgerFile());
        assertThat(check(doctor, "spool").get("status").asText()).isEqualTo("ok");
        assertThat(check(doctor, "permissions")).isNotNull();
    }

    // --- doctor --fix: ghosts of this host whose process is provably gone are closed as interrupted ---

    static final Instant GHOST_START = Instant.parse("2026-11-01T10:00:00Z");

    /** A run row as an older wattprint left it when it died before making its spool file: no outcome, no spool file. */
    String insertGhost(String id, String host, Instant start) {
        try (Ledger ledger = Ledger.open(cli.ledgerFile().toString())) {
            ledger.runs().insertRun(new Run(id, "run:" + id, Workload.builder("train").build(), host, Location.zone("FR"),
                    start, null, RunStatus.RUNNING, null, "python train.py"));
        }
        return id;
    }

    io.wattprint.ledger.RunRecord stored(String id) {
        try (Ledger ledger = Ledger.open(cli.ledgerFile().toString())) {
            return ledger.runs().find(id).orElseThrow();
        }
    }

    @Test
    void fixClosesAGhostOfThisHostWhoseProcessIsGoneAsInterruptedWithTheEnergyOfItsStoredIntervals() throws Exception {
        assertThat(cli.run("run", "--location", "FR", "--", "true").code()).isZero();
        String id = insertGhost("0badc0de-0000-4000-8000-000000000011", SpoolHeader.localHost(), GHOST_START);
        try (Ledger ledger = Ledger.open(cli.ledgerFile().toString())) {
            var meter = new io.wattprint.core.model.Provenance.MeasuredCounter("rapl-energy-uj package-0");
            ledger.intervals().append(id, List.of(
                    new io.wattprint.core.model.EnergyInterval(GHOST_START, GHOST_START.plusSeconds(1800),
                            io.wattprint.core.model.Component.CPU, io.wattprint.core.quantity.Energy.ofKilowattHours(0.1), meter),
                    new io.wattprint.core.model.EnergyInterval(GHOST_START.plusSeconds(1800), GHOST_START.plusSeconds(3600),
                            io.wattprint.core.model.Component.CPU, io.wattprint.core.quantity.Energy.ofKilowattHours(0.2), meter)));
        }
        // Started before this host's processes: no live process can be the wattprint that stored it.

        var r = cli.run("doctor", "--fix");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).as(r.toString()).containsPattern("ghost-fix +ok +closed 1 ghost run\\(s\\) whose process is gone")
                .contains("0badc0de as interrupted at 2026-11-01T11:00:00Z with 2 stored interval(s)", "no problem found");
        var closed = stored(id);
        assertThat(closed.run().status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(closed.run().exitCode()).isNull();
        assertThat(closed.run().end()).isEqualTo(GHOST_START.plusSeconds(3600));   // its last stored interval's end
        assertThat(closed.footprint()).isNotNull();
        assertThat(closed.footprint().itEnergy().kilowattHours()).isCloseTo(0.1 + 0.2, org.assertj.core.data.Offset.offset(1e-12));
        var again = cli.run("doctor");
        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(again.out()).contains("no run without an outcome");
    }

    @Test
    void fixClosesAGhostWithNothingStoredAtItsStart() throws Exception {
        String id = insertGhost("0badc0de-0000-4000-8000-000000000012", SpoolHeader.localHost(), GHOST_START);

        var r = cli.run("doctor", "--fix", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode doctor = JSON.readTree(r.out());
        assertThat(doctor.get("healthy").asBoolean()).isTrue();
        assertThat(check(doctor, "ghost-fix").get("detail").asText()).contains("0badc0de as interrupted at " + GHOST_START
                + " with 0 stored interval(s)");
        var closed = stored(id);
        assertThat(closed.run().status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(closed.run().end()).isEqualTo(GHOST_START);
        assertThat(closed.footprint().itEnergy().kilowattHours()).isZero();
    }

    @Test
    void fixLeavesAGhostOpenWhileALiveProcessThatStartedBeforeItMayBeItsWattprint() throws Exception {
        Process owner = Processes.awaitCommandLine(new ProcessBuilder("sh", "-c", "sleep 120; :", "wattprint-owner-of-the-ghost")
                .start(), "wattprint-owner-of-the-ghost");
        try {
            Instant start = Instant.now().plusSeconds(3);   // after the process started, past the start tolerance
            String id = insertGhost("0badc0de-0000-4000-8000-000000000013", SpoolHeader.localHost(), start);

            var r = cli.run("doctor", "--fix", "--json");

            assertThat(r.code()).as(r.toString()).isEqualTo(1);
            JsonNode ghosts = check(JSON.readTree(r.out()), "ghost-runs");
            assertThat(ghosts.get("status").asText()).isEqualTo("problem");
            assertThat(ghosts.get("detail").asText()).startsWith("1 ghost run(s) left open: 0badc0de: process ")
                    .contains("may be its wattprint and is still running")
                    .containsPattern("\\b" + owner.pid() + "\\b");
            assertThat(stored(id).run().status()).isEqualTo(RunStatus.RUNNING);
        } finally {
            owner.destroy();
            owner.waitFor();
        }
    }

    @Test
    void fixLeavesRunsOfOtherHostsAlone() throws Exception {
        String id = insertGhost("0badc0de-0000-4000-8000-000000000014", "another-host.example", GHOST_START);

        var r = cli.run("doctor", "--fix");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("1 of other hosts").doesNotContain("ghost-fix");
        assertThat(stored(id).run().status()).isEqualTo(RunStatus.RUNNING);
    }

    @Test
    void withoutFixAGhostIsOnlyReported() throws Exception {
        String id = insertGhost("0badc0de-0000-4000-8000-000000000015", SpoolHeader.localHost(), GHOST_START);

        var r = cli.run("doctor");

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("wattprint doctor --fix closes those whose process is gone");
        assertThat(stored(id).run().status()).isEqualTo(RunStatus.RUNNING);
    }

    @Test
    void fixTakesNoValue() {
        var r = cli.run("doctor", "--fix=yes");

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("--fix").doesNotContain("Exception");
        assertThat(cli.ledgerFile()).doesNotExist();
    }
}
