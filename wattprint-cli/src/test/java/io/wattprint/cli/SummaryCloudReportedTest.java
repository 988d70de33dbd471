package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.wattprint.core.model.Phase;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report summary} with provider-reported cloud emissions imported through {@code wattprint ingest}
 * next to a measured run: their own block, their own totals per figure, never in the runs' TOTAL.
 */
class SummaryCloudReportedTest {
    static final String AWS_V3 = "last_refresh_timestamp,location,model_version,payer_account_id,product_code,region_code,"
            + "total_lbm_emissions_unit,total_lbm_emissions_value,total_mbm_emissions_unit,total_mbm_emissions_value,"
            + "usage_account_id,usage_period_end,usage_period_start,"
            + "total_scope_1_emissions_unit,total_scope_1_emissions_value,total_scope_2_lbm_emissions_unit,total_scope_2_lbm_emissions_value,"
            + "total_scope_2_mbm_emissions_unit,total_scope_2_mbm_emissions_value,total_scope_3_lbm_emissions_unit,"
            + "total_scope_3_lbm_emissions_value,total_scope_3_mbm_emissions_unit,total_scope_3_mbm_emissions_value\n"
            // EC2: s1 0.001 t, s2 lbm 0.120, mbm 0.030, s3 lbm 0.050, mbm 0.045 (totals 0.171 / 0.076).
            + "2025-10-20T00:00:00Z,\"Europe (Ireland)\",v3.0.0,111111111111,AmazonEC2,eu-west-1,MTCO2e,0.171,MTCO2e,0.076,"
            + "222222222222,2025-10-01T00:00:00Z,2025-09-01T00:00:00Z,MTCO2e,0.001,MTCO2e,0.120,MTCO2e,0.030,MTCO2e,0.050,MTCO2e,0.045\n"
            // S3 of the same account and month: s1 0, s2 lbm 0.0025, mbm 0.0005, s3 0.001 both ways (totals 0.0035 / 0.0015).
            + "2025-10-20T00:00:00Z,\"Europe (Ireland)\",v3.0.0,111111111111,AmazonS3,eu-west-1,MTCO2e,0.0035,MTCO2e,0.0015,"
            + "222222222222,2025-10-01T00:00:00Z,2025-09-01T00:00:00Z,MTCO2e,0,MTCO2e,0.0025,MTCO2e,0.0005,MTCO2e,0.001,MTCO2e,0.001\n";
    static final String GCP = "usage_month,billing_account_id,project.id,project.number,service.id,"
            + "service.description,location.location,location.region,carbon_model_version,carbon_footprint_kgCO2e.scope1,"
            + "carbon_footprint_kgCO2e.scope2.location_based,carbon_footprint_kgCO2e.scope2.market_based,"
            + "carbon_footprint_kgCO2e.scope3,carbon_footprint_total_kgCO2e.location_based,"
            + "carbon_footprint_total_kgCO2e.market_based\n"
            + "2025-09-01,01A2B3-C4D5E6,ml-training,123456789,6F81-5844-456A,Compute Engine,europe-west4,europe-west4,12,"
            + "0.5,10.25,4,2,12.75,6.5\n"
            + "2025-09-01,01A2B3-C4D5E6,web,987654321,6F81-5844-456A,Compute Engine,europe-west4,europe-west4,12,"
            + "0,1.125,0.5,0.25,1.375,0.75\n";

    /** Reads decimals as written (1.0000 stays 1.0000), to check the report's rounding. */
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    @TempDir
    Path tmp;
    CliHarness cli;
    String awsImport;
    String gcpImport;

    @BeforeEach
    void aMeasuredRunAnAwsExportAndAGcpExport() throws Exception {
        cli = new CliHarness(tmp);
        // Measured: 1.5 kWh × 50 g/kWh = 75 g = 0.075 kg, on 10 September 2025.
        LedgerFixture.addRun(cli.ledgerFile(), "aaaa0001-run", "alpha", "nlp", Phase.TRAINING,
                Instant.parse("2025-09-10T08:00:00Z"), 1.5, 1.0, "XA", 50);
        awsImport = ingest("aws-carbon", "aws.csv", AWS_V3);
        gcpImport = ingest("gcp-carbon", "gcp.csv", GCP);
    }

