package io.wattprint.ingest.kinds;

import io.wattprint.core.text.EditDistance;
import io.wattprint.ingest.Importer;
import io.wattprint.ingest.cloud.AwsCarbonImporter;
import io.wattprint.ingest.cloud.AzureCarbonImporter;
import io.wattprint.ingest.cloud.CcfOnPremImporter;
import io.wattprint.ingest.cloud.CloudUsageImporter;
import io.wattprint.ingest.cloud.GcpCarbonImporter;
import io.wattprint.ingest.codecarbon.CodeCarbonImporter;
import io.wattprint.ingest.grid.CarbonAwareJsonImporter;
import io.wattprint.ingest.grid.ElectricityMapsImporter;
import io.wattprint.ingest.grid.GcpRegionCarbonImporter;
import io.wattprint.ingest.grid.UkCarbonIntensityImporter;
import io.wattprint.ingest.grid.WattTimeImporter;
import io.wattprint.ingest.kepler.KeplerImporter;
import io.wattprint.ingest.meter.MeterImporter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every importer wattprint ships, by kind. {@code wattprint ingest --help} lists them from here, so
 * a kind added to {@link #all()} appears on the command line with its description.
 */
public final class Importers {
    private Importers() {}

    /** The importers, in the order {@code --help} lists them. */
    public static List<Importer> all() {
        return List.of(
                new CodeCarbonImporter(),
                new AwsCarbonImporter(),
                new GcpCarbonImporter(),
                new AzureCarbonImporter(),
                new CloudUsageImporter(),
                new CcfOnPremImporter(),
                new ElectricityMapsImporter(),
                new WattTimeImporter(),
                new UkCarbonIntensityImporter(),
                new GcpRegionCarbonImporter(),
                new CarbonAwareJsonImporter(),
                new MeterImporter(),
                new KeplerImporter());
    }

    /** The kinds whose importers store runs, and so take workload attributes. */
    public static List<String> kindsStoringRuns() {
        return all().stream().filter(Importer::storesRuns).map(Importer::kind).toList();
    }

    /** The importer of a kind (case-insensitive). */
    public static Optional<Importer> byKind(String kind) {
        String k = kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT);
        return all().stream().filter(i -> i.kind().equals(k)).findFirst();
    }

    /** Kinds close to what was typed: prefix or substring matches first, then by edit distance; at most three. */
    public static List<String> closeMatches(String kind) {
        String k = kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT);
        record Scored(String kind, boolean contains, int distance) {}
        List<Scored> scored = new ArrayList<>();
        for (Importer i : all()) {
            boolean contains = !k.isEmpty() && (i.kind().startsWith(k) || i.kind().contains(k) || k.contains(i.kind()));
            scored.add(new Scored(i.kind(), contains, EditDistance.between(k, i.kind())));
        }
        int limit = Math.max(2, k.length() / 3);
        return scored.stream().filter(s -> s.contains || s.distance <= limit)
                .sorted(Comparator.comparing((Scored s) -> !s.contains).thenComparingInt(Scored::distance).thenComparing(Scored::kind))
                .limit(3).map(Scored::kind).toList();
    }
}
