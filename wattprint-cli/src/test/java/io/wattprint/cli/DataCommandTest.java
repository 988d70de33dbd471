package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCommandTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() { cli = new CliHarness(tmp); }

    @Test
    void factorsForOneZoneShowValueYearAndSource() throws Exception {
        var r = cli.run("data", "factors", "--zone", "FR", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode rows = new ObjectMapper().readTree(r.out());
        assertThat(rows).isNotEmpty();
        for (JsonNode row : rows) {
            assertThat(row.get("zone").asText()).isEqualTo("FR");
            assertThat(row.get("source").asText()).isNotBlank();
            assertThat(row.get("g_co2e_per_kwh").asDouble()).isPositive();
        }
    }

    @Test
    void factorsTableListsManyZones() {
        var r = cli.run("data", "factors");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("ZONE", "FR", "DE", "US-EGRID-", "factor(s)");
    }

    @Test
    void factorsForAnUnknownZoneSuggestsCloseOnes() {
        var r = cli.run("data", "factors", "--zone", "FRA");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown location 'FRA': did you mean FR");
    }

    @Test
    void factorsForACloudRegionShowItsZoneAndSaySo() {
        var r = cli.run("data", "factors", "--zone", "aws:eu-west-1");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("IE", "Ireland", "aws:eu-west-1 is in grid zone IE");
    }

    @Test
    void regionsOfOneProviderMapToZones() throws Exception {
        JsonNode rows = new ObjectMapper().readTree(cli.run("data", "regions", "--provider", "aws", "--json").out());

        assertThat(rows.size()).isGreaterThan(10);
        for (JsonNode row : rows) {
            assertThat(row.get("provider").asText()).isEqualTo("aws");
            assertThat(row.get("zone").asText()).isNotBlank();
        }
    }

    @Test
    void unknownProviderIsAUsageError() {
        var r = cli.run("data", "regions", "--provider", "oracle");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("invalid value for --provider: 'oracle'", "aws, gcp or azure");
    }

    @Test
    void pueListsProvidersWithYearAndSource() {
        var r = cli.run("data", "pue");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("SCOPE", "aws", "gcp", "azure", "PUE figure(s)");
    }

    @Test
    void hardwareListsGpusWithTdp() throws Exception {
        JsonNode rows = new ObjectMapper().readTree(cli.run("data", "hardware", "--kind", "gpu", "--json").out());

        assertThat(rows).isNotEmpty();
        assertThat(rows.findValuesAsText("model")).anyMatch(m -> m.contains("H100"));
    }

    @Test
    void unknownHardwareKindIsAUsageError() {
        var r = cli.run("data", "hardware", "--kind", "tpu");

        assertThat(r.code()).isEqualTo(2);
    }
}
