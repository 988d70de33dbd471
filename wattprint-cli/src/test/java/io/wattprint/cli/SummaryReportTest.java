package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.core.model.Phase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryReportTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    static final Instant T0 = Instant.parse("2026-10-05T08:00:00Z");

    @BeforeEach
    void threeRunsInTwoProjects() {
        cli = new CliHarness(tmp);
        // alpha: 1.5 kWh × 50 g = 75 g; 0.25 kWh × PUE 1.2 = 0.3 kWh × 50 g = 15 g.  beta: 2 kWh × 400 g = 800 g.
        LedgerFixture.addRun(cli.ledgerFile(), "aaaa0001-run", "alpha", "nlp", Phase.TRAINING, T0, 1.5, 1.0, "XA", 50);
        LedgerFixture.addRun(cli.ledgerFile(), "aaaa0002-run", "alpha", "nlp", Phase.INFERENCE, T0.plusSeconds(7200), 0.25, 1.2, "XA", 50);
        LedgerFixture.addRun(cli.ledgerFile(), "bbbb0001-run", "beta", "vision", Phase.TRAINING, T0.plusSeconds(86400), 2.0, 1.0, "XB", 400);
    }

    @Test
    void summaryByProjectAddsUpExactly() throws Exception {
        var r = cli.run("report", "summary", "--by", "project", "--format", "json");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        JsonNode alpha = j.get("groups").get(0);
        JsonNode beta = j.get("groups").get(1);
        JsonNode total = j.get("total");
        assertThat(alpha.get("group").asText()).isEqualTo("alpha");
        assertThat(dec(alpha, "energy_kwh")).isEqualByComparingTo("1.75");
        assertThat(dec(alpha, "facility_energy_kwh")).isEqualByComparingTo("1.8");
        assertThat(dec(alpha, "co2e_kg")).isEqualByComparingTo("0.090");
        assertThat(dec(beta, "co2e_kg")).isEqualByComparingTo("0.8");
        assertThat(total.get("runs").asInt()).isEqualTo(3);
        assertThat(dec(total, "energy_kwh")).isEqualByComparingTo("3.75");
        assertThat(dec(total, "co2e_kg")).isEqualByComparingTo("0.89");
        for (String field : List.of("energy_kwh", "facility_energy_kwh", "co2e_kg", "measured_kwh")) {
            assertThat(dec(alpha, field).add(dec(beta, field))).as(field).isEqualByComparingTo(dec(total, field));
        }
    }

    @Test
    void summaryByPhaseAsCsvAddsUpExactly() {
        var r = cli.run("report", "summary", "--by", "phase", "--format", "csv", "--decimals", "6");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo(
                "phase,runs,energy_kwh,facility_energy_kwh,co2e_kg,runs_without_co2e,measured_kwh\r\n"
                + "inference,1,0.250000,0.300000,0.015000,0,0.250000\r\n"
                + "training,2,3.500000,3.500000,0.875000,0,3.500000\r\n"
                + "TOTAL,3,3.750000,3.800000,0.890000,0,3.750000\r\n");
    }

    @Test
    void decimalsByDefaultKeepThreeSignificantDigitsOfTheSmallestColumnTotal() {
        // Smallest column total: 0.89 kg → leading digit at 10^-1 → 3 decimals (the minimum).
        var r = cli.run("report", "summary", "--by", "phase", "--format", "csv");

        assertThat(r.out()).contains("inference,1,0.250,0.300,0.015,0,0.250\r\n", "TOTAL,3,3.750,3.800,0.890,0,3.750\r\n");
    }

    @Test
    void oneTinyRunDoesNotForceManyDecimalsOnTheWholeReport() {
        LedgerFixture.addRun(cli.ledgerFile(), "eeee0001-run", "gamma", "nlp", Phase.TRAINING, T0, 0.0000026, 1.0, "XA", 56);
        var r = cli.run("report", "summary", "--by", "project", "--json");

        // the report keeps 3 decimals; gamma's figure is stated exact (the stored double's decimals,
        // 0.0000026000000000000005), with the 7 decimals its text prints (0.0000026)
        assertThat(r.out()).contains("\"decimals\" : 3", "\"group\" : \"gamma\"", "\"energy_kwh\" : 0.0000026",
                "\"energy_kwh_decimals\" : 7,");
    }

    @Test
    void aTinyGroupInABigReportPrintsItsDigitsNotZero() {
        // gamma's 0.0000026 kWh is apportioned 0.000 of the 3.750 TOTAL (3 decimals, set by the other groups); the
        // table and the CSV show its first three significant digits instead, and alpha + beta still add up to the
        // TOTAL: 1.750 + 2.000 = 3.750.
        LedgerFixture.addRun(cli.ledgerFile(), "eeee0001-run", "gamma", "nlp", Phase.TRAINING, T0, 0.0000026, 1.0, "XA", 56);
        var csv = cli.run("report", "summary", "--by", "project", "--format", "csv");
        var table = cli.run("report", "summary", "--by", "project");

        // 0.0000026 kWh × 56 g/kWh = 0.0001456 g = 0.0000001456 kg → 0.000000146
        assertThat(csv.out()).contains("alpha,2,1.750,", "beta,1,2.000,",
                "gamma,1,0.0000026,0.0000026,0.000000146,0,0.0000026\r\n", "TOTAL,4,3.750,3.800,0.890,0,3.750\r\n");
        assertThat(table.out()).contains("0.0000026", "0.000000146").doesNotContain(" 0.000 ");
    }

    @Test
    void theTotalIsTheExactSumRoundedAndTheGroupsAddUpToIt() {
        var other = new CliHarness(tmp.resolve("thirds"));
        for (String p : List.of("p1", "p2", "p3")) {
            LedgerFixture.addRun(other.ledgerFile(), p + "-run", p, "nlp", Phase.TRAINING, T0, 1.0004, 1.0, "XA", 50);
        }
        var r = other.run("report", "summary", "--by", "project", "--format", "csv", "--decimals", "3");

        // kWh: exact total 3 × 1.0004 = 3.0012 → 3.001. Each group floors to 1.000 with the same remainder 0.0004;
        // the one unit missing to 3.001 goes to the first: 1.001 + 1.000 + 1.000 = 3.001 (rounded alone, the groups
        // were 1.000 each and the TOTAL 3.000, 0.0012 kWh short of the runs).
        // kg: 1.0004 × 50 g = 50.02 g = 0.05002 kg each; total 0.15006 → 0.150 = 0.050 × 3, nothing to add.
        assertThat(r.out()).isEqualTo(
                "project,runs,energy_kwh,facility_energy_kwh,co2e_kg,runs_without_co2e,measured_kwh\r\n"
                + "p1,1,1.001,1.001,0.050,0,1.001\r\n"
                + "p2,1,1.000,1.000,0.050,0,1.000\r\n"
                + "p3,1,1.000,1.000,0.050,0,1.000\r\n"
                + "TOTAL,3,3.001,3.001,0.150,0,3.001\r\n");
    }

    @Test
    void tinyRunsGetMoreDecimalsSoTheyDoNotRoundToZero() throws Exception {
        var other = new CliHarness(tmp.resolve("tiny"));
        LedgerFixture.addRun(other.ledgerFile(), "dddd0001-run", "demo", "nlp", Phase.TRAINING, T0, 0.0000026, 1.0, "XA", 56);
        var r = other.run("report", "summary", "--by", "project", "--format", "json");

        // 2.6e-6 kWh × 56 g/kWh = 1.456e-7 kg: leading digit at 10^-7 → 9 decimals, written plainly.
        // JSON states the exact figure (the stored double's decimals) with the 9 decimals printed: 0.000000146
        JsonNode total = new ObjectMapper().readTree(r.out()).get("total");
        assertThat(new BigDecimal(total.get("co2e_kg").asText())).isCloseTo(new BigDecimal("1.456E-7"), within(new BigDecimal("1E-20")));
        assertThat(total.get("co2e_kg_decimals").asInt()).isEqualTo(9);
        assertThat(new ObjectMapper().readTree(r.out()).get("decimals").asInt()).isEqualTo(9);
    }

    @Test
    void decimalsOutOfRangeAreRejected() {
        var r = cli.run("report", "summary", "--by", "project", "--decimals", "20");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("invalid value for --decimals: 20");
    }

    @Test
    void summaryTableShowsEveryGroupAndTheTotal() {
        var r = cli.run("report", "summary", "--by", "team");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("TEAM", "nlp", "vision", "TOTAL", "3.750", "0.890");
    }

    @Test
    void periodFilterKeepsOnlyRunsStartedInside() throws Exception {
        var r = cli.run("report", "summary", "--by", "project", "--from", "2026-10-05T09:00:00Z", "--to", "2026-10-06", "--format", "json");

        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("total").get("runs").asInt()).isEqualTo(1);
        assertThat(dec(j.get("total"), "energy_kwh")).isEqualByComparingTo("0.25");
    }

    @Test
    void runsWithUnknownLocationAreCountedNotGivenCo2e() throws Exception {
        LedgerFixture.addRun(cli.ledgerFile(), "cccc0001-run", "gamma", "nlp", Phase.SUPPORTING, T0, 1.0, 1.0, null, 0);
        var r = cli.run("report", "summary", "--by", "project", "--format", "json");

        JsonNode gamma = new ObjectMapper().readTree(r.out()).get("groups").get(2);
        assertThat(gamma.get("group").asText()).isEqualTo("gamma");
        assertThat(gamma.get("runs_without_co2e").asInt()).isEqualTo(1);
        assertThat(dec(gamma, "co2e_kg")).isEqualByComparingTo("0");
    }

    @Test
    void unknownGroupingIsAUsageError() {
        var r = cli.run("report", "summary", "--by", "colour");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("invalid value for --by: 'colour'", "project, team, model or phase");
    }

    @Test
    void unknownFormatIsAUsageError() {
        var r = cli.run("report", "summary", "--by", "project", "--format", "xlsx");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("invalid value for --format: 'xlsx'");
    }

    @Test
    void periodEndingBeforeItStartsIsAUsageError() {
        var r = cli.run("report", "summary", "--by", "project", "--from", "2026-10-06", "--to", "2026-10-01");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--to", "must be after --from");
    }

    @Test
    void missingGroupingIsAUsageError() {
        var r = cli.run("report", "summary");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--by");
    }

    private static BigDecimal dec(JsonNode n, String field) { return new BigDecimal(n.get(field).asText()); }
}
