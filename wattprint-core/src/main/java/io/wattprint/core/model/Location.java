package io.wattprint.core.model;

/**
 * Where energy was consumed: a grid zone (ISO country code such as {@code FR}, or a
 * sub-national zone such as {@code US-CAL-CISO}), optionally reached through a cloud
 * region ({@code aws:eu-west-1}) or a facility. A location is never defaulted silently:
 * {@link #unknown()} is a value of its own.
 */
public record Location(String zone, String cloudRegion, String facility) {
    private static final Location UNKNOWN = new Location(null, null, null);

    public Location {
        if (zone != null && zone.isBlank()) zone = null;
        if (cloudRegion != null && cloudRegion.isBlank()) cloudRegion = null;
        if (facility != null && facility.isBlank()) facility = null;
    }

    public static Location unknown() { return UNKNOWN; }
    public static Location zone(String zone) { return new Location(zone, null, null); }

    public boolean isKnown() { return zone != null; }

    /** What a user typed or sees: the cloud region if any, else the zone, else "unknown". */
    public String label() {
        if (cloudRegion != null) return cloudRegion + " (" + (zone == null ? "zone unknown" : zone) + ")";
        return zone == null ? "unknown" : zone;
    }
}
