package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wattprint allocate} on a ledger of four runs, figures by hand. October 2026, FR at 50 g/kWh, no PUE:
 * <pre>
 *   r1  alpha     node-a  2 GPUs × 1 h = 2 GPU-h  3 kWh  0.15 kg  requests=300
 *   r2  beta      node-a  1 GPU  × 2 h = 2 GPU-h  1 kWh  0.05 kg  requests=100
 *   r3  (none)    node-b  1 GPU  × 4 h = 4 GPU-h  2 kWh  0.10 kg  (no requests tag)
 *   r4  alpha     node-a  in November: never in October's pool
 *   pool: 6 kWh, 0.3 kg; 8 GPU-hours used
 * </pre>
 */
class AllocateCommandTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(tmp);
        Path db = cli.ledgerFile();
        GpuRunFixture.addRun(db, "r1000000-alpha", "alpha", "node-a", Instant.parse("2026-10-02T08:00:00Z"), 1, 2, 3, 50,
                Map.of("requests", "300"));
        GpuRunFixture.addRun(db, "r2000000-beta", "beta", "node-a", Instant.parse("2026-10-03T08:00:00Z"), 2, 1, 1, 50,
                Map.of("requests", "100"));
        GpuRunFixture.addRun(db, "r3000000-none", null, "node-b", Instant.parse("2026-10-04T08:00:00Z"), 4, 1, 2, 50, Map.of());
        GpuRunFixture.addRun(db, "r4000000-nov", "alpha", "node-a", Instant.parse("2026-11-02T08:00:00Z"), 1, 8, 50, 50, Map.of());
    }

    private JsonNode json(String... args) throws Exception {
        var r = cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void gpuHoursWithCapacityPrintsOneLinePerRunTheIdleLineTotalsAndTheExplanation() {
        // Capacity 16 GPU-h: r1 and r2 2/16 of 6 kWh = 0.75 kWh, 0.0375 kg; r3 4/16 = 1.5 kWh, 0.075 kg;
        // idle 8/16 = 3 kWh, 0.15 kg.
        var r = cli.run("allocate", "--by", "gpu-hours", "--period", "2026-10", "--capacity-gpu-hours", "16");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains(
                "allocation of 2026-10 (2026-10-01T00:00:00Z to 2026-11-01T00:00:00Z)",
                "rule: ad hoc, basis gpu-hours, idle separate",
                "pool: 6 kWh, 0.3 kgCO2e — Σ stored footprints of 3 run(s) started in 2026-10 (facility energy, location-based CO2e)");
        assertThat(r.out().lines()).contains(
                "RUN                         RUNS  GPU-HOURS   SHARE   kWh  kgCO2e",
                "r1000000 wl-r1000000-alpha     1          2  12.5 %  0.75  0.0375",
                "r2000000 wl-r2000000-beta      1          2  12.5 %  0.75  0.0375",
                "r3000000 wl-r3000000-none      1          4    25 %   1.5   0.075",
                "(idle capacity)                0          8    50 %     3    0.15",
                "TOTAL                          3         16   100 %     6     0.3");
        assertThat(r.out()).contains("explanation:", "allocation by rule ad hoc = 6 kWh, 0.3 kgCO2e in 4 lines",
                "rule: ad hoc (basis gpu-hours, idle separate)", "idle capacity = 3 kWh, 0.15 kgCO2e");
    }

    @Test
    void tagBasisGroupsByProjectWithAnUntaggedLine() throws Exception {
        // alpha 2, beta 2, untagged 4 of 8 GPU-h: 1.5, 1.5, 3 kWh; 0.075, 0.075, 0.15 kg.
        JsonNode j = json("allocate", "--by", "tag:project", "--period", "2026-10", "--json");

        assertThat(j.get("rule").get("basis").asText()).isEqualTo("tag:project");
        assertThat(j.get("rule").get("measure").asText()).isEqualTo("gpu-hours");
        JsonNode lines = j.get("lines");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("consumer").asText()).isEqualTo("alpha");
        assertThat(lines.get(1).get("consumer").asText()).isEqualTo("beta");
        assertThat(lines.get(2).get("consumer").asText()).isEqualTo("(untagged)");
        assertThat(lines.get(2).get("kind").asText()).isEqualTo("untagged");
        assertThat(lines.get(0).get("energy_kwh").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(lines.get(2).get("energy_kwh").decimalValue()).isEqualByComparingTo("3");
        assertThat(lines.get(2).get("co2e_kg").decimalValue()).isEqualByComparingTo("0.15");
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode l : lines) sum = sum.add(l.get("co2e_kg").decimalValue());
        assertThat(sum).isEqualByComparingTo(j.get("total").get("co2e_kg").decimalValue());
        assertThat(lines.get(0).get("explanation").get(1).asText())
                .isEqualTo("  rule: ad hoc (basis tag:project by gpu-hours, idle separate)");
    }

    @Test
    void requestsComeFromTheRunTagAndARunWithoutOneIsWarnedAbout() throws Exception {
        // r1 300, r2 100, r3 0 of 400 requests: 4.5, 1.5, 0 kWh.
        var r = cli.run("allocate", "--by", "requests", "--period", "2026-10", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("warning: run r3000000-none has no requests=N tag: counted as 0 requests");
        JsonNode lines = new ObjectMapper().readTree(r.out()).get("lines");
        assertThat(lines.get(0).get("energy_kwh").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(lines.get(1).get("energy_kwh").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(lines.get(2).get("energy_kwh").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void hostAndProjectNarrowThePool() throws Exception {
        JsonNode byHost = json("allocate", "--by", "gpu-hours", "--period", "2026-10", "--host", "node-a", "--json");
        JsonNode byProject = json("allocate", "--by", "gpu-hours", "--period", "2026-10", "--project", "alpha", "--json");

        assertThat(byHost.get("lines")).hasSize(2);
        assertThat(byHost.get("pool").get("energy_kwh").decimalValue()).isEqualByComparingTo("4");
        assertThat(byProject.get("lines")).hasSize(1);
        assertThat(byProject.get("pool").get("co2e_kg").decimalValue()).isEqualByComparingTo("0.15");
    }

    @Test
    void aMeteredPoolIsSplitInsteadOfTheStoredFootprints() throws Exception {
        // A facility meter says 80 kWh, 4 kg for October: spread 2:2:4 → 20, 20, 40 kWh.
        JsonNode j = json("allocate", "--by", "gpu-hours", "--period", "2026-10", "--pool-kwh", "80", "--pool-kgco2e", "4", "--json");

        assertThat(j.get("pool").get("source").asText()).isEqualTo("given with --pool-kwh and --pool-kgco2e");
        assertThat(j.get("lines").get(2).get("energy_kwh").decimalValue()).isEqualByComparingTo("40");
        assertThat(j.get("lines").get(2).get("co2e_kg").decimalValue()).isEqualByComparingTo("2");
    }

    @Test
    void idleSpreadChargesIdleCapacityToTheRuns() throws Exception {
        JsonNode j = json("allocate", "--by", "gpu-hours", "--period", "2026-10", "--capacity-gpu-hours", "16",
                "--idle", "spread", "--json");

        assertThat(j.get("lines").get(2).get("energy_kwh").decimalValue()).isEqualByComparingTo("3");
        assertThat(j.get("lines").get(3).get("kind").asText()).isEqualTo("idle");
        assertThat(j.get("lines").get(3).get("energy_kwh").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void aSavedRuleIsUsedByNameAndSavingItAgainChangesNothing() throws Exception {
        var saved = cli.run("allocate", "--by", "tag:project", "--idle", "spread", "--period", "2026-10", "--save-rule", "chargeback");
        assertThat(saved.code()).as(saved.toString()).isZero();
        assertThat(saved.err()).contains("saved rule chargeback (version 1)");
        assertThat(saved.out()).contains("rule: chargeback (version 1), basis tag:project by gpu-hours, idle spread");

        var again = cli.run("allocate", "--by", "tag:project", "--idle", "spread", "--period", "2026-10", "--save-rule", "chargeback");
        assertThat(again.err()).contains("already saved, unchanged: rule chargeback (version 1)");

        JsonNode j = json("allocate", "--rule", "chargeback", "--period", "2026-10", "--json");
        assertThat(j.get("rule").get("name").asText()).isEqualTo("chargeback");
        assertThat(j.get("rule").get("idle").asText()).isEqualTo("spread");
        assertThat(j.get("lines").get(0).get("consumer").asText()).isEqualTo("alpha");
        assertThat(j.get("lines").get(0).get("explanation").get(1).asText())
                .isEqualTo("  rule: chargeback (basis tag:project by gpu-hours, idle spread)");
    }
}
