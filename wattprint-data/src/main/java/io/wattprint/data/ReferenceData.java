package io.wattprint.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The reference data shipped in this module: grid intensity, cloud regions, PUE and hardware
 * TDP, each row with source, year and licence, under one dataset version that reports name.
 * Loaded once from the classpath and cached; a malformed row fails loudly with the resource,
 * line and field.
 */
public final class ReferenceData {
    static final String BASE = "io/wattprint/data/";

    private static volatile ReferenceData cached;

    private final String version;
    private final GridFactors grid;
    private final CloudRegions regions;
    private final PueTable pue;
    private final HardwareCatalog hardware;
    private final ElectricityMapsZones emZones;
    private final ZoneMappings mappings;
    private final LocationResolver locations;

    private ReferenceData(String version, GridFactors grid, CloudRegions regions, PueTable pue, HardwareCatalog hardware,
                          ElectricityMapsZones emZones, ZoneMappings mappings) {
        this.version = version;
        this.grid = grid.withStandIns(mappings);
        this.regions = regions;
        this.pue = pue;
        this.hardware = hardware;
        this.emZones = emZones;
        this.mappings = mappings;
        this.locations = new LocationResolver(this.grid, regions, emZones);
    }

    /** The shipped data, read from the classpath on first use. */
    public static ReferenceData load() {
        ReferenceData d = cached;
        if (d == null) {
            synchronized (ReferenceData.class) {
                d = cached;
                if (d == null) cached = d = load(BASE);
            }
        }
        return d;
    }

    /** Reads a full set (VERSION and the six CSVs) under a classpath folder such as {@code io/wattprint/data/}. */
    static ReferenceData load(String base) {
        String version = readVersion(base + "VERSION");
        GridFactors grid = GridFactors.load(base + "grid-intensity.csv", version);
        CloudRegions regions = CloudRegions.load(base + "cloud-regions.csv");
        for (CloudRegion r : regions.rows()) {
            if (grid.forZone(r.zone()).isEmpty()) {
                throw new IllegalStateException(base + "cloud-regions.csv: region " + r.id() + " maps to zone "
                        + r.zone() + ", which " + base + "grid-intensity.csv does not have");
            }
        }
        ElectricityMapsZones emZones = ElectricityMapsZones.load(base + "electricitymaps-zones.csv");
        ZoneMappings mappings = ZoneMappings.load(base + "zone-mappings.csv");
        for (ZoneMapping m : mappings.rows()) {
            boolean known = !grid.forZone(m.location()).isEmpty()
                    || regions.rows().stream().anyMatch(r -> r.id().equalsIgnoreCase(m.location()));
            if (!known) {
                throw new IllegalStateException(base + "zone-mappings.csv: location " + m.location() + " is neither a zone of "
                        + base + "grid-intensity.csv nor a region of " + base + "cloud-regions.csv");
            }
            if (emZones.find(m.emZone()).isEmpty()) {
                throw new IllegalStateException(base + "zone-mappings.csv: " + m.location() + " maps to " + m.emZone()
                        + ", which is not an Electricity Maps zone of " + base + "electricitymaps-zones.csv");
            }
        }
        return new ReferenceData(version, grid, regions, PueTable.load(base + "pue.csv"),
                HardwareCatalog.load(base + "hardware.csv"), emZones, mappings);
    }

    private static String readVersion(String resource) {
        try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("reference data resource " + resource + " is missing from the classpath");
            String v = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            if (v.isEmpty()) throw new IllegalStateException(resource + " line 1: expected a dataset version, got an empty file");
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The dataset version, e.g. {@code wattprint-data 2026.11}; reports cite it. */
    public String version() { return version; }

    public GridFactors grid() { return grid; }

    public CloudRegions regions() { return regions; }

    public PueTable pue() { return pue; }

    public HardwareCatalog hardware() { return hardware; }

    public LocationResolver locations() { return locations; }

    /** The Electricity Maps zone ids, accepted wherever a zone is. */
    public ElectricityMapsZones electricityMapsZones() { return emZones; }

    /** Which Electricity Maps zone's imported series stands in for an eGRID subregion or cloud region. */
    public ZoneMappings zoneMappings() { return mappings; }
}
