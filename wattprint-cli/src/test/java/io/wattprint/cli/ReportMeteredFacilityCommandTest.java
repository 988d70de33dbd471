package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 3 end to end: a 1,200 kWh utility bill recorded with {@code wattprint facility reading} is facility dc1's
 * Scope 2 energy in {@code report scope2} and E1-5_01 in {@code report esrs-e1}; {@code wattprint scope2} stays
 * run-based and says the readings exist. dc1 (FR, 60 g/kWh): runs 320 and 400 kWh IT × PUE 1.25 = 400 + 500 = 900 kWh
 * closed in March and April; bill March–April 1,200 kWh → 300 kWh not attributed to runs.
 */
class ReportMeteredFacilityCommandTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void dc1WithABill() {
        cli = new CliHarness(tmp);
        cli.clock = Clock.fixed(Instant.parse("2027-02-01T09:00:00Z"), ZoneOffset.UTC);
        ok("facility", "add", "dc1", "--zone", "FR");
        LedgerFixture.addFacilityRun(cli.ledgerFile(), "fr-a", "llm", Instant.parse("2026-03-10T08:00:00Z"), 320, 1.25, "dc1", "FR", 60);
        LedgerFixture.addFacilityRun(cli.ledgerFile(), "fr-b", "llm", Instant.parse("2026-04-14T08:00:00Z"), 400, 1.25, "dc1", "FR", 60);
        ok("facility", "reading", "dc1", "--from", "2026-03", "--to", "2026-04", "--kwh", "1200", "--kind", "utility-bill",
                "--source", "EDF INV-2026-0304");
    }

    private CliHarness.Result ok(String... args) {
        CliHarness.Result r = cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    private JsonNode json(String... args) throws Exception { return new ObjectMapper().readTree(ok(args).out()); }

    @Test
    void reportScope2CountsTheBillNotJustTheRuns() throws Exception {
        JsonNode j = json("report", "scope2", "--year", "2026", "--format", "json");
        assertThat(j.get("energy_mwh").decimalValue()).isEqualByComparingTo("1.2");
        // 1,200 kWh × 60 g/kWh
        assertThat(j.get("location_based_t").decimalValue()).isEqualByComparingTo("0.072");
        assertThat(j.get("lines").get(1).get("label").asText()).isEqualTo("dc1 (FR) — not attributed to runs");
        assertThat(j.get("lines").get(1).get("energy_mwh").decimalValue()).isEqualByComparingTo("0.3");
        assertThat(j.get("metered_facilities").get(0).get("readings").asText()).isEqualTo("1 utility-bill reading");
        String md = ok("report", "scope2", "--year", "2026").out();
        assertThat(md).contains("| dc1 (FR) — not attributed to runs | FR | 0 | 0.300 |", "metered (1 utility-bill reading) less runs");
    }

    @Test
    void esrsE15_01IsTheMeteredEnergy() throws Exception {
        JsonNode j = json("report", "esrs-e1", "--year", "2026", "--format", "json");
        assertThat(j.get("E1-5_01").get("value").decimalValue()).isEqualByComparingTo("1.2");
        assertThat(j.get("E1-6_09").get("value").decimalValue()).isEqualByComparingTo("0.072");
        assertThat(j.get("_meta").get("metered_facilities").get(0).get("facility").asText()).isEqualTo("dc1");
    }

    @Test
    void theEngineeringScope2StaysRunBasedAndSaysTheReadingsExist() throws Exception {
        String out = ok("scope2", "--year", "2026").out();
        assertThat(out).contains("warning: meter readings exist for facility dc1 in 2026");
        JsonNode j = json("scope2", "--year", "2026", "--json");
        assertThat(j.get("energy_mwh").asDouble()).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(j.get("warnings").findValuesAsText("code")).contains("metered_facility");
    }
}
