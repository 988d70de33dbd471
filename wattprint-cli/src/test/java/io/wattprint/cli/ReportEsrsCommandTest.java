package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.core.model.Phase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wattprint report scope2 and report esrs-e1 in-process, on DOMAIN.md §2's example (1,000 MWh at 400 g/kWh, 600 MWh GOs, residual mix 550). */
class ReportEsrsCommandTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void domainExample() {
        cli = new CliHarness(tmp);
        cli.clock = Clock.fixed(Instant.parse("2027-02-01T09:00:00Z"), ZoneOffset.UTC);
        LedgerFixture.addRun(cli.ledgerFile(), "aaaa0001-run", "llm", "nlp", Phase.TRAINING, Instant.parse("2026-03-02T08:00:00Z"),
                1_000_000, 1.0, "FR", 400);
        ok("instruments", "add", "--id", "GO-17", "--type", "GO", "--mwh", "600", "--vintage", "2026", "--zone", "FR",
                "--retired-for", "ACME");
        ok("instruments", "residual-mix", "--zone", "FR", "--year", "2026", "--g-per-kwh", "550", "--source", "AIB 2026");
    }

    private CliHarness.Result ok(String... args) {
        CliHarness.Result r = cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    private void usage(String message, String... args) {
        CliHarness.Result r = cli.run(args);
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains(message);
    }

    @Test
    void scope2ReportShowsLocation400AndMarket220SideBySide() {
        String md = ok("report", "scope2", "--year", "2026", "--reporter", "ACME").out();
        assertThat(md).contains("| Scope 2 location-based (tCO2e) | 400.000 |", "| Scope 2 market-based (tCO2e) | 220.000 |",
                "| GO | GO-17 | FR | 600.000 | 0.00 | 0.000 | 2026 | FR | ACME |");
    }

    @Test
    void esrsJsonIsKeyedByDatapointId() throws Exception {
        JsonNode j = new ObjectMapper().readTree(ok("report", "esrs-e1", "--year", "2026", "--reporter", "ACME", "--format", "json",
                "--net-revenue", "40000000").out());
        assertThat(j.get("E1-6_09").get("value").decimalValue()).isEqualByComparingTo("400");
        assertThat(j.get("E1-6_10").get("value").decimalValue()).isEqualByComparingTo("220");
        assertThat(j.get("E1-6_10").get("xbrl").asText()).isEqualTo("esrs:GrossMarketBasedScope2GreenhouseGasEmissions");
        assertThat(j.get("E1-6_09").get("prior_year_note").asText()).isEqualTo("n/a — first reporting year");
        // 400 t / 40 million EUR = 10.000; 220 / 40 = 5.500
        assertThat(j.get("E1-6_30").get("value").decimalValue()).isEqualByComparingTo("10");
        assertThat(j.get("E1-6_31").get("value").decimalValue()).isEqualByComparingTo("5.5");
        assertThat(j.get("_meta").get("generated_at").asText()).isEqualTo("2027-02-01T09:00:00Z");
    }

    /**
     * Issue 16 item 5, end to end: the 400 MWh no GO covers take the composition of the FR 2026 residual mix that
     * E1-6_10 used (test values 5/60/35 %), not the grid mix of --energy-mix (10/70/20 %): renewable 600 + 400 × 5 % = 620,
     * nuclear 240, fossil 140 (the grid mix gave 680 / 280 / 40).
     */
    @Test
    void esrsSplitsTheUncoveredMwhByTheResidualMixCompositionNotTheGridMix() throws Exception {
        ok("instruments", "residual-mix", "--zone", "FR", "--year", "2026", "--g-per-kwh", "550", "--source", "AIB 2026 v1.1",
                "--renewable-pct", "5", "--nuclear-pct", "60", "--fossil-pct", "35");
        Path mix = tmp.resolve("mix.csv");
        Files.writeString(mix, "zone,year,fossil_pct,nuclear_pct,renewable_pct,source\nFR,2026,10,70,20,RTE\n");
        JsonNode j = new ObjectMapper().readTree(ok("report", "esrs-e1", "--year", "2026", "--reporter", "ACME", "--json",
                "--energy-mix", mix.toString()).out());
        assertThat(j.get("E1-5_05").get("value").decimalValue()).isEqualByComparingTo("620");
        assertThat(j.get("E1-5_03").get("value").decimalValue()).isEqualByComparingTo("240");
        assertThat(j.get("E1-5_02").get("value").decimalValue()).isEqualByComparingTo("140");
        assertThat(j.get("E1-5_01").get("value").decimalValue()).isEqualByComparingTo("1000");
        assertThat(j.get("E1-6_10").get("value").decimalValue()).isEqualByComparingTo("220");
    }

    /** Without the residual mix's composition the uncovered 400 MWh are not determined (warned), never the grid mix. */
    @Test
    void esrsWithoutTheResidualMixCompositionLeavesTheUncoveredMwhNotDetermined() throws Exception {
        Path mix = tmp.resolve("mix.csv");
        Files.writeString(mix, "zone,year,fossil_pct,nuclear_pct,renewable_pct,source\nFR,2026,10,70,20,RTE\n");
        JsonNode j = new ObjectMapper().readTree(ok("report", "esrs-e1", "--year", "2026", "--reporter", "ACME", "--json",
                "--energy-mix", mix.toString()).out());
        assertThat(j.get("E1-5_05").get("value").decimalValue()).isEqualByComparingTo("600");
        assertThat(j.get("_meta").get("energy_not_determined").get("value").decimalValue()).isEqualByComparingTo("400");
        assertThat(j.get("_meta").get("notes").toString()).contains("composition is not recorded");
    }

    @Test
    void esrsCsvWritesTheDatapointTable() {
        String csv = ok("report", "esrs-e1", "--year", "2026", "--format", "csv").out();
        // row 2 is E1-5_01's IT-energy-only part (the fixture's run has no PUE), row 7 the energy not determined; E1-5_04,
        // _07, _14 and _15 come before E1-6_07; the XBRL elements are a table of their own, one row per datapoint
        assertThat(csv).contains("datapoints,12,Datapoint,E1-6_07\r\n", "datapoints,13,Year,400.000\r\n",
                "xbrl,11,Datapoint,E1-6_09\r\n", "xbrl,11,XBRL element,esrs:GrossLocationBasedScope2GreenhouseGasEmissions\r\n");
    }

    @Test
    void aMissingLedgerIsAnEmptyReport() {
        String md = ok("report", "esrs-e1", "--year", "2026", "--db", tmp.resolve("none.db").toString()).out();
        assertThat(md).contains("| E1-6\\_09 | Gross location-based Scope 2 GHG emissions (factor boundary: none) | tCO2e | 0.000 |");
    }

    @Test
    void helpExplainsTheBoundary() {
        assertThat(ok("report", "esrs-e1", "--help").out()).contains("CLOSED in the calendar year", "Scope 3 category 1");
        assertThat(ok("report", "scope2", "--help").out()).contains("CLOSED in the calendar year", "own operations only");
    }

    @Test
    void badYearsAreUsageErrors() {
        usage("invalid value for --year: 1800 (expected a year from 1990 to 2100)", "report", "esrs-e1", "--year", "1800");
        usage("invalid value for --year: 3000", "report", "scope2", "--year", "3000");
        usage("--year", "report", "esrs-e1", "--year", "twenty");
        usage("invalid value for --base-year: 2027 (expected 2026 or earlier", "report", "esrs-e1", "--year", "2026", "--base-year", "2027");
    }

    @Test
    void badBaseYearsAreUsageErrors() {
        usage("invalid value for --base-year: 1800 (expected a year from 1990 to 2100)", "report", "esrs-e1", "--year", "2026",
                "--base-year", "1800");
        usage("--base-year", "report", "esrs-e1", "--year", "2026", "--base-year", "last");
        usage("--base-year", "report", "esrs-e1", "--year", "2026", "--base-year");
    }

    @Test
    void esrsJsonSaysHowTheBaseYearWasChosen() throws Exception {
        // the fixture's only run closed in March 2026: no year has runs in all 12 months
        JsonNode j = new ObjectMapper().readTree(ok("report", "esrs-e1", "--year", "2026", "--format", "json").out());
        assertThat(j.get("_meta").get("base_year").asInt()).isEqualTo(2026);
        assertThat(j.get("_meta").get("base_year_basis").asText())
                .isEqualTo("the earliest year with closed runs: no year up to 2026 has runs in all 12 months");
        JsonNode given = new ObjectMapper().readTree(ok("report", "esrs-e1", "--year", "2026", "--base-year", "2024",
                "--format", "json").out());
        assertThat(given.get("_meta").get("base_year").asInt()).isEqualTo(2024);
        assertThat(given.get("_meta").get("base_year_basis").asText()).isEqualTo("given with --base-year");
        assertThat(ok("report", "esrs-e1", "--year", "2026", "--base-year", "2024").out())
                .contains("| Base year | 2024 (given with --base-year) (n/a — no data for base year 2024) |");
        assertThat(ok("report", "esrs-e1", "--help").out().replaceAll("\\s+", " ")).contains("first year with runs closed in all 12 months");
    }

    @Test
    void zeroOrNegativeRevenueIsAUsageError() {
        usage("invalid value for --net-revenue: 0 (expected an amount, from 1 to 1e15)", "report", "esrs-e1", "--year", "2026", "--net-revenue", "0");
        usage("invalid value for --net-revenue: -5 (expected an amount, from 1 to 1e15)", "report", "esrs-e1", "--year", "2026", "--net-revenue", "-5");
        usage("invalid value for --net-revenue: 'lots'", "report", "esrs-e1", "--year", "2026", "--net-revenue", "lots");
        usage("invalid value for --currency: 'euro'", "report", "esrs-e1", "--year", "2026", "--net-revenue", "5", "--currency", "euro");
    }

    @Test
    void unreadableOrMalformedEnergyMixIsAUsageError() throws Exception {
        usage("invalid value for --energy-mix: cannot read", "report", "esrs-e1", "--year", "2026", "--energy-mix",
                tmp.resolve("missing.csv").toString());
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "zone,year,fossil_pct,nuclear_pct,renewable_pct,source\nFR,2026,10,70,30,RTE\n");
        usage("bad.csv line 2, fields fossil_pct + nuclear_pct + renewable_pct: expected 100 (± 0.5), got 110", "report", "esrs-e1",
                "--year", "2026", "--energy-mix", bad.toString());
    }

    @Test
    void badVintageSlackFormatAndPdfWithoutOutAreUsageErrors() {
        usage("invalid value for --vintage-months-before: -1", "report", "scope2", "--year", "2026", "--vintage-months-before", "-1");
        usage("invalid value for --format: 'svg'", "report", "esrs-e1", "--year", "2026", "--format", "svg");
        usage("PDF is binary: give --out FILE", "report", "scope2", "--year", "2026", "--format", "pdf");
        usage("invalid value for --reporter: it must not be blank", "report", "esrs-e1", "--year", "2026", "--reporter", " ");
    }
}
