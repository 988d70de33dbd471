package io.wattprint.data;

import java.util.Objects;

/**
 * A cloud provider region mapped to the grid zone that supplies it.
 *
 * @param provider {@code aws}, {@code gcp} or {@code azure}
 * @param region   the provider's region code ({@code eu-west-1}, {@code europe-west1}, {@code westeurope})
 * @param country  ISO 3166-1 alpha-2 country code
 * @param zone     a zone of {@code grid-intensity.csv}
 */
public record CloudRegion(String provider, String region, String name, String country, String zone, String source) {
    public CloudRegion {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(zone, "zone");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("region " + provider + ":" + region + " has no source");
        }
    }

    /** {@code provider:region}, the form a user types and a Location records. */
    public String id() { return provider + ":" + region; }
}
