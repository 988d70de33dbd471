package io.wattprint.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.model.EmissionFactor;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GridFactorsTest {
    private final GridFactors grid = GridFactors.load("io/wattprint/data/testset/grid-years.csv", "test-set 1");

    private EmissionFactor at(String zone, String instant) {
        return grid.factorFor(zone, Instant.parse(instant)).orElseThrow();
    }

    @Test
    void usesTheRowForTheYearOfTheInstant() {
        EmissionFactor f = at("XA", "2021-06-30T12:00:00Z");
        assertThat(f.year()).isEqualTo(2021);
        assertThat(f.intensity().gramsPerKwh()).isEqualTo(200.0);
        assertThat(f.covers(Instant.parse("2021-06-30T12:00:00Z"))).isTrue();
        assertThat(f.dataset()).isEqualTo("test-set 1");
    }

    @Test
    void fallsBackToTheLatestEarlierYear() {
        assertThat(at("XA", "2022-03-01T00:00:00Z").year()).isEqualTo(2021);
        assertThat(at("XA", "2030-01-01T00:00:00Z").year()).isEqualTo(2023);
    }

    @Test
    void beforeAllYearsUsesTheLatestAvailable() {
        assertThat(at("XA", "2010-01-01T00:00:00Z").year()).isEqualTo(2023);
    }

    @Test
    void yearBoundaryIsUtc() {
        assertThat(at("XA", "2020-12-31T23:59:59Z").year()).isEqualTo(2019);
        assertThat(at("XA", "2021-01-01T00:00:00Z").year()).isEqualTo(2021);
    }

    @Test
    void zoneMatchIsCaseInsensitiveAndUnknownZoneIsEmpty() {
        assertThat(grid.factorFor("xa", Instant.parse("2021-01-01T00:00:00Z"))).isPresent();
        assertThat(grid.factorFor("XB", Instant.parse("2021-01-01T00:00:00Z"))).isEmpty();
        assertThat(grid.forZone("xA")).hasSize(3);
        assertThat(grid.zones()).containsExactly("XA");
    }

    @Test
    void factorCarriesBasisBoundarySourceAndLicence() {
        EmissionFactor f = at("XA", "2023-05-01T00:00:00Z");
        assertThat(f.basis()).isEqualTo(EmissionFactor.Basis.MARGINAL);
        assertThat(f.boundary()).isEqualTo(EmissionFactor.Boundary.DIRECT);
        assertThat(f.source()).isEqualTo("test fixture, not real data");
        assertThat(f.licence()).isEqualTo("test");
        assertThat(f.zone()).isEqualTo("XA");
    }

    @Test
    void shippedFactorForFranceCitesEmberAndTheDatasetVersion() {
        ReferenceData data = ReferenceData.load();
        EmissionFactor fr = data.grid().factorFor("FR", Instant.parse("2025-01-01T00:00:00Z")).orElseThrow();
        assertThat(fr.year()).isEqualTo(2023);
        assertThat(fr.intensity().gramsPerKwh()).isEqualTo(56.04);
        assertThat(fr.boundary()).isEqualTo(EmissionFactor.Boundary.LIFECYCLE);
        assertThat(fr.source()).contains("Ember");
        assertThat(fr.dataset()).isEqualTo(data.version());
    }

    @Test
    void shippedEgridFactorIsDirectAndConvertedFromPoundsPerMwh() {
        EmissionFactor camx = ReferenceData.load().grid()
                .factorFor("US-EGRID-CAMX", Instant.parse("2022-07-01T00:00:00Z")).orElseThrow();
        // eGRID2022 CAMX: CO2 497.443, CH4 0.030, N2O 0.004 lb/MWh; AR6 GWP100 (WG1 Table 7.15): fossil CH4 29.8, N2O 273.
        double lbPerMwh = 497.443 + 29.8 * 0.030 + 273 * 0.004;
        assertThat(camx.intensity().gramsPerKwh()).isCloseTo(lbPerMwh * 0.45359237, org.assertj.core.data.Offset.offset(0.01));
        assertThat(camx.boundary()).isEqualTo(EmissionFactor.Boundary.DIRECT);
        assertThat(camx.source()).contains("eGRID2022").contains("0.45359237");
    }
}
