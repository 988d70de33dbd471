package io.wattprint.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.factor.FactorSeries;
import io.wattprint.core.factor.SeriesFactorSource.Consulted;
import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.EmissionFactor.Basis;
import io.wattprint.core.model.EmissionFactor.Boundary;
import io.wattprint.core.model.Location;
import io.wattprint.core.quantity.CarbonIntensity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reviewed mapping table ({@code zone-mappings.csv}) and the series and annual factors it brings in. */
class ZoneMappingsTest {
    private static final Instant JULY_2026 = Instant.parse("2026-07-01T00:00:00Z");
    private final ReferenceData data = ReferenceData.load();
    private final ZoneMappings mappings = data.zoneMappings();

    @Test
    void aCloudRegionInCamxAndCamxItselfMapToCaisoAsAnApproximation() throws Exception {
        Location awsUsWest1 = data.locations().resolve("aws:us-west-1");
        assertThat(awsUsWest1).isEqualTo(new Location("US-EGRID-CAMX", "aws:us-west-1", null));
        assertThat(mappings.forLocation(awsUsWest1)).hasValueSatisfying(m -> {
            assertThat(m.emZone()).isEqualTo("US-CAL-CISO");
            assertThat(m.approximate()).isTrue();
            assertThat(m.describe()).startsWith("US-EGRID-CAMX → Electricity Maps zone US-CAL-CISO (approximate: CAMX spans");
        });
        assertThat(mappings.forLocation(data.locations().resolve("us-egrid-camx"))).map(ZoneMapping::emZone).hasValue("US-CAL-CISO");
        assertThat(mappings.forLocation(data.locations().resolve("US-EGRID-ERCT"))).hasValueSatisfying(m -> {
            assertThat(m.emZone()).isEqualTo("US-TEX-ERCO");
            assertThat(m.approximate()).isFalse();
        });
    }

    @Test
    void anUnmappedSubregionOrAZoneThatIsAlreadyAnElectricityMapsZoneHasNoMapping() throws Exception {
        assertThat(mappings.forLocation(data.locations().resolve("aws:us-east-1"))).isEmpty();   // US-EGRID-SRVC: not in the table
        assertThat(mappings.forLocation(data.locations().resolve("gcp:europe-west1"))).isEmpty(); // BE is itself the EM zone
        assertThat(mappings.forLocation(data.locations().resolve("US-CAL-CISO"))).isEmpty();
        assertThat(mappings.forLocation(Location.unknown())).isEmpty();
    }

    @Test
    void everyRowCitesAUrlAndNamesALocationAndAnElectricityMapsZoneTheDataKnows() {
        assertThat(mappings.rows()).isNotEmpty();
        for (ZoneMapping m : mappings.rows()) {
            assertThat(m.source()).as("source of " + m.location()).contains("https://");
            assertThat(data.electricityMapsZones().find(m.emZone())).as(m.emZone()).isPresent();
            boolean zone = !data.grid().forZone(m.location()).isEmpty();
            boolean region = data.regions().rows().stream().anyMatch(r -> r.id().equalsIgnoreCase(m.location()));
            assertThat(zone || region).as(m.location() + " is a zone or cloud region").isTrue();
        }
    }

    @Test
    void anElectricityMapsZoneWithoutAnnualFactorGetsTheFactorOfTheOneSubregionMappedToItSaidInItsSource() {
        GridFactorRow camx = data.grid().forZone("US-EGRID-CAMX").stream().max(java.util.Comparator.comparingInt(GridFactorRow::year))
                .orElseThrow();

        EmissionFactor f = data.grid().factorFor("US-CAL-CISO", JULY_2026).orElseThrow();

        assertThat(f.zone()).isEqualTo("US-EGRID-CAMX");
        assertThat(f.intensity().gramsPerKwh()).isEqualTo(camx.gramsPerKwh());
        assertThat(f.source()).startsWith("stands in for US-CAL-CISO, which has no shipped annual factor, through the mapping "
                + "US-EGRID-CAMX → Electricity Maps zone US-CAL-CISO (approximate").endsWith("; " + camx.source());
    }

    @Test
    void anElectricityMapsZoneMappedFromSeveralSubregionsOrFromNoneGetsNoAnnualFactor() {
        // NYCW, NYLI and NYUP all map to US-NY-NYIS: which one's factor would be a guess.
        assertThat(data.grid().factorFor("US-NY-NYIS", JULY_2026)).isEmpty();
        assertThat(data.grid().factorFor("DK-DK1", JULY_2026)).isEmpty();
        assertThat(data.grid().forZone("US-CAL-CISO")).isEmpty();   // the table itself is unchanged
    }

    @Test
    void seriesForALocationComeInOrderOwnZoneThenMappedZoneThenCloudRegionWithoutForecasts() throws Exception {
        FactorSeries own = series("US-EGRID-CAMX", "own", "v1");
        FactorSeries mapped = series("US-CAL-CISO", "Electricity Maps", "2023 hourly");
        FactorSeries forecast = series("US-CAL-CISO", "Electricity Maps", "forecast 2023-01-01");
        FactorSeries region = series("aws:us-west-1", "provider", "v1");
        Map<String, List<FactorSeries>> stored = Map.of("US-EGRID-CAMX", List.of(own), "US-CAL-CISO", List.of(forecast, mapped),
                "aws:us-west-1", List.of(region));
        Location at = data.locations().resolve("aws:us-west-1");

        List<Consulted> consulted = mappings.seriesFor(at, z -> stored.getOrDefault(z, List.of()));

        assertThat(consulted).extracting(Consulted::series).containsExactly(own, mapped, region);
        assertThat(consulted.get(0).label()).isEqualTo(own.label());
        assertThat(consulted.get(1).label()).isEqualTo(mapped.label() + ", used for aws:us-west-1 (US-EGRID-CAMX) through the mapping "
                + mappings.forLocation(at).orElseThrow().describe());
        assertThat(consulted.get(2).label()).isEqualTo(region.label());
        assertThat(mappings.seriesFor(Location.unknown(), z -> stored.getOrDefault(z, List.of()))).isEmpty();
    }

    private static FactorSeries series(String zone, String source, String dataset) {
        return new FactorSeries(zone, source, dataset, Basis.AVERAGE, Boundary.LIFECYCLE, null, List.of(new FactorSeries.Point(
                JULY_2026, JULY_2026.plusSeconds(3600), CarbonIntensity.ofGramsPerKwh(100))));
    }
}
