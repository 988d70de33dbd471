package io.wattprint.ingest.grid;

import io.wattprint.testkit.Upstream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.core.factor.FactorSeries;
import io.wattprint.core.factor.FactorSeries.Point;
import io.wattprint.core.model.EmissionFactor.Basis;
import io.wattprint.core.model.EmissionFactor.Boundary;
import io.wattprint.ingest.RecordingContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conformance on every real grid-intensity file in {@code shared/upstream/}: counts, sums and spot
 * values computed here by plain line splitting, compared with what the importers stored.
 */
abstract class GridConformanceContract extends LedgerTestBase {

    /** A plain reading of an Electricity Maps file: lines split at commas (the samples have no quoted fields). */
    record EmRows(String zone, List<Instant> times, List<Double> lifecycle, List<Double> direct) {}

    static EmRows readPlainly(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.get(0).replace("\uFEFF", "").split(",");
        int lca = -1, dir = -1, zone = -1;
        for (int i = 0; i < header.length; i++) {
            if (header[i].endsWith("(LCA)") || header[i].endsWith("(Life cycle)")) lca = i;
            if (header[i].endsWith("(direct)")) dir = i;
            if (header[i].equalsIgnoreCase("Zone Id")) zone = i;
        }
        List<Instant> t = new ArrayList<>();
        List<Double> l = new ArrayList<>();
        List<Double> d = new ArrayList<>();
        String z = null;
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            String[] f = line.split(",", -1);
            t.add(LocalDateTime.parse(f[0].replace(' ', 'T')).toInstant(ZoneOffset.UTC));
            l.add(Double.parseDouble(f[lca]));
            d.add(Double.parseDouble(f[dir]));
            z = f[zone];
        }
        return new EmRows(z, t, l, d);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ES_2022_hourly.csv", "ES_2023_hourly.csv", "NO_2023_hourly.csv"})
    void electricityMapsHourlyFileIsStoredAsLifecycleAndDirectSeriesWithEveryRow(String name) throws IOException {
        Path file = Upstream.file("electricitymaps/" + name);
        EmRows plain = readPlainly(file);
        String year = name.substring(3, 7);

        RecordingContext c = ctx();
        new ElectricityMapsImporter().importFile(file, c);

        assertThat(plain.times()).hasSize(8760);
        assertThat(c.rejected).isEmpty();
        assertThat(c.imported).isEqualTo(plain.times().size());
        assertThat(c.duplicates).isZero();
        FactorSeries lca = stored(plain.zone(), year + " hourly", Boundary.LIFECYCLE);
        FactorSeries direct = stored(plain.zone(), year + " hourly", Boundary.DIRECT);
        for (FactorSeries s : List.of(lca, direct)) {
            assertThat(s.points()).hasSize(8760);
            assertThat(s.basis()).isEqualTo(Basis.AVERAGE);
            assertThat(s.source()).isEqualTo("Electricity Maps");
            assertThat(s.licence()).isEqualTo("ODbL");
        }
        assertThat(sum(lca)).isCloseTo(plain.lifecycle().stream().mapToDouble(Double::doubleValue).sum(), within(1e-6));
        assertThat(sum(direct)).isCloseTo(plain.direct().stream().mapToDouble(Double::doubleValue).sum(), within(1e-6));
        for (int i : new int[] {0, 1234, 4380, 8759}) {
            Point p = lca.points().get(i);
            assertThat(p.from()).isEqualTo(plain.times().get(i));
            assertThat(p.to()).isEqualTo(plain.times().get(i).plusSeconds(3600));
            assertThat(p.intensity().gramsPerKwh()).isEqualTo(plain.lifecycle().get(i));
            assertThat(direct.points().get(i).intensity().gramsPerKwh()).isEqualTo(plain.direct().get(i));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ES_2022_hourly.csv", "NO_2023_hourly.csv"})
    void electricityMapsFileImportedTwiceAddsNothingTheSecondTime(String name) throws IOException {
        Path file = Upstream.file("electricitymaps/" + name);
        new ElectricityMapsImporter().importFile(file, ctx());
        RecordingContext again = ctx();
        new ElectricityMapsImporter().importFile(file, again);
        assertThat(again.imported).isZero();
        assertThat(again.duplicates).isEqualTo(8760);
        assertThat(again.rejected).isEmpty();
        String zone = name.substring(0, 2);
        assertThat(stored(zone, name.substring(3, 7) + " hourly", Boundary.LIFECYCLE).points()).hasSize(8760);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ES_2023_hourly.csv"})
    void electricityMapsDryRunCountsButWritesNothing(String name) throws IOException {
        Path file = Upstream.file("electricitymaps/" + name);
        RecordingContext dry = dryRun();
        new ElectricityMapsImporter().importFile(file, dry);
        assertThat(dry.imported).isEqualTo(8760);
        assertThat(all("ES")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {2019, 2020, 2021, 2022, 2023, 2024})
    void gcpRegionCarbonYearIsStoredAsOneAnnualPointPerRegion(int year) throws IOException {
        Path file = Upstream.file("gcp-region-carbon-info/" + year + ".csv");
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8).subList(1, Files.readAllLines(file).size())) {
            if (!line.isBlank()) rows.add(line.strip().split(",", -1));
        }
        RecordingContext c = ctx();
        new GcpRegionCarbonImporter().importFile(file, c);

        assertThat(c.rejected).isEmpty();
        assertThat(c.imported).isEqualTo(rows.size());
        Instant jan1 = Instant.parse(year + "-01-01T00:00:00Z");
        Instant next = Instant.parse((year + 1) + "-01-01T00:00:00Z");
        for (String region : new String[] {"europe-west1", "us-central1", "asia-east1", "northamerica-northeast1"}) {
            String[] row = rows.stream().filter(r -> r[0].equals(region)).findFirst().orElseThrow();
            FactorSeries s = stored("gcp:" + region, Integer.toString(year), Boundary.LIFECYCLE);
            assertThat(s.points()).singleElement().satisfies(p -> {
                assertThat(p.from()).isEqualTo(jan1);
                assertThat(p.to()).isEqualTo(next);
                assertThat(p.intensity().gramsPerKwh()).isEqualTo(Double.parseDouble(row[3]));
            });
        }
        double sumFile = rows.stream().mapToDouble(r -> Double.parseDouble(r[3])).sum();
        double sumStored = rows.stream().mapToDouble(r -> stored("gcp:" + r[0], Integer.toString(year), Boundary.LIFECYCLE)
                .points().get(0).intensity().gramsPerKwh()).sum();
        assertThat(sumStored).isCloseTo(sumFile, within(1e-9));
    }

    @ParameterizedTest
    @ValueSource(strings = {"carbon-aware-sdk/sample-emissions-data.json"})
    void carbonAwareSdkSampleIsStoredPerLocationWithPointsUntilTheNext(String name) throws IOException {
        Path file = Upstream.file(name);
        // Independent reading: every "Location"/"Rating"/"Time" line in file order.
        List<String> locations = new ArrayList<>();
        List<Double> ratings = new ArrayList<>();
        List<String> times = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.startsWith("\"Location\"")) locations.add(quoted(t));
            if (t.startsWith("\"Rating\"")) ratings.add(Double.parseDouble(quoted(t)));
            if (t.startsWith("\"Time\"")) times.add(quoted(t));
        }
        RecordingContext c = ctx();
        new CarbonAwareJsonImporter().importFile(file, c);

        assertThat(locations).hasSize(8);
        assertThat(c.rejected).isEmpty();
        assertThat(c.imported).isEqualTo(locations.size());
        FactorSeries sydney = stored("azure:sydney", "metadate goes here", Boundary.LIFECYCLE);
        List<Integer> sydneyIdx = new ArrayList<>();
        for (int i = 0; i < locations.size(); i++) if (locations.get(i).equals("Sydney")) sydneyIdx.add(i);
        assertThat(sydney.points()).hasSize(sydneyIdx.size());
        for (int k = 0; k < sydneyIdx.size(); k++) {
            int i = sydneyIdx.get(k);
            Point p = sydney.points().get(k);
            assertThat(p.from()).isEqualTo(Instant.parse(times.get(i) + "Z"));
            assertThat(p.intensity().gramsPerKwh()).isEqualTo(ratings.get(i));
            Instant end = k + 1 < sydneyIdx.size() ? Instant.parse(times.get(sydneyIdx.get(k + 1)) + "Z")
                    : Instant.parse(times.get(i) + "Z").plusSeconds(3600);
            assertThat(p.to()).isEqualTo(end);
        }
        assertThat(stored("azure:us-east", "metadate goes here", Boundary.LIFECYCLE).points()).singleElement()
                .satisfies(p -> assertThat(p.intensity().gramsPerKwh()).isEqualTo(ratings.get(locations.indexOf("US-East"))));
        assertThat(c.notes).anyMatch(n -> n.contains("without Duration")).anyMatch(n -> n.contains("without an offset"));
    }

    private static String quoted(String line) {
        String v = line.substring(line.indexOf(':') + 1).strip();
        if (v.endsWith(",")) v = v.substring(0, v.length() - 1);
        return v.replace("\"", "").strip();
    }

    private static double sum(FactorSeries s) {
        return s.points().stream().mapToDouble(p -> p.intensity().gramsPerKwh()).sum();
    }
}
