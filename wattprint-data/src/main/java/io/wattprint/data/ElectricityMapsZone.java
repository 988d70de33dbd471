package io.wattprint.data;

import java.util.Objects;

/**
 * One Electricity Maps zone: its id as Electricity Maps spells it ({@code US-CAL-CISO}, {@code DK-DK1},
 * {@code FR}), display name and ISO 3166-1 alpha-2 country (empty where Electricity Maps gives none).
 */
public record ElectricityMapsZone(String zone, String name, String country) {
    public ElectricityMapsZone {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(name, "name");
        country = country == null ? "" : country;
    }
}
