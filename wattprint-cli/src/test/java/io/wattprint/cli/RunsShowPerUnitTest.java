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

/**
 * {@code runs show ID --per inferences=N}. By hand: a 1 h run on all 8 GPUs of node-a (1,000 kg, 4 years),
 * 2 kWh in FR at 50 g/kWh, no PUE: E × I = 100 g, M = 28.538813 g; per 10,000 inferences
 * SCI = 128.538813 / 10,000 = 0.0128538813 g; IT energy per 1k = 2,000 Wh / 10 = 200 Wh.
 */
class RunsShowPerUnitTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(tmp);
        GpuRunFixture.addRun(cli.ledgerFile(), "p1000000-run", "alpha", "node-a", Instant.parse("2026-10-02T08:00:00Z"),
                1, 8, 2, 50, Map.of());
    }

    @Test
    void sciPerInferenceCountsOperationalAndEmbodiedEmissions() throws Exception {
        cli.run("hardware", "add", "node-a", "--model", "HGX", "--embodied-kg", "1000", "--source", "test",
                "--lifetime-years", "4", "--resources", "8", "--unit", "gpu");

        var r = cli.run("runs", "show", "p1000000", "--per", "inferences=10000");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("SCI                  0.012854 gCO2e per inference (R = 10000 inferences)",
                "SCI = 0.012854 gCO2e per inferences",
                "IT energy per 1k     200 Wh per 1,000 inferences",
                "note: I is a location-based (grid average) intensity only");

        JsonNode sci = new ObjectMapper().readTree(cli.run("runs", "show", "p1000000", "--per", "inferences=10000", "--json").out())
                .get("sci");
        assertThat(sci.get("sci_g").asDouble()).isCloseTo(0.0128538813, within(1e-10));
        assertThat(sci.get("operational_g").asDouble()).isCloseTo(100, within(1e-9));
        assertThat(sci.get("it_energy_wh_per_1k").asDouble()).isCloseTo(200, within(1e-9));
    }

    @Test
    void withoutAHardwareRecordMIsZeroAndSaidSo() {
        var r = cli.run("runs", "show", "p1000000", "--per", "inferences=1000");

        assertThat(r.out()).contains("SCI                  0.1 gCO2e per inference",
                "note: M = 0: no hardware record for the run's host (wattprint hardware add)");
    }

    /**
     * Issue 12: the header said {@code SCI 0.000000269 g} and the explanation {@code SCI = 0 gCO2e per inferences}.
     * 0.00000538 kWh × 50 g/kWh = 0.000269 g, / 1,000 inferences = 0.000000269 g: one figure, in both places.
     */
    @Test
    void aTinyScoreShowsTheSameNonZeroFigureInTheHeaderAndTheExplanation() {
        LedgerFixture.addRun(cli.ledgerFile(), "t1000000-tiny", "tiny", "t", io.wattprint.core.model.Phase.INFERENCE,
                Instant.parse("2026-10-03T08:00:00Z"), 0.00000538, 1.0, "FR", 50);

        var r = cli.run("runs", "show", "t1000000", "--per", "inferences=1000");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("SCI                  0.000000269 gCO2e per inference (R = 1000 inferences)",
                "SCI = 0.000000269 gCO2e per inferences");
    }

    @Test
    void aBadPerIsAUsageError() {
        for (String bad : new String[] {"inferences", "inferences=0", "=5", "inferences=many"}) {
            var r = cli.run("runs", "show", "p1000000", "--per", bad);
            assertThat(r.code()).as(bad).isEqualTo(2);
            assertThat(r.err()).contains("invalid value for --per: '" + bad + "' (expected NAME=N with N more than 0");
        }
    }

    @Test
    void aRunWithoutCo2eCannotHaveAnSci() {
        LedgerFixture.addRun(cli.ledgerFile(), "p2000000-run", "beta", "t", null, Instant.parse("2026-10-03T08:00:00Z"),
                1, 1.0, null, 0);

        var r = cli.run("runs", "show", "p2000000", "--per", "inferences=10");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--per needs the run's location-based CO2e", "no CO2e (location unknown or no factor)");
    }
}
