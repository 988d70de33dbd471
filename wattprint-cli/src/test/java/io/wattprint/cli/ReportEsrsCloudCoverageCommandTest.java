package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 4 end to end: an AWS carbon export (Data Exports CARBON_EMISSIONS CSV, model v3.0.0) for November 2026
 * only, imported with {@code ingest aws-carbon}, and aws:us-east-1 runs closed in November and December 2026.
 *
 * <p>Oracle by hand: November is the export's scope 1 0.001 + scope 2 location-based 0.120 + scope 3 location-based
 * 0.050 = 0.171 t (the November run's 2,000 kWh × 300 g = 0.600 t is inside it, not added); December is not in the
 * export, so its run's estimate counts: 1,000 kWh × 300 g/kWh = 0.300 t. E1-6_11 = 0.171 + 0.300 = 0.471.
 */
class ReportEsrsCloudCoverageCommandTest {
    static final String AWS_NOVEMBER = "last_refresh_timestamp,location,model_version,payer_account_id,product_code,region_code,"
            + "total_lbm_emissions_unit,total_lbm_emissions_value,total_mbm_emissions_unit,total_mbm_emissions_value,"
            + "usage_account_id,usage_period_end,usage_period_start,"
            + "total_scope_1_emissions_unit,total_scope_1_emissions_value,total_scope_2_lbm_emissions_unit,"
            + "total_scope_2_lbm_emissions_value,total_scope_2_mbm_emissions_unit,total_scope_2_mbm_emissions_value,"
            + "total_scope_3_lbm_emissions_unit,total_scope_3_lbm_emissions_value,total_scope_3_mbm_emissions_unit,"
            + "total_scope_3_mbm_emissions_value\n"
            + "2026-12-20T00:00:00Z,\"US East (N. Virginia)\",v3.0.0,111111111111,AmazonEC2,us-east-1,MTCO2e,0.171,MTCO2e,0.076,"
            + "222222222222,2026-12-01T00:00:00Z,2026-11-01T00:00:00Z,MTCO2e,0.001,MTCO2e,0.120,MTCO2e,0.030,MTCO2e,0.050,"
            + "MTCO2e,0.045\n";

    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void novemberExportAndRunsInNovemberAndDecember() throws Exception {
        cli = new CliHarness(tmp);
        cli.clock = Clock.fixed(Instant.parse("2027-02-01T09:00:00Z"), ZoneOffset.UTC);
        LedgerFixture.addCloudRun(cli.ledgerFile(), "cccc0001-nov", "llm", Instant.parse("2026-11-10T08:00:00Z"), 2_000,
                "aws:us-east-1", "US-EGRID-RFCE", 300);
        LedgerFixture.addCloudRun(cli.ledgerFile(), "cccc0002-dec", "llm", Instant.parse("2026-12-10T08:00:00Z"), 1_000,
                "aws:us-east-1", "US-EGRID-RFCE", 300);
        Path f = Files.writeString(tmp.resolve("aws-2026-11.csv"), AWS_NOVEMBER);
        ok("ingest", "aws-carbon", f.toString());
    }

    private CliHarness.Result ok(String... args) {
        CliHarness.Result r = cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    @Test
    void theDecemberRunOutsideTheNovemberExportIsInE16_11() throws Exception {
        JsonNode j = new ObjectMapper().readTree(ok("report", "esrs-e1", "--year", "2026", "--format", "json").out());
        assertThat(j.get("E1-6_11").get("value").decimalValue()).isEqualByComparingTo("0.471");
        List<String> notes = new ArrayList<>();
        j.get("_meta").get("notes").forEach(n -> notes.add(n.asText()));
        assertThat(notes).contains(
                "Note: Cloud Scope 3 sources by month, aws 2026: Jan–Oct estimate (0 runs), Nov export, Dec estimate (1 run).",
                "Estimated: Scope 3 of aws for Jan–Oct, Dec is an estimate: 1 run(s), 1,000.000 kWh × the grid factor of their "
                        + "region (location-based); its export does not cover those months.");
        assertThat(notes).anyMatch(n -> n.contains("its 1 run(s) (2,000.000 kWh) closed in those months are inside it"))
                .noneMatch(n -> n.contains("its 2 run(s)"));
    }

    @Test
    void theMarkdownAndHtmlSayWhichMonthsCameFromTheExport() {
        String sources = "aws 2026: Jan–Oct estimate (0 runs), Nov export, Dec estimate (1 run)";
        assertThat(ok("report", "esrs-e1", "--year", "2026").out()).contains(sources,
                "| aws | reported by the provider (Nov); estimate from runs (other months) | 2 | 3,000.000 | 0.471 |");
        assertThat(ok("report", "esrs-e1", "--year", "2026", "--format", "html").out()).contains(sources);
    }
}
