package io.wattprint.data;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MalformedResourceTest {
    private static final String DIR = "io/wattprint/data/testset/";

    @Test
    void nonNumericIntensityNamesResourceLineAndField() {
        assertThatThrownBy(() -> GridFactors.load(DIR + "grid-bad-number.csv", "test"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(DIR + "grid-bad-number.csv line 3, field g_co2e_per_kwh: expected a number, got 'two hundred'");
    }

    @Test
    void unknownBasisNamesTheAllowedValues() {
        assertThatThrownBy(() -> GridFactors.load(DIR + "grid-bad-basis.csv", "test"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(DIR + "grid-bad-basis.csv line 2, field basis: expected one of average, marginal, got 'mean'");
    }

    @Test
    void unquotedCommaGivesAFieldCountError() {
        assertThatThrownBy(() -> GridFactors.load(DIR + "grid-unquoted-comma.csv", "test"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(DIR + "grid-unquoted-comma.csv line 2: expected 12 fields")
                .hasMessageContaining("got 13");
    }

    @Test
    void nonNumericYearInPueTable() {
        assertThatThrownBy(() -> PueTable.load(DIR + "pue-bad-year.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(DIR + "pue-bad-year.csv line 3, field year: expected a whole number, got 'twenty'");
    }

    @Test
    void wrongHeaderIsReported() {
        assertThatThrownBy(() -> CloudRegions.load(DIR + "grid-years.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(DIR + "grid-years.csv line 1: expected header provider,region,name,country,zone,source");
    }

    @Test
    void missingResourceIsReported() {
        assertThatThrownBy(() -> PueTable.load(DIR + "nope.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(DIR + "nope.csv is missing");
    }

    @Test
    void aMappingWhoseMatchIsNeitherSameAreaNorApproximateNamesTheAllowedValues() {
        assertThatThrownBy(() -> ZoneMappings.load(DIR + "mappings-bad-match.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(DIR + "mappings-bad-match.csv line 2, field match: expected one of same-area, approximate, got 'roughly'");
    }

    @Test
    void aLocationMappedTwiceInAnyCaseIsRefused() {
        assertThatThrownBy(() -> ZoneMappings.load(DIR + "mappings-twice.csv"))
                .isInstanceOf(IllegalStateException.class).hasMessage(DIR + "mappings-twice.csv: location us-egrid-camx is mapped twice");
    }

    @Test
    void anElectricityMapsZoneListedTwiceIsRefused() {
        assertThatThrownBy(() -> ElectricityMapsZones.load(DIR + "em-zones-twice.csv"))
                .isInstanceOf(IllegalStateException.class).hasMessage(DIR + "em-zones-twice.csv: Electricity Maps zone US-CAL-CISO is listed twice");
    }
}
