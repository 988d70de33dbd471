package io.wattprint.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The tables are read on first use; whether they agree with each other is {@link ReferenceData#check()}, run here. */
class ReferenceDataCheckTest {
    @Test
    void theShippedTablesAgreeWithEachOther() {
        assertThat(ReferenceData.load().check()).isSameAs(ReferenceData.load());
    }

    @Test
    void aCloudRegionWhoseZoneHasNoGridFactorFailsTheCheckNamingFileAndRegion() {
        ReferenceData broken = ReferenceData.load("io/wattprint/data/badset/");
        assertThat(broken.version()).isEqualTo("test-set broken");
        assertThatThrownBy(broken::check).isInstanceOf(IllegalStateException.class)
                .hasMessage("io/wattprint/data/badset/cloud-regions.csv: region aws:eu-west-3 maps to zone DE, which "
                        + "io/wattprint/data/badset/grid-intensity.csv does not have");
    }

    @Test
    void aTableIsNotReadUntilItIsUsed() {
        ReferenceData broken = ReferenceData.load("io/wattprint/data/badset/");
        // Reading the grid alone does not need the (inconsistent) cloud regions.
        assertThat(broken.grid().forZone("FR")).isNotEmpty();
    }
}
