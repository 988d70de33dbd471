package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: a project name with a newline and an ANSI colour code was printed raw by the run summary,
 * {@code runs list} and {@code runs show}. Human output shows it escaped; JSON keeps the exact text.
 * Empty names and tag keys are refused. A real SQLite ledger in the temporary home.
 */
class UserTextOnTerminalTest {
    private static final String PROJECT = "l1\nl2\u001b[31mred";
    private static final String SHOWN = "l1\\nl2\\x1b[31mred";

    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() { cli = new CliHarness(tmp); }

    @Test
    void controlCharactersInAProjectNameAreEscapedInEveryHumanPrinter() throws Exception {
        var run = cli.run("run", "--project", PROJECT, "--tag", "note=a\u001b[2Jb", "--location", "FR", "--", "true");
        assertThat(run.code()).as(run.toString()).isZero();
        var list = cli.run("runs", "list");
        String id = list.out().lines().skip(1).findFirst().orElseThrow().split(" ")[0];
        var show = cli.run("runs", "show", id);

        assertThat(run.err()).contains("workload               " + SHOWN + ", location FR");
        assertThat(list.out()).contains(id + "  ").contains(SHOWN);
        assertThat(show.out()).contains("project              " + SHOWN, "{note=a\\x1b[2Jb}");
        for (var r : new CliHarness.Result[] {run, list, show}) {
            assertThat(r.out() + r.err()).as(r.toString()).doesNotContain("\u001b").doesNotContain("l1\nl2");
        }
        var json = io.wattprint.cli.out.Json.mapper().readTree(cli.run("runs", "show", id, "--json").out());
        assertThat(json.get("project").asText()).isEqualTo(PROJECT);
    }

    @Test
    void descriptionsAndSourcesAreEscapedWhenRecordedAndWhenShown() {
        var facility = cli.run("facility", "add", "lab", "--zone", "FR", "--description", "bench\u001b]0;owned\u0007");
        var corrected = cli.run("facility", "add", "lab", "--zone", "FR", "--description", "hall\n3");
        var show = cli.run("facility", "show", "lab");
        var hardware = cli.run("hardware", "add", "node-1", "--model", "HGX\u001b[5m", "--embodied-kg", "2500",
                "--source", "BLOOM\rpaper", "--lifetime-years", "4", "--resources", "8", "--unit", "gpu");

        assertThat(corrected.out()).contains("(zone FR, hall\\n3)");
        assertThat(show.out()).contains("— hall\\n3");
        assertThat(hardware.out()).contains("HGX\\x1b[5m", "BLOOM\\rpaper");
        for (var r : new CliHarness.Result[] {facility, corrected, show, hardware}) {
            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(r.out() + r.err()).as(r.toString()).doesNotContain("\u001b", "\u0007", "\r", "hall\n3");
        }
    }

    @Test
    void anUnknownNameIsEscapedInTheErrorMessageToo() {
        var r = cli.run("runs", "show", "zz\u001b[31mzz");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no run 'zz\\x1b[31mzz'").doesNotContain("\u001b");
    }

    @Test
    void anEmptyProjectIsAUsageError() {
        var r = cli.run("run", "--project", "", "--location", "FR", "--", "true");

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("wattprint: invalid value for --project: it is empty (give a name, or leave the option out)\n");
        assertThat(cli.ledgerFile()).doesNotExist();
    }

    @Test
    void anEmptyTagKeyIsAUsageError() {
        var r = cli.run("run", "--tag", "=v", "--location", "FR", "--", "true");

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("wattprint: invalid value for --tag: '=v' (expected KEY=VALUE with a KEY that is not empty)\n");
        assertThat(cli.ledgerFile()).doesNotExist();
    }
}
