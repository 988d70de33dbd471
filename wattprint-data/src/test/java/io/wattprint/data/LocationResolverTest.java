package io.wattprint.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.wattprint.core.model.Location;
import org.junit.jupiter.api.Test;

class LocationResolverTest {
    private final LocationResolver resolver = ReferenceData.load().locations();

    @Test
    void zoneIdsInAnyCase() throws Exception {
        assertThat(resolver.resolve("FR")).isEqualTo(new Location("FR", null, null));
        assertThat(resolver.resolve(" fr ")).isEqualTo(new Location("FR", null, null));
        assertThat(resolver.resolve("us-egrid-camx")).isEqualTo(new Location("US-EGRID-CAMX", null, null));
        assertThat(resolver.resolve("World")).isEqualTo(new Location("WORLD", null, null));
    }

    @Test
    void cloudRegionsWithColonOrSlash() throws Exception {
        assertThat(resolver.resolve("aws:eu-west-1")).isEqualTo(new Location("IE", "aws:eu-west-1", null));
        assertThat(resolver.resolve("aws/eu-west-1")).isEqualTo(new Location("IE", "aws:eu-west-1", null));
        assertThat(resolver.resolve("GCP:europe-west1")).isEqualTo(new Location("BE", "gcp:europe-west1", null));
        assertThat(resolver.resolve("azure:westeurope")).isEqualTo(new Location("NL", "azure:westeurope", null));
        assertThat(resolver.resolve("aws:us-east-1")).isEqualTo(new Location("US-EGRID-SRVC", "aws:us-east-1", null));
    }

    @Test
    void bareRegionCodeWhenOnlyOneProviderHasIt() throws Exception {
        assertThat(resolver.resolve("eu-west-1")).isEqualTo(new Location("IE", "aws:eu-west-1", null));
        assertThat(resolver.resolve("westeurope").cloudRegion()).isEqualTo("azure:westeurope");
    }

    @Test
    void unknownZoneSuggestsTheNearMatch() {
        UnknownLocationException e = catchThrowableOfType(UnknownLocationException.class, () -> resolver.resolve("FRA"));
        assertThat(e.input()).isEqualTo("FRA");
        assertThat(e.suggestions()).contains("FR").hasSizeLessThanOrEqualTo(5);
        assertThat(e.getMessage()).startsWith("unknown location 'FRA': did you mean FR");
    }

    @Test
    void unknownRegionSuggestsTheNearRegion() {
        UnknownLocationException e = catchThrowableOfType(UnknownLocationException.class, () -> resolver.resolve("aws:eu-west-9"));
        assertThat(e.suggestions()).contains("aws:eu-west-1").hasSizeLessThanOrEqualTo(5);
        assertThat(e.getMessage()).startsWith("unknown location 'aws:eu-west-9': did you mean ").endsWith("?");
    }

    @Test
    void misspelledSubregionSuggestsIt() {
        UnknownLocationException e = catchThrowableOfType(UnknownLocationException.class, () -> resolver.resolve("US-EGRID-CAMZ"));
        assertThat(e.suggestions()).first().isEqualTo("US-EGRID-CAMX");
    }

    @Test
    void unknownProviderOrNonsenseIsRejected() {
        assertThatThrownBy(() -> resolver.resolve("oracle:eu-west-1")).isInstanceOf(UnknownLocationException.class);
        UnknownLocationException e = catchThrowableOfType(UnknownLocationException.class, () -> resolver.resolve("qqqqqqqqqqqqqqqqqqqqq"));
        assertThat(e.suggestions()).isEmpty();
        assertThat(e.getMessage()).isEqualTo("unknown location 'qqqqqqqqqqqqqqqqqqqqq': expected a grid zone such as FR "
                + "or US-EGRID-CAMX, or a cloud region such as aws:eu-west-1");
    }

    @Test
    void blankInputIsUnknownNotDefaulted() {
        assertThatThrownBy(() -> resolver.resolve("  ")).isInstanceOf(UnknownLocationException.class);
        assertThatThrownBy(() -> resolver.resolve(null)).isInstanceOf(UnknownLocationException.class);
    }

    @org.junit.jupiter.api.Test
    void aKnownGapSaysNoFactorIsPublishedAndNamesTheNeighbours() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReferenceData.load().locations().resolve("li"))
                .isInstanceOf(UnknownLocationException.class)
                .hasMessage("no grid emission factor for 'li': Liechtenstein is covered by neither Ember nor Electricity Maps,"
                        + " and imports most of its electricity from Switzerland and Austria; pass the zone it draws its"
                        + " electricity from instead (CH or AT) and note the proxy");
    }

    @Test
    void electricityMapsZoneIdsAreLocationsInAnyCaseAndShippedZonesStayAsTheyWere() throws Exception {
        assertThat(resolver.resolve("US-CAL-CISO")).isEqualTo(new Location("US-CAL-CISO", null, null));
        assertThat(resolver.resolve(" dk-dk1 ")).isEqualTo(new Location("DK-DK1", null, null));
        assertThat(resolver.resolve("us-tex-erco")).isEqualTo(new Location("US-TEX-ERCO", null, null));
        assertThat(resolver.resolve("ES")).isEqualTo(new Location("ES", null, null));
        assertThat(resolver.resolve("aws:us-west-1")).isEqualTo(new Location("US-EGRID-CAMX", "aws:us-west-1", null));
    }

    @Test
    void aMisspelledElectricityMapsZoneIsUnknownAndSuggestsIt() {
        UnknownLocationException e = catchThrowableOfType(UnknownLocationException.class, () -> resolver.resolve("US-CAL-CISX"));
        assertThat(e.suggestions()).first().isEqualTo("US-CAL-CISO");
        assertThat(e.getMessage()).startsWith("unknown location 'US-CAL-CISX': did you mean US-CAL-CISO");
    }

    @Test
    void aZoneOnlyImportedIntoTheLedgerIsALocationOnlyWhenTheLedgerHasIt() throws Exception {
        assertThatThrownBy(() -> resolver.resolve("azure:sydney")).isInstanceOf(UnknownLocationException.class);
        assertThatThrownBy(() -> resolver.resolve("azure:sydney", java.util.List.of("WT-CAISO_NORTH")))
                .isInstanceOf(UnknownLocationException.class);

        assertThat(resolver.resolve("AZURE:Sydney", java.util.List.of("azure:sydney"))).isEqualTo(Location.zone("azure:sydney"));
    }

    @Test
    void anImportedZoneNamedLikeACloudRegionDoesNotHideTheRegion() throws Exception {
        assertThat(resolver.resolve("gcp:europe-west1", java.util.List.of("gcp:europe-west1")))
                .isEqualTo(new Location("BE", "gcp:europe-west1", null));
    }

    @Test
    void anUnknownLocationSuggestsImportedZonesToo() {
        UnknownLocationException e = catchThrowableOfType(UnknownLocationException.class,
                () -> resolver.resolve("azure:sydnee", java.util.List.of("azure:sydney")));
        assertThat(e.suggestions()).first().isEqualTo("azure:sydney");
    }

    @Test
    void aKnownGapWithAnImportedSeriesIsALocation() throws Exception {
        assertThat(resolver.resolve("li", java.util.List.of("LI"))).isEqualTo(Location.zone("LI"));
    }
}
