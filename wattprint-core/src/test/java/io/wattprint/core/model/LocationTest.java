package io.wattprint.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocationTest {

    @Test
    void unknownIsNotKnownAndSaysSo() {
        assertThat(Location.unknown().isKnown()).isFalse();
        assertThat(Location.unknown().label()).isEqualTo("unknown");
        assertThat(Location.unknown().zone()).isNull();
    }

    @Test
    void zoneIsKnown() {
        Location fr = Location.zone("FR");
        assertThat(fr.isKnown()).isTrue();
        assertThat(fr.zone()).isEqualTo("FR");
    }

    @ParameterizedTest(name = "zone={0} region={1} facility={2} -> {3}")
    @CsvSource(nullValues = "null", value = {
            "FR,         null,          null,   FR",
            "US-CAL-CISO, null,         dc-1,   US-CAL-CISO",
            "IE,         aws:eu-west-1, null,   aws:eu-west-1 (IE)",
            "null,       aws:eu-west-1, null,   aws:eu-west-1 (zone unknown)",
            "null,       null,          dc-1,   unknown",
            "' ',        ' ',           ' ',    unknown",
    })
    void labelShowsCloudRegionThenZone(String zone, String region, String facility, String label) {
        assertThat(new Location(zone, region, facility).label()).isEqualTo(label);
    }

    @Test
    void blankPartsBecomeNullSoABlankZoneIsUnknown() {
        Location l = new Location("  ", "", " ");
        assertThat(l).isEqualTo(Location.unknown());
        assertThat(l.isKnown()).isFalse();
    }
}
