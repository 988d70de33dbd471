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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code wattprint report weekly} in-process. Ledger (2026-W47 = Monday 2026-11-16 to 2026-11-23 UTC):
 * <pre>
 * W47 alpha (nlp)    training       2.0 kWh, PUE 1.0, XA 50 g  → 2.000 kWh, 2 × 50 = 100 g = 0.100 kg
 * W47 beta (vision)  inference      1.0 kWh, PUE 1.2, XB 400 g → 1.200 kWh, 1.2 × 400 = 480 g = 0.480 kg
 * W47 gamma (nlp)    data-pipeline  0.5 kWh, location unknown  → 0.500 kWh, no CO2e
 * W46 alpha (nlp)    training       1.0 kWh, XA 50 g           → 1.000 kWh
 * </pre>
 * Week total 2 + 1.2 + 0.5 = 3.700 kWh, 0.100 + 0.480 = 0.580 kg; change from W46 +2.700 kWh (2.7 / 1 = +270.0 %).
 * The clock is Tuesday 2026-11-24: the default week is W47.
 */
class ReportWeeklyCommandTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(tmp);
        cli.clock = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);
    }

    void threeProjects() {
        LedgerFixture.addRun(cli.ledgerFile(), "aaaa0001-run", "alpha", "nlp", Phase.TRAINING,
                Instant.parse("2026-11-16T08:00:00Z"), 2.0, 1.0, "XA", 50);
        LedgerFixture.addRun(cli.ledgerFile(), "bbbb0001-run", "beta", "vision", Phase.INFERENCE,
                Instant.parse("2026-11-18T08:00:00Z"), 1.0, 1.2, "XB", 400);
        LedgerFixture.addRun(cli.ledgerFile(), "cccc0001-run", "gamma", "nlp", Phase.DATA_PIPELINE,
                Instant.parse("2026-11-20T08:00:00Z"), 0.5, 1.0, null, 0);
        LedgerFixture.addRun(cli.ledgerFile(), "aaaa0000-run", "alpha", "nlp", Phase.TRAINING,
                Instant.parse("2026-11-10T08:00:00Z"), 1.0, 1.0, "XA", 50);
    }

    @Test
    void writesMarkdownOfTheLastCompleteWeekToStandardOutput() {
        threeProjects();
        var r = cli.run("report", "weekly");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("# Weekly engineering report 2026-W47\n\n"
                + "2026-W47: runs started 2026-11-16 to 2026-11-22 (UTC), all projects\n\nGenerated: 2026-11-24T09:00:00Z\n");
        assertThat(r.out()).contains("""
                | Project | Runs | Facility kWh | kgCO2e | Runs without CO2e |
                |---|---:|---:|---:|---:|
                | alpha | 1 | 2.000 | 0.100 | 0 |
                | beta | 1 | 1.200 | 0.480 | 0 |
                | gamma | 1 | 0.500 | n/a | 1 |
                | **TOTAL** | **3** | **3.700** | **0.580** | **1** |
                """, """
                | alpha | 1.000 | 2.000 | +1.000 | +100.0 % |
                | beta | 0.000 | 1.200 | +1.200 | new |
                | gamma | 0.000 | 0.500 | +0.500 | new |
                | **TOTAL** | **1.000** | **3.700** | **+2.700** | **+270.0 %** |
                """, "| cccc0001 | gamma | gamma | 2026-11-20T08:00:00Z | 0.500 |");
    }

    @Test
    void csvGoesToTheFileGivenByOut() throws Exception {
        threeProjects();
        Path file = tmp.resolve("w47.csv");
        var r = cli.run("report", "weekly", "--week", "2026-W47", "--format", "csv", "--out", file.toString());

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEmpty();
        String csv = Files.readString(file);
        assertThat(r.err()).isEqualTo("wattprint: wrote " + file + " (" + String.format("%,d", Files.size(file)) + " bytes, csv)\n");
        assertThat(csv).startsWith("table,row,column,value\r\nreport,1,kind,weekly\r\n")
                .contains("by_phase,total,Facility kWh,3.700\r\n", "by_phase,total,kgCO2e,0.580\r\n",
                        "week_over_week,total,Change,'+270.0 %\r\n");
    }

    @Test
    void pdfGoesToTheFileGivenByOut() throws Exception {
        threeProjects();
        Path file = tmp.resolve("w47.pdf");
        var r = cli.run("report", "weekly", "--format", "pdf", "--out", file.toString());

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllBytes(file)).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void jsonOfOneProject() throws Exception {
        threeProjects();
        var r = cli.run("report", "weekly", "--week", "2026-W47", "--project", "beta", "--weeks", "2", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("report").asText()).isEqualTo("weekly");
        assertThat(j.get("week").asText()).isEqualTo("2026-W47");
        assertThat(j.get("from").asText()).isEqualTo("2026-11-16T00:00:00Z");
        assertThat(j.get("project").asText()).isEqualTo("beta");
        assertThat(j.get("generated_at").asText()).isEqualTo("2026-11-24T09:00:00Z");
        assertThat(j.get("totals").get("facility_kwh").decimalValue()).isEqualByComparingTo("1.200");
        assertThat(j.get("totals").get("co2e_kg").decimalValue()).isEqualByComparingTo("0.480");
        assertThat(j.get("trend")).hasSize(2);
        assertThat(r.out()).contains("\"facility_kwh\" : 1.200,");
    }

    @Test
    void noLedgerGivesAnEmptyReport() {
        var r = cli.run("report", "weekly", "--week", "2026-W47");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("> **Note:** No runs started in 2026-W47.", "| **TOTAL** | **0** | **0.000** | **0.000** | **0** |");
        assertThat(Files.exists(cli.ledgerFile())).isFalse();
    }

    @Test
    void helpExplainsWeekAttributionAndRounding() {
        var r = cli.run("report", "weekly", "--help");

        assertThat(r.code()).isZero();
        assertThat(r.out().replaceAll("\\s+", " ")).contains("in which it STARTED", "every TOTAL is the exact sum rounded half-up",
                "rounded by largest remainder to add up to it as printed", "--week", "--weeks", "--project", "--format", "--out", "--db");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--week    | 2026-W54 | invalid value for --week: 2026 has ISO weeks 1 to 53, not 54",
        "--week    | 2025-W53 | invalid value for --week: 2025 has ISO weeks 1 to 52, not 53",
        "--week    | 47       | invalid value for --week: '47' is not an ISO week such as 2026-W47",
        "--week    | 2026-11  | invalid value for --week: '2026-11' is not an ISO week such as 2026-W47",
        "--weeks   | 0        | invalid value for --weeks: 0 (expected 1 to 52)",
        "--weeks   | 53       | invalid value for --weeks: 53 (expected 1 to 52)",
        "--format  | docx     | invalid value for --format: 'docx' (expected md, html, pdf, csv, json)",
        "--format  | svg      | invalid value for --format: 'svg' (this report is written as md, html, pdf, csv, json)",
        "--format  | pdf      | PDF is binary: give --out FILE (e.g. --out report.pdf)",
        "--project | ' '      | invalid value for --project: it is empty",
    })
    void badOptionExitsTwoWithOneLine(String option, String value, String message) {
        var r = cli.run("report", "weekly", option + "=" + value);

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("wattprint: " + message + "\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void jsonAndAnotherFormatTogetherIsAUsageError() {
        var r = cli.run("report", "weekly", "--json", "--format", "csv");

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("wattprint: give either --json or --format csv, not both\n");
    }

    @Test
    void weeksThatIsNotANumberIsAUsageError() {
        var r = cli.run("report", "weekly", "--weeks", "eight");

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("--weeks", "eight");
    }

    @Test
    void outInAMissingDirectoryIsAUsageError() {
        Path file = tmp.resolve("nowhere").resolve("w.md");
        var r = cli.run("report", "weekly", "--out", file.toString());

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("wattprint: invalid value for --out: the directory " + file.getParent() + " does not exist\n");
    }

    /** An older ledger (before names had a limit) or another writer can hold a name of any length. */
    @Test
    @org.junit.jupiter.api.Timeout(120)
    void aTenMillionCharacterProjectNameIsCutOnThePageAndKeptWholeInJson() throws Exception {
        threeProjects();
        String huge = "x".repeat(10_000_000);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.ledgerFile());
             var ps = c.prepareStatement("UPDATE runs SET project = ? WHERE project = 'beta'")) {
            ps.setString(1, huge);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }

        var md = cli.run("report", "weekly", "--week", "2026-W47");
        Path pdf = tmp.resolve("huge.pdf");
        var pdfRun = cli.run("report", "weekly", "--week", "2026-W47", "--format", "pdf", "--out", pdf.toString());
        var json = cli.run("report", "weekly", "--week", "2026-W47", "--json");

        assertThat(md.code()).as(md.err()).isZero();
        assertThat(md.out()).contains("x".repeat(4096) + "… (10,000,000 characters)").hasSizeLessThan(100_000);
        assertThat(pdfRun.code()).as(pdfRun.err()).isZero();
        assertThat(Files.size(pdf)).isLessThan(1_000_000);
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"" + huge + "\"");
    }
}
