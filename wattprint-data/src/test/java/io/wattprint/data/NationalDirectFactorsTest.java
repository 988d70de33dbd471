package io.wattprint.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.core.model.EmissionFactor.Boundary;
import io.wattprint.core.scope2.Scope2Factor;
import io.wattprint.data.csv.CsvInput;
import io.wattprint.testkit.Upstream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The national direct (combustion) factors shipped beside the Ember life-cycle rows (issue 16, METHODOLOGY.md §3.3,
 * wattprint-data 2026.12.1): each value pinned to its source, direct ≤ life-cycle, which zones have one, and that
 * Scope 2 now takes them while the engineering view keeps life-cycle.
 */
class NationalDirectFactorsTest {
    static final List<String> EU27 = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU",
            "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");
    static final String DIRECT_COLUMN = "Carbon Intensity gCO₂eq/kWh (direct)";

    final ReferenceData data = ReferenceData.load();

    private GridFactorRow row(String zone, int year, String boundary) {
        return data.grid().forZone(zone).stream().filter(r -> r.year() == year && r.boundary().equals(boundary)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + boundary + " row for " + zone + " " + year));
    }

    @Test
    void franceIsRtesPublishedGenerationIntensityFor2023() {
        // Oracle, the source: RTE, Bilan électrique 2023 (https://analysesetdonnees.rte-france.com/en/node/366):
        // "L'intensité carbone de la production d'électricité française ... a été de 32 gCO2eq par kilowatt-heure
        // produit sur l'année 2023" (emissions of generation 16.1 MtCO2eq).
        GridFactorRow fr = row("FR", 2023, "direct");
        assertThat(fr.gramsPerKwh()).isEqualTo(32.0);
        assertThat(fr.source()).contains("RTE", "Bilan électrique 2023", "32 gCO2eq per kWh generated", "analysesetdonnees.rte-france.com");
        assertThat(fr.gwp()).isEqualTo("not stated by source");
    }

    @Test
    void spainAndNorwayAreTheMeanOfTheDirectColumnOfTheirElectricityMapsHourlyExport() throws IOException {
        // Oracle, the source: the 8,760 hourly values of Electricity Maps' direct column, averaged here independently.
        assertThat(row("ES", 2023, "direct").gramsPerKwh()).isCloseTo(hourlyMean("ES_2023_hourly.csv"), within(0.005));
        assertThat(row("NO", 2023, "direct").gramsPerKwh()).isCloseTo(hourlyMean("NO_2023_hourly.csv"), within(0.005));
        assertThat(row("ES", 2023, "direct").source()).contains("ES_2023_hourly.csv", DIRECT_COLUMN);
        assertThat(row("ES", 2023, "direct").licence()).isEqualTo("ODbL 1.0 (Electricity Maps)");
    }

    private static double hourlyMean(String file) throws IOException {
        Path f = Upstream.file("electricitymaps/" + file);
        List<CsvInput.Record> records = CsvInput.parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8), CsvInput.Rules.STRICT);
        int column = records.get(0).fields().indexOf(DIRECT_COLUMN);
        assertThat(column).as("direct column of %s", file).isNotNegative();
        List<CsvInput.Record> hours = records.subList(1, records.size());
        assertThat(hours).as("hours of %s", file).hasSize(8760);
        return hours.stream().mapToDouble(r -> Double.parseDouble(r.fields().get(column))).average().orElseThrow();
    }

    @Test
    void aDirectFactorIsNeverAboveTheLifecycleFactorOfTheSameZoneAndYear() {
        // Sanity property: life-cycle = direct + upstream, upstream ≥ 0. The sources differ (RTE or Electricity Maps for
        // direct, Ember for life-cycle), so this is what keeps a category 3 remainder from going negative.
        long pairs = data.grid().rows().stream().filter(r -> r.boundary().equals("direct")).filter(d -> {
            var lc = data.grid().forZone(d.zone()).stream().filter(r -> r.year() == d.year() && r.boundary().equals("lifecycle")).findFirst();
            lc.ifPresent(l -> assertThat(d.gramsPerKwh()).as("direct ≤ life-cycle for %s %d", d.zone(), d.year())
                    .isLessThanOrEqualTo(l.gramsPerKwh()));
            return lc.isPresent();
        }).count();
        assertThat(pairs).isEqualTo(3);
    }

    @Test
    void theNationalZonesWithADirectFactorAreFranceSpainAndNorwayAndTheOtherEu27StillFallBack() {
        Set<String> withDirect = data.grid().rows().stream().filter(r -> r.boundary().equals("direct"))
                .map(GridFactorRow::zone).filter(z -> !z.startsWith("US-EGRID-")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(withDirect).containsExactly("ES", "FR", "NO");
        // the EU-27 zones without a verified direct factor keep the life-cycle one for Scope 2, warned (wattprint-data README)
        for (String z : EU27) {
            double lc = row(z, 2023, "lifecycle").gramsPerKwh();
            Scope2Factor f = data.grid().scope2Factors().of(z, 2023, lc, "Ember");
            if (withDirect.contains(z)) {
                assertThat(f.boundary()).as(z).isEqualTo(Boundary.DIRECT);
            } else {
                assertThat(f.boundary()).as(z).isEqualTo(Boundary.LIFECYCLE);
                assertThat(f.warning()).as(z).contains("no direct (combustion) factor for " + z);
            }
        }
    }

    @Test
    void scope2OfAFranceRunTakesTheDirectFactorAndLeavesTheRemainderToCategory3() {
        Scope2Factor f = data.grid().scope2Factors().of("FR", 2023, 56.04, "Ember");
        assertThat(f.boundary()).isEqualTo(Boundary.DIRECT);
        assertThat(f.gramsPerKwh()).isEqualTo(32.0);
        assertThat(f.upstreamGramsPerKwh()).isCloseTo(56.04 - 32.0, within(1e-9));
    }

    @Test
    void theEngineeringViewOfFranceKeepsTheLifecycleFactor() {
        Instant mid2023 = Instant.parse("2023-07-01T00:00:00Z");
        var fr = data.grid().factorFor("FR", mid2023).orElseThrow();
        assertThat(fr.boundary()).isEqualTo(Boundary.LIFECYCLE);
        assertThat(fr.intensity().gramsPerKwh()).isEqualTo(56.04);
        assertThat(data.grid().factorFor("FR", mid2023, Boundary.DIRECT).orElseThrow().intensity().gramsPerKwh()).isEqualTo(32.0);
    }
}
