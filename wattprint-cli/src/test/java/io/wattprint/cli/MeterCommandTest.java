package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeterCommandTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() { cli = new CliHarness(tmp); }

    @Test
    void meterPrintsOneJsonLinePerIntervalAndStoresNothing() throws Exception {
        var r = cli.run("meter", "--location", "FR", "--interval", "200ms", "--duration", "1s", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.size()).as("about five ticks of 200 ms in 1 s").isBetween(2, 8);
        JsonNode last = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertThat(last.get("components").has("cpu")).isTrue();
        assertThat(last.get("energy_kwh").asDouble()).isPositive();
        assertThat(last.get("co2e_g").asDouble()).isPositive();
        assertThat(last.get("zone").asText()).isEqualTo("zone FR");
        assertThat(cli.ledgerFile()).doesNotExist();
    }

    @Test
    void pipedOutputIsPlainLinesAndTotalsGoToStderr() {
        var r = cli.run("meter", "--interval", "250ms", "--duration", "600ms");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).doesNotContain("\033[").contains("cpu", " W", "CO2e n/a (no location)");
        assertThat(r.err()).contains("CPU estimated", "wattprint: metered");
    }

    @Test
    void badDurationIsAUsageError() {
        var r = cli.run("meter", "--duration", "soon");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("invalid value for --duration: 'soon' (expected e.g. 500ms, 1s, 2m, 1h)");
    }

    @Test
    void unknownLocationIsAUsageError() {
        var r = cli.run("meter", "--location", "Atlantis", "--duration", "1s");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Atlantis");
    }
}
