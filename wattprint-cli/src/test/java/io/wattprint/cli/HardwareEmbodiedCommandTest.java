package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wattprint hardware embodied ID --period P}: a machine's embodied emissions over a period. */
class HardwareEmbodiedCommandTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(tmp);
        var r = cli.run("hardware", "add", "node-a", "--model", "HGX H100 8-GPU", "--embodied-kg", "1000",
                "--source", "test figure", "--lifetime-years", "4", "--resources", "8", "--unit", "gpu");
        assertThat(r.code()).as(r.toString()).isZero();
    }

    @Test
    void aDaySplitsIntoEachRunsPartInsideItAndTheUnallocatedRest() throws Exception {
        // 1,000,000 g / (35,040 h × 8 GPUs) = 3.5673516 g per GPU-hour; the day has 24 h × 8 = 192 GPU-hours.
        // run A: 8 GPUs × 2 h inside            = 16 GPU-h → 1e6 × 2 / 35,040        = 57.077626 g
        // run B: 2 GPUs, 23:00 the day before to 02:00: 2 h inside = 4 GPU-h → 1e6 × 2 × 2 / (35,040 × 8) = 14.269406 g
        // total: 1e6 × 24 / 35,040 = 684.931507 g; unallocated 684.931507 − 57.077626 − 14.269406 = 613.584475 g
        GpuRunFixture.addRun(cli.ledgerFile(), "a0000000-run", "alpha", "node-a", Instant.parse("2026-10-02T08:00:00Z"), 2, 8, 1, 50, Map.of());
        GpuRunFixture.addRun(cli.ledgerFile(), "b0000000-run", "beta", "node-a", Instant.parse("2026-10-01T23:00:00Z"), 3, 2, 1, 50, Map.of());
        GpuRunFixture.addRun(cli.ledgerFile(), "c0000000-run", "alpha", "node-b", Instant.parse("2026-10-02T08:00:00Z"), 2, 8, 1, 50, Map.of());
        GpuRunFixture.addRun(cli.ledgerFile(), "d0000000-run", "alpha", "node-a", Instant.parse("2026-10-05T08:00:00Z"), 2, 8, 1, 50, Map.of());

        var r = cli.run("hardware", "embodied", "node-a", "--period", "2026-10-02..2026-10-03", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("total_g").asDouble()).isCloseTo(684.931507, within(1e-6));
        assertThat(j.get("unallocated_g").asDouble()).isCloseTo(613.584475, within(1e-6));
        assertThat(j.get("capacity_resource_hours").asDouble()).isCloseTo(192, within(1e-9));
        assertThat(j.get("reserved_resource_hours").asDouble()).isCloseTo(20, within(1e-9));
        assertThat(j.get("runs")).hasSize(2);
        Map<String, Double> byRun = new java.util.HashMap<>();
        j.get("runs").forEach(x -> byRun.put(x.get("run_id").asText(), x.get("embodied_g").asDouble()));
        assertThat(byRun.get("a0000000-run")).isCloseTo(57.077626, within(1e-6));
        assertThat(byRun.get("b0000000-run")).isCloseTo(14.269406, within(1e-6));
    }

    @Test
    void theTableEndsWithTheUnallocatedLineTheTotalAndTheExplanation() {
        GpuRunFixture.addRun(cli.ledgerFile(), "a0000000-run", "alpha", "node-a", Instant.parse("2026-10-02T08:00:00Z"), 2, 8, 1, 50, Map.of());

        var r = cli.run("hardware", "embodied", "node-a", "--period", "2026-10-02..2026-10-03");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("embodied (Scope 3) of node-a (HGX H100 8-GPU), 2026-10-02..2026-10-03",
                "a0000000", "57.077626", "unallocated", "627.853881", "684.931507",
                "reserved 16 of 192 gpu-hours", "explanation:", "TE × (period / EL)");
    }

    @Test
    void anUnknownMachineIsAUsageErrorNamingIt() {
        var r = cli.run("hardware", "embodied", "node-z", "--period", "2026-10");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no hardware record 'node-z'").doesNotContain("Exception");
    }

    @Test
    void aBadPeriodIsAUsageErrorNamingTheOption() {
        var r = cli.run("hardware", "embodied", "node-a", "--period", "October");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("invalid value for --period").doesNotContain("Exception");
    }
}
