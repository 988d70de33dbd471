package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.core.model.EmissionFactor;
import io.wattprint.data.HardwareRow;
import io.wattprint.data.PueRow;
import io.wattprint.data.ReferenceData;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EstimateCommandTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @TempDir
    Path tmp;
    CliHarness cli;
    final ReferenceData data = ReferenceData.load();

    @BeforeEach
    void setUp() {
        cli = new CliHarness(tmp);
        cli.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    private JsonNode json(String... args) throws Exception {
        var r = cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void eightH100ForADayInFranceMatchesAHandCalculationFromTheShippedData() throws Exception {
        HardwareRow h100 = data.hardware().findGpu("H100 SXM5 80GB").orElseThrow();
        EmissionFactor fr = data.grid().factorFor("FR", NOW).orElseThrow();
        double kwh = 8 * h100.tdpWatts() * 1.0 * 24 / 1000;
        double kg = kwh * 1.0 * fr.intensity().gramsPerKwh() / 1000;

        JsonNode j = json("estimate", "--gpu", "H100 SXM5 80GB", "--count", "8", "--hours", "24", "--location", "FR", "--json");

        assertThat(j.get("energy_kwh").asDouble()).isEqualTo(kwh);
        assertThat(j.get("facility_energy_kwh").asDouble()).isEqualTo(kwh);
        assertThat(j.get("co2e_kg").asDouble()).isEqualTo(kg);
        assertThat(j.get("gpu").asText()).isEqualTo("H100 SXM5 80GB");
        assertThat(j.get("power_w").asDouble()).isEqualTo(h100.tdpWatts());
        assertThat(j.get("tdp_source").asText()).startsWith("TDP, " + data.version() + " hardware catalogue: NVIDIA H100");
        assertThat(j.get("utilisation").asDouble()).isEqualTo(1.0);
        assertThat(j.get("pue").asDouble()).isEqualTo(1.0);
        assertThat(j.get("pue_basis").asText()).startsWith("not applied");
        assertThat(j.get("factor").get("zone").asText()).isEqualTo("FR");
        assertThat(j.get("factor").get("year").asInt()).isEqualTo(fr.year());
        assertThat(j.get("factor").get("g_co2e_per_kwh").asDouble()).isEqualTo(fr.intensity().gramsPerKwh());
        assertThat(j.get("factor").get("source").asText()).isEqualTo(fr.source());
    }

    @Test
    void humanOutputShowsEnergiesCo2eFactorAndTdpSource() {
        var r = cli.run("estimate", "--gpu", "H100 SXM5 80GB", "--count", "8", "--hours", "24", "--location", "FR");
        EmissionFactor fr = data.grid().factorFor("FR", NOW).orElseThrow();

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains(
                "estimated, not measured",
                "8 × H100 SXM5 80GB at 700 W each",
                "power source         TDP, " + data.version() + " hardware catalogue: NVIDIA H100 Tensor Core GPU datasheet",
                "utilisation            1.000 — default: TDP at full use (ML CO2 Impact convention), an upper-bound style assumption",
                "IT energy              134.4 kWh",
                "facility energy        134.4 kWh  PUE 1.000 — not applied",
                "location-based         7.532 kg CO2e (FR)",
                "zone FR, year " + fr.year() + ", Ember");
        if (fr.year() != 2026) {
            assertThat(r.out()).contains("note: factor year " + fr.year() + " applied to 2026 (latest published year for FR)");
        }
    }

    @Test
    void aCloudRegionBringsItsProviderPueByDefault() throws Exception {
        PueRow aws = data.pue().forYear("aws", 2026).orElseThrow();
        EmissionFactor ie = data.grid().factorFor("IE", NOW).orElseThrow();
        double tdp = data.hardware().findGpu("A100 SXM4 80GB").orElseThrow().tdpWatts();
        double kwh = 2 * tdp * 1.0 * 10 / 1000;

        JsonNode j = json("estimate", "--gpu", "A100 SXM4 80GB", "--count", "2", "--hours", "10",
                "--location", "aws:eu-west-1", "--json");

        assertThat(j.get("zone").asText()).isEqualTo("IE");
        assertThat(j.get("location").asText()).isEqualTo("aws:eu-west-1");
        assertThat(j.get("pue").asDouble()).isEqualTo(aws.pue());
        assertThat(j.get("pue_basis").asText()).startsWith("aws published fleet PUE " + aws.year());
        assertThat(j.get("energy_kwh").asDouble()).isEqualTo(kwh);
        assertThat(j.get("facility_energy_kwh").asDouble()).isEqualTo(kwh * aws.pue());
        assertThat(j.get("co2e_kg").asDouble()).isEqualTo(kwh * aws.pue() * ie.intensity().gramsPerKwh() / 1000);
    }

    @Test
    void pueOptionOverridesTheCloudDefault() throws Exception {
        JsonNode j = json("estimate", "--gpu", "T4", "--hours", "1", "--location", "aws:eu-west-1", "--pue", "1.5", "--json");

        assertThat(j.get("pue").asDouble()).isEqualTo(1.5);
        assertThat(j.get("pue_basis").asText()).isEqualTo("given with --pue");
        assertThat(j.get("facility_energy_kwh").asDouble()).isEqualTo(1 * data.hardware().findGpu("T4").orElseThrow().tdpWatts() * 1.0 * 1 / 1000 * 1.5);
    }

    @Test
    void powerOptionOverridesTheCatalogueTdpAndSaysSo() throws Exception {
        JsonNode j = json("estimate", "--gpu", "H100 SXM5 80GB", "--count", "4", "--hours", "2", "--location", "FR",
                "--power-w", "550", "--utilisation", "0.8", "--json");

        assertThat(j.get("power_w").asDouble()).isEqualTo(550);
        assertThat(j.get("tdp_source").asText()).isEqualTo("given with --power-w (catalogue TDP of H100 SXM5 80GB: 700 W)");
        assertThat(j.get("utilisation_basis").asText()).isEqualTo("given with --utilisation");
        assertThat(j.get("energy_kwh").asDouble()).isEqualTo(4 * 550.0 * 0.8 * 2 / 1000);
    }

    @Test
    void aGpuOutsideTheCatalogueIsEstimatedWithPowerGiven() throws Exception {
        JsonNode j = json("estimate", "--gpu", "Gaudi 3", "--count", "8", "--hours", "1", "--location", "DE",
                "--power-w", "900", "--json");

        assertThat(j.get("gpu").asText()).isEqualTo("Gaudi 3");
        assertThat(j.get("tdp_source").asText()).isEqualTo("given with --power-w");
        assertThat(j.get("energy_kwh").asDouble()).isEqualTo(8 * 900.0 * 1.0 * 1 / 1000);
    }

    @Test
    void locationComesFromTheEnvironmentWhenNotGiven() throws Exception {
        cli.env.put("WATTPRINT_LOCATION", "FR");

        JsonNode j = json("estimate", "--gpu", "T4", "--hours", "1", "--json");

        assertThat(j.get("zone").asText()).isEqualTo("FR");
    }
}
