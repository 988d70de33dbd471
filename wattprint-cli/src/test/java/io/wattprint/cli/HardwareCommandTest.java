package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wattprint hardware add/list} and the embodied line {@code runs show} prints from a record. */
class HardwareCommandTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(tmp);
    }

    private CliHarness.Result add(String... extra) {
        String[] base = {"hardware", "add", "node-a", "--model", "HGX H100 8-GPU", "--embodied-kg", "1000",
                "--source", "test figure", "--lifetime-years", "4", "--resources", "8", "--unit", "gpu"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return cli.run(args);
    }

    @Test
    void addPrintsTheRecordAndWhatAGpuHourCarries() {
        // 1,000,000 g / (35,040 h × 8 GPUs) = 3.567352 g per GPU-hour.
        var r = add();

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out().lines()).containsExactly(
                "added hardware record node-a (seq 1)",
                "  model            HGX H100 8-GPU",
                "  embodied (TE)    1000 kgCO2e  — test figure",
                "  lifetime (EL)    4 years (35040 h)",
                "  resources (ToR)  8 gpus",
                "  valid from       1970-01-01T00:00:00Z",
                "  amortised        3.567352 gCO2e per gpu-hour    [TE / (EL × ToR)]");
    }

    @Test
    void addingTheSameRecordAgainChangesNothingAndACorrectionIsANewVersion() throws Exception {
        add();
        var again = add();
        assertThat(again.out()).startsWith("already stored, nothing changed: hardware record node-a (seq 1)");

        var corrected = cli.run("hardware", "add", "node-a", "--model", "HGX H100 8-GPU", "--embodied-kg", "1200",
                "--source", "vendor PCF", "--lifetime-years", "4", "--resources", "8", "--unit", "gpu", "--json");
        assertThat(new ObjectMapper().readTree(corrected.out()).get("seq").asInt()).isEqualTo(2);

        JsonNode list = new ObjectMapper().readTree(cli.run("hardware", "list", "--json").out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("embodied_kg").asDouble()).isEqualTo(1200);
        assertThat(list.get(0).get("source").asText()).isEqualTo("vendor PCF");
        assertThat(list.get(0).get("resource_unit").asText()).isEqualTo("gpu");
    }

    @Test
    void listPrintsATable() {
        add();
        cli.run("hardware", "add", "cpu-box", "--model", "2U server", "--embodied-kg", "1205.52", "--source", "GSF eShoppen",
                "--lifetime-years", "4", "--resources", "16", "--unit", "vcpu", "--valid-from", "2026-01-01");

        var r = cli.run("hardware", "list");

        assertThat(r.out().lines()).containsExactly(
                "ID       MODEL           EMBODIED kg  LIFETIME y  RESOURCES  g PER UNIT-HOUR  VALID FROM            SOURCE",
                "cpu-box  2U server           1205.52           4    16 vcpu           2.1503  2026-01-01T00:00:00Z  GSF eShoppen",
                "node-a   HGX H100 8-GPU         1000           4      8 gpu           3.5674  1970-01-01T00:00:00Z  test figure");
    }

    @Test
    void listWithNoLedgerSaysHowToAddOne() {
        var r = cli.run("hardware", "list");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("no hardware records in", "wattprint hardware add ID");
    }

    @Test
    void runsShowPrintsTheRunsEmbodiedLineWhenItsHostHasARecord() throws Exception {
        // DOMAIN.md §3: 1000 kg over 4 years (35,040 h), 1 h, all 8 GPUs → 28.54 g.
        add();
        GpuRunFixture.addRun(cli.ledgerFile(), "e1000000-run", "alpha", "node-a", Instant.parse("2026-10-02T08:00:00Z"),
                1, 8, 2, 50, Map.of());

        var r = cli.run("runs", "show", "e1000000");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("embodied             28.54 g (Scope 3; node-a, 8 of 8 gpus)",
                "GPUs or vCPUs used: gpu:* components in its intervals",
                "embodied (Scope 3) of run e1000000-run = 28.538813 gCO2e    [TE × (TiR / EL) × (RR / ToR)]",
                "TE source: 1000 kgCO2e  — test figure");
        JsonNode j = new ObjectMapper().readTree(cli.run("runs", "show", "e1000000", "--json").out());
        assertThat(j.get("embodied").get("co2e_kg").asDouble()).isCloseTo(0.028538813, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(j.get("embodied").get("scope").asInt()).isEqualTo(3);
    }

    @Test
    void aRunOnTwoOfEightGpusIsChargedAQuarter() throws Exception {
        // 1,000,000 g × 3 h / 35,040 h × 2/8 = 21.404110 g.
        add();
        GpuRunFixture.addRun(cli.ledgerFile(), "e2000000-run", "alpha", "node-a", Instant.parse("2026-10-02T08:00:00Z"),
                3, 2, 2, 50, Map.of());

        JsonNode j = new ObjectMapper().readTree(cli.run("runs", "show", "e2000000", "--json").out());

        assertThat(j.get("embodied").get("resources").asDouble()).isEqualTo(2);
        assertThat(j.get("embodied").get("co2e_kg").asDouble() * 1000).isCloseTo(21.404110, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void runsShowHasNoEmbodiedLineWithoutARecordForItsHost() throws Exception {
        add();
        GpuRunFixture.addRun(cli.ledgerFile(), "e3000000-run", "alpha", "node-z", Instant.parse("2026-10-02T08:00:00Z"),
                1, 8, 2, 50, Map.of());

        assertThat(cli.run("runs", "show", "e3000000").out()).doesNotContain("embodied");
        assertThat(new ObjectMapper().readTree(cli.run("runs", "show", "e3000000", "--json").out()).has("embodied")).isFalse();
    }
}
