package io.wattprint.cli;

import io.wattprint.testkit.Upstream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.core.model.Phase;
import io.wattprint.data.GridFactorRow;
import io.wattprint.data.ReferenceData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: every zone an import stores is a usable location — Electricity Maps zone ids, the keys of
 * gcp-region-carbon and carbon-aware-json imports — and eGRID subregions and the cloud regions in them
 * use a mapped Electricity Maps zone's series. On a real SQLite ledger and the real files in
 * {@code ../shared/upstream/} (read from there, never copied).
 */
class ZoneLocationsTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(tmp);
        cli.clock = Clock.fixed(Instant.parse("2026-11-10T00:00:00Z"), ZoneOffset.UTC);
    }

    /** The real file {@code shared/upstream/<relative>}; skipped loudly when absent, failed under CI=true. */
    static Path upstream(String relative) {
        return Upstream.file(relative);
    }

    /**
     * A California export as Electricity Maps writes it: the real Spanish 2023 file (same header generation,
     * 8,760 rows) with its country, zone name and zone id columns set to those of US-CAL-CISO, written to the
     * test's temporary folder under the export's file name. Values stay the file's own.
     */
    Path californiaExport() throws Exception {
        Path es = upstream("electricitymaps/ES_2023_hourly.csv");
        List<String> lines = Files.readAllLines(es, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        out.add(lines.get(0));
        for (String l : lines.subList(1, lines.size())) {
            assertThat(l).contains(",Spain,Spain,ES,");
            out.add(l.replace(",Spain,Spain,ES,", ",USA,CAISO,US-CAL-CISO,"));
        }
        Path f = tmp.resolve("US-CAL-CISO_2023_hourly.csv");
        Files.write(f, out, StandardCharsets.UTF_8);
        return f;
    }

    /** Lifecycle gCO2e/kWh of each hour of the real ES 2023 file, read here independently of the importer. */
    static Map<Instant, Double> lifecycleByHour() throws Exception {
        List<String> lines = Files.readAllLines(upstream("electricitymaps/ES_2023_hourly.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(","));
        int lca = header.indexOf("Carbon Intensity gCO₂eq/kWh (LCA)");
        assertThat(lca).isNotNegative();
        Map<Instant, Double> m = new HashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",", -1);
            m.put(Instant.parse(f[0].replace(' ', 'T') + "Z"), Double.parseDouble(f[lca]));
        }
        return m;
    }

    @Test
    void anImportedElectricityMapsZoneIsListedAndIsALocation() throws Exception {
        var ingest = cli.run("ingest", "electricitymaps", californiaExport().toString());
        assertThat(ingest.code()).as(ingest.toString()).isZero();

        var list = cli.run("factors", "list", "--zone", "us-cal-ciso");
        var run = cli.run("run", "--location", "US-CAL-CISO", "--", "true");

        assertThat(list.code()).as(list.toString()).isZero();
        assertThat(list.out()).contains("Electricity Maps (dataset 2023 hourly) for US-CAL-CISO (average, lifecycle), licence ODbL: "
                + "8760 points from 2023-01-01T00:00:00Z to 2024-01-01T00:00:00Z");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).contains("location US-CAL-CISO");
    }

    @Test
    void aClosedRunInACloudRegionOfCamxIsRecomputedHourByHourFromTheImportedCaisoSeriesNamingTheMapping() throws Exception {
        cli.run("ingest", "electricitymaps", californiaExport().toString());
        // 1.5 kWh over 10:30–11:30 UTC on 1 March 2023: half in the 10:00 hour, half in the 11:00 hour.
        Instant start = Instant.parse("2023-03-01T10:30:00Z");
        LedgerFixture.addCloudRun(cli.ledgerFile(), "cafe0001-run", "alpha", start, 1.5, "aws:us-west-1", "US-EGRID-CAMX", 200);
        Map<Instant, Double> g = lifecycleByHour();
        double expectedGrams = 0.75 * g.get(Instant.parse("2023-03-01T10:00:00Z")) + 0.75 * g.get(Instant.parse("2023-03-01T11:00:00Z"));

        var r = cli.run("runs", "recompute", "cafe0001", "--json");
        var text = cli.run("runs", "show", "cafe0001");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode j = new ObjectMapper().readTree(cli.run("runs", "show", "cafe0001", "--json").out());
        assertThat(j.get("co2e_kg").asDouble() * 1000).isCloseTo(expectedGrams, within(1e-9));
        assertThat(text.out()).contains("grid factor series: Electricity Maps (dataset 2023 hourly) for US-CAL-CISO (average, lifecycle), "
                + "used for aws:us-west-1 (US-EGRID-CAMX) through the mapping US-EGRID-CAMX → Electricity Maps zone US-CAL-CISO "
                + "(approximate: CAMX spans the California balancing authorities");
        assertThat(text.out()).contains(": 2 points between 2023-03-01T10:00:00Z and 2023-03-01T12:00:00Z");
    }

    @Test
    void aRunAtAnEgridSubregionUsesTheMappedSeriesAndTheAnnualFactorWhereItHasNoPoint() throws Exception {
        // One imported CAISO point, 08:00–09:00; the run starts at 08:59:59.5, so it ends under the annual CAMX factor.
        Path f = tmp.resolve("ciso.csv");
        Files.writeString(f, "start,end,g_per_kwh\n2026-11-01T08:00:00Z,2026-11-01T09:00:00Z,20\n");
        assertThat(cli.run("factors", "import", f.toString(), "--zone", "US-CAL-CISO", "--source", "EM", "--dataset", "v1").code()).isZero();
        cli.clock = Clock.fixed(Instant.parse("2026-11-01T08:59:59.500Z"), ZoneOffset.UTC);

        var r = cli.run("run", "--location", "US-EGRID-CAMX", "--interval", "200ms", "--", "sleep", "1");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("    factor series        EM (dataset v1) for US-CAL-CISO (average, lifecycle), used for US-EGRID-CAMX "
                        + "through the mapping US-EGRID-CAMX → Electricity Maps zone US-CAL-CISO (approximate",
                "    note: no point of factor series EM (dataset v1) for US-CAL-CISO (average, lifecycle), used for US-EGRID-CAMX");
        var show = cli.run("runs", "show", r.err().replaceAll("(?s).*runs show (\\w+).*", "$1"));
        assertThat(show.out()).contains("grid factor: " + String.format(java.util.Locale.ROOT, "%.3f", camx().gramsPerKwh())
                + " gCO2e/kWh for US-EGRID-CAMX");
    }

    @Test
    void anElectricityMapsZoneWithoutSeriesOrAnnualFactorOfItsOwnIsEstimatedWithTheMappedSubregionsFactor() throws Exception {
        var r = cli.run("estimate", "--gpu", "H100 SXM5 80GB", "--count", "1", "--hours", "10", "--location", "US-CAL-CISO", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        // 700 W × 10 h = 7 kWh at CAMX's annual factor (g/kWh) → kg.
        assertThat(j.get("co2e_kg").asDouble()).isCloseTo(7 * camx().gramsPerKwh() / 1000, within(1e-9));
        var data = cli.run("data", "factors", "--zone", "US-CAL-CISO");
        assertThat(data.out()).contains("US-CAL-CISO has no shipped annual factor; US-EGRID-CAMX's stands in for it through the mapping");
    }

    @Test
    void theKeysOfGcpRegionCarbonAndCarbonAwareImportsAreListedAndUsed() throws Exception {
        Path google = upstream("gcp-region-carbon-info/2022.csv");
        assertThat(cli.run("ingest", "gcp-region-carbon", google.toString()).code()).isZero();
        assertThat(cli.run("ingest", "carbon-aware-json", upstream("carbon-aware-sdk/sample-emissions-data.json").toString()).code())
                .isZero();
        double europeWest1 = Files.readAllLines(google, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("europe-west1,"))
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(',') + 1).trim())).findFirst().orElseThrow();
        LedgerFixture.addCloudRun(cli.ledgerFile(), "beef0001-run", "alpha", Instant.parse("2022-06-01T10:00:00Z"), 2.0,
                "gcp:europe-west1", "BE", 100);

        var gcpList = cli.run("factors", "list", "--zone", "gcp:europe-west1");
        var sydney = cli.run("factors", "list", "--zone", "AZURE:Sydney", "--json");
        var run = cli.run("run", "--location", "azure:sydney", "--", "true");
        var recompute = cli.run("runs", "recompute", "beef0001");

        assertThat(gcpList.code()).as(gcpList.toString()).isZero();
        assertThat(gcpList.out()).contains("for gcp:europe-west1 (average, lifecycle)", ": 1 point from 2022-01-01T00:00:00Z");
        assertThat(new ObjectMapper().readTree(sydney.out()).get(0).get("zone").asText()).isEqualTo("azure:sydney");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).contains("location azure:sydney");
        assertThat(recompute.code()).as(recompute.toString()).isZero();
        JsonNode j = new ObjectMapper().readTree(cli.run("runs", "show", "beef0001", "--json").out());
        assertThat(j.get("co2e_kg").asDouble() * 1000).isCloseTo(2.0 * europeWest1, within(1e-9));
    }

    @Test
    void dataZonesListsElectricityMapsZonesAndTheMappingTable() throws Exception {
        var us = cli.run("data", "zones", "--country", "us", "--json");
        var mappings = cli.run("data", "zones", "--mappings");

        assertThat(us.code()).as(us.toString()).isZero();
        JsonNode zones = new ObjectMapper().readTree(us.out());
        List<String> ids = new ArrayList<>();
        zones.forEach(z -> ids.add(z.get("zone").asText()));
        assertThat(ids).contains("US-CAL-CISO", "US-TEX-ERCO").doesNotContain("FR", "US-EGRID-CAMX");
        assertThat(mappings.out()).contains("US-EGRID-CAMX", "US-CAL-CISO", "approximate", "https://www.epa.gov/egrid");
    }

    private static GridFactorRow camx() {
        return ReferenceData.load().grid().forZone("US-EGRID-CAMX").stream().max(Comparator.comparingInt(GridFactorRow::year)).orElseThrow();
    }
}