    private String ingest(String kind, String name, String text) throws Exception {
        Path f = Files.writeString(tmp.resolve(name), text);
        var r = cli.run("ingest", kind, f.toString(), "--json");
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("quarantined").asLong()).as(r.out()).isZero();
        return j.get("files").get(0).get("import_id").asText();
    }

    @Test
    void byProjectShowsEachAccountAndProjectWithTotalsPerFigureAndLeavesTheRunsTotalAlone() throws Exception {
        var r = cli.run("report", "summary", "--by", "project", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode j = JSON.readTree(r.out());
        // Smallest figure: the runs' 0.075 kg → 4 decimals for the whole report.
        assertThat(j.get("decimals").asInt()).isEqualTo(4);
        // The runs' TOTAL is the measured run alone: no provider figure added.
        assertThat(j.get("total").get("runs").asInt()).isEqualTo(1);
        assertThat(dec(j.get("total"), "co2e_kg")).isEqualByComparingTo("0.075");
        assertThat(dec(j.get("total"), "energy_kwh")).isEqualByComparingTo("1.5");

        // AWS: EC2 + S3 of account 222222222222, tonnes → kg: 1 + 0; 120 + 2.5; 30 + 0.5; 50 + 1; 45 + 1.
        // GCP, kg as exported: ml-training 0.5, 10.25, 4, 2; web 0, 1.125, 0.5, 0.25.
        assertThat(lines(j)).containsExactly(
                "aws|222222222222|scope 1|1.0000", "aws|222222222222|scope 2 location-based|122.5000",
                "aws|222222222222|scope 2 market-based|30.5000", "aws|222222222222|scope 3 location-based|51.0000",
                "aws|222222222222|scope 3 market-based|46.0000",
                "gcp|ml-training|scope 1|0.5000", "gcp|ml-training|scope 2 location-based|10.2500",
                "gcp|ml-training|scope 2 market-based|4.0000", "gcp|ml-training|scope 3|2.0000",
                "gcp|web|scope 1|0.0000", "gcp|web|scope 2 location-based|1.1250",
                "gcp|web|scope 2 market-based|0.5000", "gcp|web|scope 3|0.2500");
        // One total per figure, location- and market-based apart, Scope 1 and 3 apart: 1 + 0.5 + 0; 122.5 + 10.25 + 1.125; …
        assertThat(totals(j)).containsExactly("scope 1|1.5000", "scope 2 location-based|133.8750",
                "scope 2 market-based|35.0000", "scope 3|2.2500", "scope 3 location-based|51.0000",
                "scope 3 market-based|46.0000");

        JsonNode first = j.get("cloud_reported").get(0);
        assertThat(first.get("energy_kwh").isNull()).isTrue();
        assertThat(first.get("scope").asInt()).isEqualTo(1);
        assertThat(first.get("method").isNull()).isTrue();
        assertThat(first.get("model_version").asText()).isEqualTo("v3.0.0");
        assertThat(first.get("rows").asInt()).isEqualTo(2);
        assertThat(first.get("period_start").asText()).isEqualTo("2025-09-01T00:00:00Z");
        assertThat(first.get("period_end").asText()).isEqualTo("2025-10-01T00:00:00Z");
        assertThat(first.get("import_ids").get(0).asText()).isEqualTo(awsImport);
        assertThat(first.get("provenance").asText()).isEqualTo("imported: aws-carbon model v3.0.0 (import " + awsImport.substring(0, 8) + ")");
        assertThat(j.get("cloud_reported").get(1).get("method").asText()).isEqualTo("location");
        assertThat(j.get("cloud_reported").get(5).get("provenance").asText())
                .isEqualTo("imported: gcp-carbon model 12 (import " + gcpImport.substring(0, 8) + ")");
        assertThat(j.get("cloud_reported_note").isNull()).isTrue();
        assertThat(j.get("cloud_reported_rule").asText()).contains("not added to total");
    }

    @Test
    void theTableShowsBothBlocksWithProvenanceAndNoEnergyForProviders() {
        var r = cli.run("report", "summary", "--by", "project");

        assertThat(r.code()).as(r.toString()).isZero();
        String out = r.out();
        assertThat(out).contains("alpha", "TOTAL", "1.5000", "0.0750",
                "Reported by cloud providers (not added to the TOTAL above",
                "ACCOUNT/PROJECT", "imported: aws-carbon model v3.0.0 (import " + awsImport.substring(0, 8) + ")",
                "imported: gcp-carbon model 12 (import " + gcpImport.substring(0, 8) + ")", "2025-09-01/2025-10-01");
        assertThat(out).containsPattern("aws\\s+222222222222\\s+scope 2 location-based\\s+n/a\\s+122\\.5000");
        assertThat(out).containsPattern("TOTAL\\s+scope 2 market-based\\s+n/a\\s+35\\.0000");
        // The runs' TOTAL line comes before the providers' block and holds the run alone.
        String runsPart = out.substring(0, out.indexOf("Reported by cloud providers"));
        assertThat(runsPart).containsPattern("TOTAL\\s+1\\s+1\\.5000\\s+1\\.5000\\s+0\\.0750\\s+0\\s+1\\.5000");
    }

    @Test
    void byTeamGivesOneLinePerProviderWithANote() throws Exception {
        var r = cli.run("report", "summary", "--by", "team", "--json");

        JsonNode j = JSON.readTree(r.out());
        assertThat(lines(j)).containsExactly(
                "aws|(all accounts)|scope 1|1.0000", "aws|(all accounts)|scope 2 location-based|122.5000",
                "aws|(all accounts)|scope 2 market-based|30.5000", "aws|(all accounts)|scope 3 location-based|51.0000",
                "aws|(all accounts)|scope 3 market-based|46.0000",
                "gcp|(all accounts)|scope 1|0.5000", "gcp|(all accounts)|scope 2 location-based|11.3750",
                "gcp|(all accounts)|scope 2 market-based|4.5000", "gcp|(all accounts)|scope 3|2.2500");
        assertThat(j.get("cloud_reported_note").asText()).contains("do not report by team");
        assertThat(j.get("cloud_reported").get(5).get("import_ids").size()).isEqualTo(1);

        var table = cli.run("report", "summary", "--by", "team");
        assertThat(table.out()).contains("note: cloud providers do not report by team");
    }

    @Test
    void csvCarriesTheProvidersInASecondTableAfterAnEmptyLine() {
        var r = cli.run("report", "summary", "--by", "project", "--format", "csv");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("project,runs,energy_kwh,facility_energy_kwh,co2e_kg,runs_without_co2e,measured_kwh\r\n"
                + "alpha,1,1.5000,1.5000,0.0750,0,1.5000\r\n"
                + "TOTAL,1,1.5000,1.5000,0.0750,0,1.5000\r\n"
                + "\r\n"
                + "reported_by,account_project,scope,energy_kwh,co2e_kg,period,provenance,note\r\n"
                + "aws,222222222222,scope 1,n/a,1.0000,2025-09-01/2025-10-01,imported: aws-carbon model v3.0.0 (import "
                + awsImport.substring(0, 8) + "),\r\n");
        assertThat(r.out()).contains("TOTAL,,scope 2 location-based,n/a,133.8750,,,not added to the runs' TOTAL\r\n");
    }

    @Test
    void rowsWhoseUsagePeriodOverlapsCountWhole() throws Exception {
        // September rows overlap 15–30 September: counted whole, not pro-rated; the run (10 Sep) is outside.
        var r = cli.run("report", "summary", "--by", "project", "--from", "2025-09-15", "--to", "2025-10-01", "--json");

        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("total").get("runs").asInt()).isZero();
        // No runs: the smallest figure, 1.5 kg, gives 3 decimals.
        assertThat(totals(j)).contains("scope 2 location-based|133.875");
    }

    @Test
    void aPeriodAfterTheProvidersMonthLeavesThemOut() throws Exception {
        LedgerFixture.addRun(cli.ledgerFile(), "bbbb0001-run", "beta", "vision", Phase.INFERENCE,
                Instant.parse("2025-10-03T08:00:00Z"), 2.0, 1.0, "XB", 400);
        var r = cli.run("report", "summary", "--by", "project", "--from", "2025-10-01", "--to", "2025-11-01", "--json");

        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("total").get("runs").asInt()).isEqualTo(1);
        assertThat(dec(j.get("total"), "co2e_kg")).isEqualByComparingTo("0.8");
        assertThat(j.get("cloud_reported").size()).isZero();
        assertThat(j.get("cloud_reported_totals").size()).isZero();
        assertThat(cli.run("report", "summary", "--by", "project", "--from", "2025-10-01").out())
                .doesNotContain("Reported by cloud providers");
    }

    @Test
    void anEmptyLedgerHasNoLinesInEitherBlock() throws Exception {
        var other = new CliHarness(tmp.resolve("empty"));
        var r = other.run("report", "summary", "--by", "project", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("groups").size()).isZero();
        assertThat(j.get("total").get("runs").asInt()).isZero();
        assertThat(j.get("cloud_reported").isArray()).isTrue();
        assertThat(j.get("cloud_reported").size()).isZero();
        assertThat(j.get("cloud_reported_totals").size()).isZero();
    }

    @Test
    void theImportGuidesOneSittingImportsCleanlyAndGivesTheFiguresItShows() throws Exception {
        // docs/examples, as in "One sitting" of docs/GUIDE-import.md, from the module directory the tests run in.
        Path examples = Path.of("..", "docs", "examples");
        var other = new CliHarness(tmp.resolve("readme"));
        for (String[] kf : new String[][] {{"codecarbon", "codecarbon-emissions.csv"}, {"aws-carbon", "aws-carbon-emissions.csv"},
                {"gcp-carbon", "gcp-carbon-footprint.csv"}}) {
            var r = other.run("ingest", kf[0], examples.resolve(kf[1]).toString(), "--json");
            JsonNode j = JSON.readTree(r.out());
            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(j.get("imported").asLong()).as(kf[1]).isEqualTo(2);
            assertThat(j.get("quarantined").asLong()).as(kf[1]).isZero();
        }
        JsonNode j = JSON.readTree(other.run("report", "summary", "--by", "project", "--from", "2023-06-01", "--to", "2023-07-01",
                "--json").out());
        assertThat(j.get("total").get("runs").asInt()).isEqualTo(2);
        // CodeCarbon: (4.92 + 0.3075) kWh ÷ pue 1.2 = 4.35625 IT → 4.356; facility 5.2275 → 5.228. JSON states the
        // exact figures (the stored doubles' decimals, 4.35625000000000053) with the decimals printed.
        assertThat(shown(j.get("total"), "energy_kwh")).isEqualTo(new BigDecimal("4.356"));
        assertThat(shown(j.get("total"), "facility_energy_kwh")).isEqualTo(new BigDecimal("5.228"));
        // AWS 0.0410 + 0.0012 t = 42.2 kg, Google 8.4 + 0.35 kg: 50.95 kg location-based Scope 2.
        assertThat(totals(j)).containsExactly("scope 1|0.620", "scope 2 location-based|50.950", "scope 2 market-based|7.490",
                "scope 3|3.420", "scope 3 location-based|19.400", "scope 3 market-based|17.900");
        // The guide shows the same table (its kgCO2e of the runs differ: it imported Electricity Maps' hourly series
        // for ES first, from ../shared/upstream, which this test does not need): the providers' totals as printed,
        // and the runs' energy columns.
        String guide = Files.readString(Path.of("..", "docs", "GUIDE-import.md"));
        List<String> table = other.run("report", "summary", "--by", "project", "--from", "2023-06-01", "--to", "2023-07-01")
                .out().lines().toList();
        List<String> cloudTotals = table.stream().filter(l -> l.startsWith("TOTAL ") && l.contains(" scope ")).toList();
        assertThat(cloudTotals).hasSize(6);
        assertThat(guide).contains(cloudTotals);
        String runsTotal = table.stream().filter(l -> l.startsWith("TOTAL ")).findFirst().orElseThrow();
        assertThat(guide).contains(runsTotal.substring(0, runsTotal.indexOf("5.228") + "5.228".length()));
    }

    private static List<String> lines(JsonNode j) {
        List<String> out = new ArrayList<>();
        for (JsonNode l : j.get("cloud_reported")) {
            out.add(l.get("provider").asText() + "|" + l.get("account_project").asText() + "|" + l.get("figure").asText()
                    + "|" + l.get("co2e_kg").asText());
        }
        return out;
    }

    private static List<String> totals(JsonNode j) {
        List<String> out = new ArrayList<>();
        for (JsonNode t : j.get("cloud_reported_totals")) out.add(t.get("figure").asText() + "|" + t.get("co2e_kg").asText());
        return out;
    }

    private static BigDecimal dec(JsonNode n, String field) { return new BigDecimal(n.get(field).asText()); }

    /** A JSON figure as printed: its exact value half-up to the {@code FIELD_decimals} stated beside it. */
    private static BigDecimal shown(JsonNode n, String field) {
        return dec(n, field).setScale(n.get(field + "_decimals").asInt(), java.math.RoundingMode.HALF_UP);
    }
}
