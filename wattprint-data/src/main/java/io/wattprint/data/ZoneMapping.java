package io.wattprint.data;

import java.util.Objects;

/**
 * One row of {@code zone-mappings.csv}: a location of ours (an eGRID subregion such as
 * {@code US-EGRID-CAMX}, or a cloud region id such as {@code aws:us-west-1}) and the Electricity Maps
 * zone whose imported factor series stands in for it.
 *
 * @param location    a zone of {@code grid-intensity.csv} or a cloud region id of {@code cloud-regions.csv}
 * @param emZone      an Electricity Maps zone id
 * @param approximate true when the two areas differ (a subregion spanning several balancing areas,
 *                    or one part of a larger one); the explanation says so
 * @param source      where the correspondence comes from
 * @param note        how the two areas relate
 */
public record ZoneMapping(String location, String emZone, boolean approximate, String source, String note) {
    public ZoneMapping {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(emZone, "emZone");
        if (source == null || source.isBlank()) throw new IllegalArgumentException("mapping " + location + " has no source");
        if (note == null || note.isBlank()) throw new IllegalArgumentException("mapping " + location + " has no note");
    }

    /** How the explanation names the mapping: "US-EGRID-CAMX → Electricity Maps zone US-CAL-CISO (approximate: …)". */
    public String describe() {
        return location + " → Electricity Maps zone " + emZone + " (" + (approximate ? "approximate" : "same area") + ": " + note
                + "; wattprint-data zone-mappings.csv)";
    }
}
