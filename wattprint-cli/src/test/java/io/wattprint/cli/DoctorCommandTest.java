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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
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
}
