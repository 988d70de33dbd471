package io.wattprint.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The minimum coverage DOMAIN.md section 8 asks of the shipped data. */
class CoverageTest {
    private static final List<String> EU27 = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
            "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");
    /** EEA members outside the EU. Liechtenstein (LI) is a known gap: no published annual intensity was found. */
    private static final List<String> EEA_NON_EU = List.of("NO", "IS");
    private static final Set<String> KNOWN_GAPS = Set.of("LI");
    /** G20 member countries; the EU member is covered by EU27. */
    private static final List<String> G20 = List.of("AR", "AU", "BR", "CA", "CN", "FR", "DE", "IN", "ID", "IT", "JP",
            "KR", "MX", "RU", "SA", "ZA", "TR", "GB", "US");
    private static final List<String> CLOUD_HOSTS = List.of("GB", "CH", "IE", "NL", "SE", "FI", "SG", "JP", "KR", "IN",
            "AU", "CA", "BR", "ZA", "AE", "IL", "ID", "TW", "HK", "MX", "CL", "SA", "QA", "BH", "MY", "TH", "NZ");
    /** eGRID subregions: the 26 of the contiguous US, Alaska and Hawaii, plus Puerto Rico (PRMS, since eGRID2019). */
    private static final List<String> EGRID = List.of("AKGD", "AKMS", "AZNM", "CAMX", "ERCT", "FRCC", "HIMS", "HIOA",
            "MROE", "MROW", "NEWE", "NWPP", "NYCW", "NYLI", "NYUP", "PRMS", "RFCE", "RFCM", "RFCW", "RMPA", "SPNO", "SPSO",
            "SRMV", "SRMW", "SRSO", "SRTV", "SRVC");

    private final ReferenceData data = ReferenceData.load();

    private Set<String> countries() {
        return data.grid().zones().stream().filter(z -> z.matches("[A-Z]{2}")).collect(Collectors.toSet());
    }

    @Test
    void atLeastSixtyCountries() {
        assertThat(countries()).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void allEuAndEeaCountriesExceptKnownGaps() {
        assertThat(countries()).containsAll(EU27).containsAll(EEA_NON_EU);
        assertThat(countries()).as("known gaps stay documented, not invented").doesNotContainAnyElementsOf(KNOWN_GAPS);
    }

    @Test
    void allG20Countries() {
        assertThat(countries()).containsAll(G20);
    }

    @Test
    void majorCloudHostingCountries() {
        assertThat(countries()).containsAll(CLOUD_HOSTS);
    }

    @Test
    void allEgridSubregionsWithTheirNames() {
        assertThat(data.grid().zones()).containsAll(EGRID.stream().map(s -> "US-EGRID-" + s).toList());
        assertThat(data.grid().forZone("US-EGRID-ERCT").get(0).name()).isEqualTo("ERCOT All");
        assertThat(data.grid().forZone("US-EGRID-SRVC").get(0).name()).isEqualTo("SERC Virginia/Carolina");
    }

    @Test
    void worldAverageIsAvailableForExplicitUse() {
        assertThat(data.grid().zones()).contains("WORLD");
    }

    @Test
    void atLeastEightyCloudRegionsAcrossTheThreeProviders() {
        assertThat(data.regions().rows()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(data.regions().byProvider("aws")).hasSizeGreaterThanOrEqualTo(30);
        assertThat(data.regions().byProvider("gcp")).hasSizeGreaterThanOrEqualTo(35);
        assertThat(data.regions().byProvider("azure")).hasSizeGreaterThanOrEqualTo(35);
    }

    @Test
    void wellKnownRegionsMapToTheirHostingGrid() {
        assertThat(zone("aws", "us-east-1")).isEqualTo("US-EGRID-SRVC");
        assertThat(zone("aws", "us-west-2")).isEqualTo("US-EGRID-NWPP");
        assertThat(zone("gcp", "us-central1")).isEqualTo("US-EGRID-MROW");
        assertThat(zone("azure", "westeurope")).isEqualTo("NL");
        assertThat(zone("aws", "eu-west-1")).isEqualTo("IE");
    }

    private String zone(String provider, String region) {
        return data.regions().find(provider, region).orElseThrow().zone();
    }
}
