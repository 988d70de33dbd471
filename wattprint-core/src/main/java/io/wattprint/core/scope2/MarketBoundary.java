package io.wattprint.core.scope2;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The market in which an instrument may be claimed (Scope 2 Quality Criterion 6: instruments
 * are sourced from the same market as the consumption they are applied to), as a name and the
 * grid zones it contains: {@code FR} alone, or {@code EU-AIB} = the zones of the AIB's EECS
 * members. The default market of an instrument is its own zone.
 */
public record MarketBoundary(String name, Set<String> zones) {
    public MarketBoundary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zones, "zones");
        if (name.isBlank()) throw new IllegalArgumentException("a market needs a name");
        if (zones.isEmpty()) throw new IllegalArgumentException("market " + name + " contains no zone");
        for (String z : zones) {
            if (z == null || z.isBlank()) throw new IllegalArgumentException("market " + name + " has a blank zone");
        }
        zones = Set.copyOf(new TreeSet<>(zones));
    }

    /** A market of one zone, named for it. */
    public static MarketBoundary zone(String zone) { return new MarketBoundary(zone, Set.of(zone)); }

    /** A market of several zones named by their list (sorted, comma-separated). */
    public static MarketBoundary of(Set<String> zones) {
        return new MarketBoundary(String.join(",", new TreeSet<>(zones)), zones);
    }

    public boolean contains(String zone) { return zones.contains(zone); }

    /** Zones in byte order, for display and storage. */
    public TreeSet<String> sortedZones() { return new TreeSet<>(zones); }

    @Override
    public String toString() {
        String list = String.join(",", sortedZones());
        return name.equals(list) ? name : name + " (" + list + ")";
    }
}
