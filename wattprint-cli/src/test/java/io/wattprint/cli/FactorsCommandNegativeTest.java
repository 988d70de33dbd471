package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.model.Phase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wattprint factors import/list and runs recompute: every bad input exits 2 (1 for a missing run) with one clear line. */
class FactorsCommandNegativeTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() { cli = new CliHarness(tmp); }

    Path csv(String... lines) throws Exception {
        Path f = tmp.resolve("series.csv");
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    CliHarness.Result importFile(Path f, String... extra) {
        String[] base = {"factors", "import", f.toString(), "--zone", "FR", "--source", "EM"};
        String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return cli.run(args);
    }

    /** Exit 2, one line naming what is wrong, no stack trace, nothing stored. */
    void refused(CliHarness.Result r, String message) {
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains(message).doesNotContain("\tat ", "Exception");
        assertThat(cli.run("factors", "list", "--zone", "FR").out()).as("nothing stored").startsWith("no factor series");
    }

    @Test
    void zoneAndSourceAreRequired() throws Exception {
        Path f = csv("start,g_per_kwh", "2026-11-01T08:00:00Z,20");
        var r = cli.run("factors", "import", f.toString(), "--source", "EM");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required option: '--zone=ZONE'");
        assertThat(cli.run("factors", "import", f.toString(), "--zone", "FR").err()).contains("'--source=TEXT'");
    }

    @Test
    void anUnknownZoneIsRefusedNamingTheOption() throws Exception {
        refused(cli.run("factors", "import", csv("start,g_per_kwh", "2026-11-01T08:00:00Z,20").toString(), "--zone", "XX-NOWHERE",
                "--source", "EM"), "invalid value for --zone: ");
    }

    @Test
    void aCloudRegionIsNotAZone() throws Exception {
        refused(cli.run("factors", "import", csv("start,g_per_kwh", "2026-11-01T08:00:00Z,20").toString(), "--zone", "aws:eu-west-3",
                "--source", "EM"), "'aws:eu-west-3' is a cloud region, not a grid zone (expected a zone such as FR, US-EGRID-CAMX or US-CAL-CISO; "
                + "aws:eu-west-3 is in zone FR)");
    }

    @Test
    void basisAndBoundaryMustBeOneOfTheirValues() throws Exception {
        Path f = csv("start,g_per_kwh", "2026-11-01T08:00:00Z,20");
        refused(importFile(f, "--basis", "hourly"), "invalid value for --basis: 'hourly' (expected average or marginal)");
        refused(importFile(f, "--boundary", "scope2"), "invalid value for --boundary: 'scope2' (expected lifecycle or direct)");
    }

    @Test
    void aBlankSourceIsRefused() throws Exception {
        refused(cli.run("factors", "import", csv("start,g_per_kwh", "2026-11-01T08:00:00Z,20").toString(), "--zone", "FR",
                "--source", " "), "invalid value for --source: it is empty");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = tmp.resolve("nope.csv");
        refused(importFile(missing), "cannot read " + missing + ": no such file");
    }

    @Test
    void anEmptyFileOrOneWithOnlyAHeaderIsRefused() throws Exception {
        Path f = tmp.resolve("series.csv");
        Files.writeString(f, "");
        refused(importFile(f), f + " is empty (expected a header start,end,g_per_kwh");
        refused(importFile(csv("start,end,g_per_kwh")), f + " has no data rows");
    }

    @Test
    void aWrongHeaderIsRefusedWithTheExpectedColumns() throws Exception {
        Path f = csv("time,value", "2026-11-01T08:00:00Z,20");
        refused(importFile(f), f + " line 1: header 'time,value' (expected the columns start,end,g_per_kwh or start,g_per_kwh, each once)");
        refused(importFile(csv("start,start,g_per_kwh", "a,b,1")), "line 1: header 'start,start,g_per_kwh'");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsNamesItsLine() throws Exception {
        Path f = csv("start,end,g_per_kwh", "2026-11-01T08:00:00Z,2026-11-01T09:00:00Z,20", "2026-11-01T09:00:00Z,30");
        refused(importFile(f), f + " line 3: 2 fields (expected 3: start,end,g_per_kwh)");
    }

    @Test
    void aBadInstantNamesLineFieldAndTheExpectedForm() throws Exception {
        Path f = csv("start,end,g_per_kwh", "2026-11-01T08:00:00Z,2026-11-01 09:00,20");
        refused(importFile(f), f + " line 2, field end: '2026-11-01 09:00' is not an ISO-8601 instant with Z or an offset "
                + "(expected e.g. 2026-10-03T14:00:00Z)");
        refused(importFile(csv("start,g_per_kwh", "2026-11-01T08:00:00,20")), "line 2, field start: '2026-11-01T08:00:00'");
    }

    @Test
    void aNegativeOrNonNumericFactorNamesLineAndField() throws Exception {
        Path f = csv("start,g_per_kwh", "2026-11-01T08:00:00Z,20", "2026-11-01T09:00:00Z,-3");
        refused(importFile(f), f + " line 3, field g_per_kwh: '-3' (expected gCO2e/kWh as a number, 0 or more and at most "
                + "10000, e.g. 56.2)");
        // 1e308 g/kWh would make a later run's CO2e infinite when it closes: refused here, like --g-per-kwh.
        refused(importFile(csv("start,g_per_kwh", "2026-11-01T08:00:00Z,1e308")), "line 2, field g_per_kwh: '1e308'");
        refused(importFile(csv("start,g_per_kwh", "2026-11-01T08:00:00Z,n/a")), "line 2, field g_per_kwh: 'n/a'");
        refused(importFile(csv("start,g_per_kwh", "2026-11-01T08:00:00Z,NaN")), "line 2, field g_per_kwh: 'NaN'");
    }

    @Test
    void unorderedRowsAreRefusedNamingTheLineAndBothPoints() throws Exception {
        Path f = csv("start,end,g_per_kwh",
                "2026-11-01T09:00:00Z,2026-11-01T10:00:00Z,20",
                "2026-11-01T08:00:00Z,2026-11-01T09:00:00Z,30");
        refused(importFile(f), f + " line 3: factor series EM for FR (average, lifecycle): point 2 (2026-11-01T08:00:00Z to "
                + "2026-11-01T09:00:00Z) is out of order: it starts before point 1 (2026-11-01T09:00:00Z to 2026-11-01T10:00:00Z) "
                + "(expected points in time order)");
    }

    @Test
    void unorderedRowsWithoutAnEndColumnAreRefusedNamingTheLine() throws Exception {
        Path f = csv("start,g_per_kwh", "2026-11-01T09:00:00Z,20", "2026-11-01T09:00:00Z,30");
        refused(importFile(f), f + " line 3, field start: 2026-11-01T09:00:00Z is not after the previous row's start "
                + "2026-11-01T09:00:00Z (expected rows in time order");
    }

    @Test
    void overlappingRowsAreRefusedNamingTheLine() throws Exception {
        Path f = csv("start,end,g_per_kwh",
                "2026-11-01T08:00:00Z,2026-11-01T09:30:00Z,20",
                "",
                "2026-11-01T09:00:00Z,2026-11-01T10:00:00Z,30");
        refused(importFile(f), f + " line 4: factor series EM for FR (average, lifecycle): point 2 (2026-11-01T09:00:00Z to "
                + "2026-11-01T10:00:00Z) overlaps point 1 (2026-11-01T08:00:00Z to 2026-11-01T09:30:00Z) (expected it to start at "
                + "or after 2026-11-01T09:30:00Z)");
    }

    @Test
    void aZeroLengthRowIsRefused() throws Exception {
        Path f = csv("start,end,g_per_kwh", "2026-11-01T08:00:00Z,2026-11-01T08:00:00Z,20");
        refused(importFile(f), f + " line 2: factor series EM for FR (average, lifecycle): point 1 (2026-11-01T08:00:00Z to "
                + "2026-11-01T08:00:00Z) has zero length (expected its end after its start)");
    }

    @Test
    void aPointContradictingAStoredOneIsRefusedAndNothingOfTheFileIsStored() throws Exception {
        Path first = tmp.resolve("first.csv");
        Files.writeString(first, "start,end,g_per_kwh\n2026-11-01T08:00:00Z,2026-11-01T09:00:00Z,20\n");
        assertThat(importFile(first).code()).isZero();
        Path f = csv("start,end,g_per_kwh",
                "2026-11-01T07:00:00Z,2026-11-01T08:00:00Z,10",
                "2026-11-01T08:00:00Z,2026-11-01T09:00:00Z,25");

        var r = importFile(f);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(f + " line 3: point 2 (2026-11-01T08:00:00Z to 2026-11-01T09:00:00Z, 25.000 gCO2e/kWh) "
                + "contradicts the stored point", "import a correction under a new dataset version").doesNotContain("\tat ");
        assertThat(cli.run("factors", "list", "--zone", "FR").out()).contains("1 point from");
    }

    @Test
    void listRefusesABadTimeAndAnEmptyRange() {
        var bad = cli.run("factors", "list", "--zone", "FR", "--from", "yesterday");
        var empty = cli.run("factors", "list", "--zone", "FR", "--from", "2026-11-02", "--to", "2026-11-01");

        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("invalid value for --from: 'yesterday'");
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).contains("invalid value for --to: 2026-11-01T00:00:00Z is not after --from 2026-11-02T00:00:00Z");
    }

    @Test
    void factorsWithoutASubcommandIsAUsageError() {
        var r = cli.run("factors");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("a subcommand is required: import or list");
    }

    @Test
    void recomputeOfAnUnknownRunIsNotFoundExitTwo() {
        LedgerFixture.addRun(cli.ledgerFile(), "aaaa0001-run", "alpha", "nlp", Phase.TRAINING,
                Instant.parse("2026-11-01T08:00:00Z"), 1.5, 1.0, "FR", 50);
        var r = cli.run("runs", "recompute", "zzzz9999");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no run 'zzzz9999'").doesNotContain("\tat ");
    }

    @Test
    void recomputeOfARunStillRunningIsRefused() {
        try (var l = io.wattprint.ledger.Ledger.open(cli.ledgerFile().toString())) {
            l.runs().insertRun(new io.wattprint.core.model.Run("cccc0001-run", "k", io.wattprint.core.model.Workload.builder("w").build(),
                    "h", io.wattprint.core.model.Location.zone("FR"), Instant.parse("2026-11-01T08:00:00Z"), null,
                    io.wattprint.core.model.RunStatus.RUNNING, null, "x"));
        }
        var r = cli.run("runs", "recompute", "cccc0001");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("run cccc0001-run is still running: its footprint is computed when it closes");
    }
}
