package io.wattprint.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Electricity Maps zone ids ({@code electricitymaps-zones.csv}), the de-facto names of grid
 * zones that Electricity Maps exports and API responses carry. Taken from the zone configuration
 * files of electricitymaps/electricitymaps-contrib (see wattprint-data/README.md for the commit).
 * Lookups ignore case; ids come back as Electricity Maps spells them.
 */
public final class ElectricityMapsZones {
    static final String RESOURCE = "io/wattprint/data/electricitymaps-zones.csv";
    static final List<String> HEADER = List.of("zone", "name", "country");

    private final Map<String, ElectricityMapsZone> byKey;

    ElectricityMapsZones(List<ElectricityMapsZone> rows) {
        Map<String, ElectricityMapsZone> m = new LinkedHashMap<>();
        for (ElectricityMapsZone z : rows) {
            if (m.put(key(z.zone()), z) != null) throw new IllegalArgumentException("Electricity Maps zone " + z.zone() + " is listed twice");
        }
        this.byKey = Collections.unmodifiableMap(m);
    }

    static ElectricityMapsZones load(String resource) {
        List<ElectricityMapsZone> rows = CsvTable.load(resource, HEADER,
                row -> new ElectricityMapsZone(row.text("zone"), row.text("name"), row.optional("country")));
        try {
            return new ElectricityMapsZones(rows);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(resource + ": " + e.getMessage(), e);
        }
    }

    /** Every zone, in file order (sorted by id). */
    public List<ElectricityMapsZone> rows() { return List.copyOf(byKey.values()); }

    /** The zone for any case of its id; empty when Electricity Maps has no such zone. */
    public Optional<ElectricityMapsZone> find(String zone) {
        if (zone == null) return Optional.empty();
        return Optional.ofNullable(byKey.get(key(zone)));
    }

    private static String key(String zone) { return zone.trim().toUpperCase(Locale.ROOT); }
}
