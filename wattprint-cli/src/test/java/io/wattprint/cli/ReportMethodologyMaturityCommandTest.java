package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.model.Phase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wattprint report methodology and report maturity, in-process, on a ledger written through the ledger API. */
class ReportMethodologyMaturityCommandTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(tmp);
        cli.clock = Clock.fixed(Instant.parse("2026-10-21T10:00:00Z"), ZoneOffset.UTC);
    }

    private void twoRuns() throws Exception {
        Files.createDirectories(cli.ledgerFile().getParent());
        // 2 kWh × 50 g = 100 g in FR; 3 kWh × 1.5 PUE = 4.5 kWh facility × 400 g in DE.
        LedgerFixture.addRun(cli.ledgerFile(), "r1", "vision", "t", Phase.TRAINING, Instant.parse("2026-10-05T10:00:00Z"), 2, 1.0,
                "FR", 50);
        LedgerFixture.addRun(cli.ledgerFile(), "r2", "chat", "t", Phase.INFERENCE, Instant.parse("2026-10-12T10:00:00Z"), 3, 1.5,
                "DE", 400);
    }

    @Test
    void methodologyPrintsTheAppendixOfThePeriodAsMarkdown() throws Exception {
        twoRuns();
        var r = cli.run("report", "methodology", "--period", "2026-10");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("# Methodology and assumptions\n\nPeriod: 2026-10\n\nGenerated: 2026-10-21T10:00:00Z\n")
                .contains("| DE | 400.00 | 2026 | test fixture | average, lifecycle | not known (not a shipped factor) | 1 | 4.500 |")
                .contains("| FR | 50.00 | 2026 | test fixture | average, lifecycle | not known (not a shipped factor) | 1 | 2.000 |")
                .contains("| **TOTAL** |  |  |  |  |  | **2** | **6.500** |");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void methodologyAsJsonHasTheSectionsAsKeys() throws Exception {
        twoRuns();
        var r = cli.run("report", "methodology", "--json");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("\"report\" : \"methodology\"").contains("\"period\" : null").contains("\"data_sources\" : {")
                .contains("\"formulas\" : {").contains("\"estimators\" : {").contains("\"coverage\" : {").contains("\"gaps\" : {");
    }

    @Test
    void methodologyWritesAFile() throws Exception {
        twoRuns();
        Path out = tmp.resolve("m.csv");
        var r = cli.run("report", "methodology", "--format", "csv", "--out", out.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(Files.readString(out)).startsWith("table,row,column,value\r\nreport,1,kind,methodology\r\n");
        assertThat(r.err()).startsWith("wattprint: wrote " + out);
    }

    @Test
    void maturityDefaultsToTheTwelveIsoWeeksBeforeToday() throws Exception {
        twoRuns();
        // Wednesday 2026-10-21 is in W43 (Monday 2026-10-19); 12 weeks before: Monday 2026-07-27.
        var r = cli.run("report", "maturity");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Period: 2026-07-27..2026-10-19 (ISO weeks 2026-W31 to 2026-W42)")
                .contains("| chat | yes (inference) | 2 | 1 |").contains("| vision | no | 2 | 1 |");
    }

    @Test
    void maturityWithAProductionTagAsJson() throws Exception {
        twoRuns();
        var r = cli.run("report", "maturity", "--period", "2026-10", "--production-tag", "tier=prod", "--json");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("\"production_tag\" : \"tier=prod\"").contains("\"period\" : \"2026-10\"");
    }

    @Test
    void withoutALedgerBothReportsSayThereIsNothing() {
        var m = cli.run("report", "methodology", "--period", "2026");
        assertThat(m.code()).as(m.toString()).isZero();
        assertThat(m.out()).contains("| Runs in the period | 0 |");
        var a = cli.run("report", "maturity");
        assertThat(a.code()).as(a.toString()).isZero();
        assertThat(a.out()).contains("Not assessed: no AI systems in the period.");
    }

    @Test
    void reportWithoutAKindNamesTheNewOnes() {
        var r = cli.run("report");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("a report is required: summary, weekly, scope2, esrs-e1, ai-act, methodology, maturity, label");
    }
}
