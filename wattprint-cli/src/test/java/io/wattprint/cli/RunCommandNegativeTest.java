package io.wattprint.cli;

import io.wattprint.run.Environment;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandNegativeTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() { cli = new CliHarness(tmp); }

    @Test
    void unknownLocationListsCloseMatchesExitsTwoAndWritesNothing() {
        var r = cli.run("run", "--location", "FRA", "--", "true");

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("unknown location 'FRA'", "FR");
        assertThat(cli.ledgerFile()).doesNotExist();
    }

    @Test
    void unknownLocationFromTheEnvironmentNamesTheVariable() {
        cli.env.put(Environment.LOCATION_VAR, "Atlantis");
        var r = cli.run("run", "--", "true");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown location 'Atlantis'", "$WATTPRINT_LOCATION");
    }

    @Test
    void missingCommandIsAUsageError() {
        var r = cli.run("run", "--location", "FR");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("missing command", "wattprint run [OPTIONS] -- COMMAND");
        assertThat(cli.ledgerFile()).doesNotExist();
    }

    @Test
    void commandNotFoundExits127AndTheAttemptIsRecordedAsFailed() {
        var r = cli.run("run", "--location", "FR", "--", "no-such-command-wattprint-test");

        assertThat(r.code()).as(r.toString()).isEqualTo(127);
        assertThat(r.err()).contains("no-such-command-wattprint-test: command not found", "recorded as failed");
        var list = cli.run("runs", "list", "--json");
        assertThat(list.out()).contains("\"status\" : \"failed\"", "\"exit_code\" : 127");
    }

    @Test
    void nonExecutableFileExits126() throws Exception {
        Path script = Files.writeString(tmp.resolve("script.sh"), "#!/bin/sh\nexit 0\n");
        var r = cli.run("run", "--", script.toString());

        assertThat(r.code()).as(r.toString()).isEqualTo(126);
    }

    @Test
    void unknownPhaseListsTheValidOnes() {
        var r = cli.run("run", "--phase", "pretraining", "--", "true");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("invalid value for --phase: 'pretraining'", "training, fine-tuning, inference, data-pipeline, supporting");
    }

    @Test
    void pueOutOfRangeIsRejected() {
        var r = cli.run("run", "--pue", "0.8", "--", "true");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("invalid value for --pue: 0.8 (expected a PUE, from 1 to 5)");
    }

    @Test
    void intervalBelow100msIsRejected() {
        var r = cli.run("run", "--interval", "10ms", "--", "true");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("invalid value for --interval: '10ms'", "between 100ms and 1h");
    }

    @Test
    void intervalAboveOneHourIsRejected() {
        var r = cli.run("run", "--interval", "1.5h", "--", "true");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("between 100ms and 1h");
    }

    @Test
    void unparsableIntervalIsRejected() {
        var r = cli.run("run", "--interval", "soon", "--", "true");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("invalid value for --interval: 'soon'");
    }

    @Test
    void worldAverageAndLocationTogetherAreRejected() {
        var r = cli.run("run", "--world-average", "--location", "FR", "--", "true");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--world-average cannot be combined with --location");
    }

    @Test
    void unwritableLedgerNamesThePath() throws Exception {
        // A regular file where the ledger's directory should be: no user, root included, can create a file inside it.
        Path blocker = Files.writeString(tmp.resolve("blocker"), "not a directory");
        Path db = blocker.resolve("ledger.db");
        var r = cli.run("run", "--db", db.toString(), "--location", "FR", "--", "true");

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains(db.toString());
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void corruptLedgerNamesThePathAndIsLeftUntouched() throws Exception {
        Path db = tmp.resolve("corrupt.db");
        byte[] garbage = "this is not a SQLite database, just some bytes that happen to be here".repeat(100).getBytes();
        Files.write(db, garbage);
        var r = cli.run("run", "--db", db.toString(), "--location", "FR", "--", "true");

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains(db.toString());
        assertThat(r.err()).doesNotContain("Exception");
        assertThat(Files.readAllBytes(db)).isEqualTo(garbage);
    }

    @Test
    void tagWithoutEqualsSignIsAUsageError() {
        var r = cli.run("run", "--tag", "team", "--", "true");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--tag", "KEY=VALUE");
        assertThat(cli.ledgerFile()).doesNotExist();
    }

    @Test
    void unknownOptionIsAUsageErrorWithAHint() {
        var r = cli.run("run", "--locaton", "FR", "--", "true");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--locaton");
    }

    @Test
    void aProjectOrTagLongerThan256CharactersIsAUsageErrorAndNothingIsStored() {
        String tooLong = "x".repeat(io.wattprint.core.model.Workload.MAX_TEXT + 1);

        var project = cli.run("run", "--location", "FR", "--project", tooLong, "--", "true");
        var tag = cli.run("run", "--location", "FR", "--tag", "owner=" + tooLong, "--", "true");

        assertThat(project.code()).as(project.toString()).isEqualTo(2);
        assertThat(project.err()).contains("invalid value for --project: it is 257 characters long (at most 256)");
        assertThat(tag.code()).as(tag.toString()).isEqualTo(2);
        assertThat(tag.err()).contains("invalid value for --tag", "257 characters long (at most 256)");
        assertThat(cli.ledgerFile()).doesNotExist();
    }

    @Test
    void aSecretInTheCommandLineIsStoredHiddenAndNoCommandLineStoresOnlyTheProgram() throws Exception {
        var hidden = cli.run("run", "--location", "FR", "--json", "--", "sh", "-c", "true", "--api-token=abc123");
        var bare = cli.run("run", "--location", "FR", "--json", "--no-command-line", "--", "sh", "-c", "true", "/data/private");

        assertThat(hidden.code()).as(hidden.toString()).isZero();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(hidden.out()).get("command").asText())
                .isEqualTo("sh -c true --api-token=***");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(bare.out()).get("command").asText()).isEqualTo("sh");
    }
}
