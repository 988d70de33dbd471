package io.wattprint.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The shipped cloud-region table ({@code cloud-regions.csv}); lookups ignore case. */
public final class CloudRegions {
    static final String RESOURCE = "io/wattprint/data/cloud-regions.csv";
    static final List<String> HEADER = List.of("provider", "region", "name", "country", "zone", "source");

    private final List<CloudRegion> rows;
    private final Map<String, CloudRegion> byId;

    CloudRegions(List<CloudRegion> rows) {
        this.rows = List.copyOf(rows);
        Map<String, CloudRegion> m = new LinkedHashMap<>();
        for (CloudRegion r : this.rows) {
            if (m.put(key(r.provider(), r.region()), r) != null) {
                throw new IllegalArgumentException("cloud region " + r.id() + " is listed twice");
            }
        }
        this.byId = m;
    }

    static CloudRegions load(String resource) {
        return new CloudRegions(CsvTable.load(resource, HEADER, row -> new CloudRegion(
                row.oneOf("provider", "aws", "gcp", "azure"), row.text("region"), row.text("name"),
                row.text("country"), row.text("zone"), row.text("source"))));
    }

    /** All regions, in file order. */
    public List<CloudRegion> rows() { return rows; }

    public List<CloudRegion> byProvider(String provider) {
        String p = provider == null ? "" : provider.trim().toLowerCase(Locale.ROOT);
        return rows.stream().filter(r -> r.provider().equals(p)).toList();
    }

    public Optional<CloudRegion> find(String provider, String region) {
        if (provider == null || region == null) return Optional.empty();
        return Optional.ofNullable(byId.get(key(provider, region)));
    }

    private static String key(String provider, String region) {
        return provider.trim().toLowerCase(Locale.ROOT) + ":" + region.trim().toLowerCase(Locale.ROOT);
    }
}
