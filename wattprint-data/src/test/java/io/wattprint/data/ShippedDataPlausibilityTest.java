package io.wattprint.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every shipped row is cited, licensed, dated and physically plausible. */
class ShippedDataPlausibilityTest {
    private final ReferenceData data = ReferenceData.load();

    @Test
    void versionNamesTheDataset() {
        // YYYY.MM, with a .N suffix for a further release in the same month (2026.12.1: national direct factors)
        assertThat(data.version()).matches("wattprint-data \\d{4}\\.\\d{2}(\\.\\d+)?");
    }

    @Test
    void everyGridRowIsCitedDatedAndPlausible() {
        assertThat(data.grid().rows()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.source()).as("source of %s", r.zone()).isNotBlank();
            assertThat(r.licence()).as("licence of %s", r.zone()).isNotBlank();
            assertThat(r.name()).as("name of %s", r.zone()).isNotBlank();
            assertThat(r.year()).as("year of %s", r.zone()).isBetween(2015, 2026);
            // Hydro- and nuclear-heavy grids (NO, IS, SE, CH, CA-QC) are small but never zero.
            assertThat(r.gramsPerKwh()).as("gCO2e/kWh of %s", r.zone()).isGreaterThan(0.0).isLessThanOrEqualTo(1_200.0);
            assertThat(r.basis()).isEqualTo("average");
            if (r.zone().startsWith("US-EGRID-")) {
                assertThat(r.boundary()).as("eGRID rates are combustion only").isEqualTo("direct");
            } else if (r.boundary().equals("direct")) {
                // a national direct (combustion) factor sits beside the zone's life-cycle row of the same year
                assertThat(data.grid().forZone(r.zone())).as("life-cycle row beside the direct row of %s", r.zone())
                        .anySatisfy(lc -> {
                            assertThat(lc.boundary()).isEqualTo("lifecycle");
                            assertThat(lc.year()).isEqualTo(r.year());
                        });
            } else {
                assertThat(r.boundary()).as("Ember and Electricity Maps life-cycle rows").isEqualTo("lifecycle");
            }
        });
    }

    @Test
    void gridZonesAreUniquePerYearAndBoundary() {
        assertThat(data.grid().rows()).extracting(r -> r.zone() + "/" + r.year() + "/" + r.boundary()).doesNotHaveDuplicates();
    }

    @Test
    void everyCloudRegionIsCitedAndMapsToAKnownZone() {
        assertThat(data.regions().rows()).allSatisfy(r -> {
            assertThat(r.source()).as("source of %s", r.id()).isNotBlank();
            assertThat(r.name()).as("name of %s", r.id()).isNotBlank();
            assertThat(r.country()).as("country of %s", r.id()).matches("[A-Z]{2}");
            assertThat(data.grid().forZone(r.zone())).as("zone %s of %s", r.zone(), r.id()).isNotEmpty();
            assertThat(r.provider()).isIn("aws", "gcp", "azure");
        });
        assertThat(data.regions().rows()).extracting(CloudRegion::id).doesNotHaveDuplicates();
    }

    @Test
    void usRegionsMapToAnEgridSubregion() {
        assertThat(data.regions().rows()).filteredOn(r -> r.country().equals("US"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.zone()).startsWith("US-EGRID-"));
    }

    @Test
    void everyPueRowIsCitedDatedAndPlausible() {
        assertThat(data.pue().rows()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.source()).isNotBlank();
            assertThat(r.licence()).isNotBlank();
            assertThat(r.category()).isNotBlank();
            assertThat(r.year()).isBetween(2015, 2026);
            assertThat(r.pue()).isBetween(1.0, 3.0);
        });
    }

    @Test
    void everyHardwareRowIsCitedAndPlausible() {
        assertThat(data.hardware().rows()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.source()).as("source of %s", r.model()).isNotBlank();
            assertThat(r.kind()).isIn("gpu", "cpu");
            assertThat(r.tdpWatts()).as("TDP of %s", r.model()).isBetween(5.0, 1_500.0);
            assertThat(r.aliases()).as("aliases of %s", r.model()).isNotEmpty().allSatisfy(a -> assertThat(a).isNotBlank());
        });
        assertThat(data.hardware().rows()).extracting(HardwareRow::model).doesNotHaveDuplicates();
    }

    @Test
    void loadIsCached() {
        assertThat(ReferenceData.load()).isSameAs(data);
    }
}
