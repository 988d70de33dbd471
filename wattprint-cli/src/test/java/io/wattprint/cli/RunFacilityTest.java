package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wattprint run --facility: the facility's zone, its PUE for the run's date, and the run counted against its meter. */
class RunFacilityTest {
    private static final String YEAR = String.valueOf(Instant.now().atZone(ZoneOffset.UTC).getYear());

    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(tmp);
        ok("facility", "add", "dc-paris", "--zone", "FR");
        ok("facility", "pue", "dc-paris", "--year", YEAR, "--value", "1.3", "--measured", "--category", "2",
                "--source", "BMS annual report");
    }

    private CliHarness.Result ok(String... args) {
        var r = cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    @Test
    void theFacilitysPueAndZoneApplyAndTheBasisNamesThem() throws Exception {
        var r = ok("run", "--facility", "dc-paris", "--json", "--", "true");
        JsonNode run = new ObjectMapper().readTree(r.out());

        assertThat(run.get("facility").asText()).isEqualTo("dc-paris");
        assertThat(run.get("zone").asText()).isEqualTo("FR");
        assertThat(run.get("pue").asDouble()).isEqualTo(1.3);
        assertThat(run.get("pue_basis").asText()).isEqualTo("facility dc-paris PUE for " + YEAR + ", measured, "
                + "ISO/IEC 30134-2 category 2 (PDU output) (source: BMS annual report)");
        assertThat(run.get("facility_energy_kwh").asDouble())
                .isCloseTo(run.get("energy_kwh").asDouble() * 1.3, org.assertj.core.data.Percentage.withPercentage(1e-9));
        assertThat(r.err()).contains("PUE 1.300 — facility dc-paris PUE for " + YEAR);
    }

    @Test
    void locationOverridesTheFacilitysZoneAndPueOverridesItsPue() throws Exception {
        JsonNode run = new ObjectMapper().readTree(ok("run", "--facility", "dc-paris", "--location", "DE", "--pue", "1.5",
                "--json", "--", "true").out());

        assertThat(run.get("facility").asText()).isEqualTo("dc-paris");
        assertThat(run.get("zone").asText()).isEqualTo("DE");
        assertThat(run.get("pue").asDouble()).isEqualTo(1.5);
        assertThat(run.get("pue_basis").asText()).isEqualTo("given with --pue (instead of facility dc-paris's recorded PUE)");
    }

    @Test
    void aFacilityWithoutPueIsSaidNotDefaultedSilently() throws Exception {
        ok("facility", "add", "dc-lyon", "--zone", "FR");

        JsonNode run = new ObjectMapper().readTree(ok("run", "--facility", "dc-lyon", "--json", "--", "true").out());

        assertThat(run.get("pue").asDouble()).isEqualTo(1.0);
        assertThat(run.get("pue_basis").asText()).isEqualTo("not applied (facility dc-lyon has no PUE on record "
                + "(wattprint facility pue dc-lyon); IT energy only)");
    }

    @Test
    void anUnknownFacilityIsAUsageErrorAndNothingRuns() {
        Path marker = tmp.resolve("ran");
        var r = cli.run("run", "--facility", "dc-lyon", "--", "touch", marker.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("wattprint: unknown facility 'dc-lyon' in sqlite ")
                .endsWith("(known: dc-paris; add one with wattprint facility add)\n");
        assertThat(marker).doesNotExist();
    }

    @Test
    void facilityWithWorldAverageOrABadNameIsAUsageError() {
        var world = cli.run("run", "--facility", "dc-paris", "--world-average", "--", "true");
        var bad = cli.run("run", "--facility", "dc/paris", "--", "true");

        assertThat(world.code()).isEqualTo(2);
        assertThat(world.err()).isEqualTo("wattprint: --world-average cannot be combined with --facility (its zone is known)\n");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).startsWith("wattprint: invalid facility name: 'dc/paris' is not a facility name");
    }
}
