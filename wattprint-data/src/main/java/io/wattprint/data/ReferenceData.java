package io.wattprint.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The reference data shipped in this module: grid intensity, cloud regions, PUE and hardware
 * TDP, each row with source, year and licence, under one dataset version that reports name.
 * Loaded from the classpath table by table on first use and cached; a malformed row fails loudly with the
 * resource, line and field.
 */
public final class ReferenceData {
    static final String BASE = "io/wattprint/data/";

    private static final Lazy<ReferenceData> SHIPPED = new Lazy<>(() -> load(BASE));

    private final String base;
    private final String version;
    private final Lazy<ZoneMappings> mappings;
    private final Lazy<GridFactors> grid;
    private final Lazy<CloudRegions> regions;
    private final Lazy<PueTable> pue;
    private final Lazy<HardwareCatalog> hardware;
    private final Lazy<ElectricityMapsZones> emZones;
    private final Lazy<LocationResolver> locations;

    /**
     * Each table is parsed on first use, not all at start: a short command ({@code wattprint run}) reads only what
     * it needs. Whether the tables agree with each other is {@link #check()}, run by the data module's tests
     * (the tables ship inside the jar and cannot change after the build).
     */
    private ReferenceData(String base, String version) {
        this.base = base;
        this.version = version;
        this.mappings = new Lazy<>(() -> ZoneMappings.load(base + "zone-mappings.csv"));
        this.grid = new Lazy<>(() -> GridFactors.load(base + "grid-intensity.csv", version).withStandIns(mappings.get()));
        this.regions = new Lazy<>(() -> CloudRegions.load(base + "cloud-regions.csv"));
        this.pue = new Lazy<>(() -> PueTable.load(base + "pue.csv"));
        this.hardware = new Lazy<>(() -> HardwareCatalog.load(base + "hardware.csv"));
        this.emZones = new Lazy<>(() -> ElectricityMapsZones.load(base + "electricitymaps-zones.csv"));
        this.locations = new Lazy<>(() -> new LocationResolver(grid.get(), regions.get(), emZones.get()));
    }

    /** The shipped data, read from the classpath on first use. */
    public static ReferenceData load() {
        return SHIPPED.get();
    }

    /** A full set (VERSION and the six CSVs) under a classpath folder such as {@code io/wattprint/data/}; tables are read on first use. */
    static ReferenceData load(String base) {
        return new ReferenceData(base, readVersion(base + "VERSION"));
    }

    /**
     * Reads every table and checks that they agree: each cloud region's zone has a grid factor, each zone mapping
     * names a known location and an Electricity Maps zone. Fails with the resource and the row at fault.
     */
    public ReferenceData check() {
        GridFactors grid = grid();
        CloudRegions regions = regions();
        for (CloudRegion r : regions.rows()) {
            if (grid.forZone(r.zone()).isEmpty()) {
                throw new IllegalStateException(base + "cloud-regions.csv: region " + r.id() + " maps to zone "
                        + r.zone() + ", which " + base + "grid-intensity.csv does not have");
            }
        }
        for (ZoneMapping m : zoneMappings().rows()) {
            boolean known = !grid.forZone(m.location()).isEmpty()
                    || regions.rows().stream().anyMatch(r -> r.id().equalsIgnoreCase(m.location()));
            if (!known) {
                throw new IllegalStateException(base + "zone-mappings.csv: location " + m.location() + " is neither a zone of "
                        + base + "grid-intensity.csv nor a region of " + base + "cloud-regions.csv");
            }
            if (electricityMapsZones().find(m.emZone()).isEmpty()) {
                throw new IllegalStateException(base + "zone-mappings.csv: " + m.location() + " maps to " + m.emZone()
                        + ", which is not an Electricity Maps zone of " + base + "electricitymaps-zones.csv");
            }
        }
        pue();
        hardware();
        return this;
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

    public GridFactors grid() { return grid.get(); }

    public CloudRegions regions() { return regions.get(); }

    public PueTable pue() { return pue.get(); }

    public HardwareCatalog hardware() { return hardware.get(); }

    public LocationResolver locations() { return locations.get(); }

    /** The Electricity Maps zone ids, accepted wherever a zone is. */
    public ElectricityMapsZones electricityMapsZones() { return emZones.get(); }

    /** Which Electricity Maps zone's imported series stands in for an eGRID subregion or cloud region. */
    public ZoneMappings zoneMappings() { return mappings.get(); }

    /** A value computed once, on first use, by whichever thread asks first. */
    private static final class Lazy<T> {
        private final java.util.function.Supplier<T> supplier;
        private volatile T value;

        Lazy(java.util.function.Supplier<T> supplier) { this.supplier = supplier; }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) value = v = supplier.get();
                }
            }
            return v;
        }
    }
}
