package io.wattprint.data;

import io.wattprint.core.text.EditDistance;
import io.wattprint.core.model.Location;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what a user typed into a {@link Location}: a zone of the grid table ("FR", "fr",
 * "US-EGRID-CAMX", "WORLD"), an Electricity Maps zone id ("US-CAL-CISO", "DK-DK1") or a cloud region
 * ("aws:eu-west-1", "aws/eu-west-1", "gcp:europe-west1", "azure:westeurope"), mapped to the zone that
 * supplies it. A bare region code ("eu-west-1") is accepted when exactly one provider has it. With
 * the zones of the factor series imported into a ledger ({@link #resolve(String, Collection)}), such
 * a zone is accepted too ("azure:sydney" from a Carbon Aware SDK file). Never guesses: anything else
 * is an {@link UnknownLocationException} with the closest known names.
 */
public final class LocationResolver {
    private static final int MAX_SUGGESTIONS = 5;

    private final GridFactors grid;
    private final CloudRegions regions;
    private final ElectricityMapsZones emZones;

    LocationResolver(GridFactors grid, CloudRegions regions, ElectricityMapsZones emZones) {
        this.grid = grid;
        this.regions = regions;
        this.emZones = emZones;
    }

    /** A location from the shipped reference data alone (zones, Electricity Maps zones, cloud regions). */
    public Location resolve(String text) throws UnknownLocationException {
        return resolve(text, List.of());
    }

    /**
     * As {@link #resolve(String)}, and where the shipped data does not know the text, a zone under which
     * factor series were imported ({@code importedZones}, as the ledger stores them; any case) is a location
     * of its own: its series apply, and no shipped factor does. Unknown input gets suggestions from both.
     */
    public Location resolve(String text, Collection<String> importedZones) throws UnknownLocationException {
        String input = text == null ? "" : text.trim();
        if (input.isEmpty()) throw new UnknownLocationException(input, List.of());
        Optional<String> imported = importedZones.stream().filter(z -> z.equalsIgnoreCase(input)).findFirst();
        Optional<String> zone = grid.canonicalZone(input);
        if (zone.isPresent()) return Location.zone(zone.get());
        KnownGap gap = KNOWN_GAPS.get(input.toUpperCase(Locale.ROOT));
        if (gap != null && imported.isEmpty()) throw UnknownLocationException.knownGap(input, gap.reason(), gap.alternatives());
        Optional<ElectricityMapsZone> em = emZones.find(input);
        if (em.isPresent()) return Location.zone(em.get().zone());
        Optional<CloudRegion> region = cloudRegion(input);
        if (region.isPresent()) {
            CloudRegion r = region.get();
            return new Location(grid.canonicalZone(r.zone()).orElse(r.zone()), r.id(), null);
        }
        if (imported.isPresent()) return Location.zone(imported.get());
        throw new UnknownLocationException(input, suggestions(input, importedZones));
    }

    /** Whether {@code zone} is a zone of the shipped grid table or an Electricity Maps zone (any case). */
    public Optional<String> canonicalZone(String zone) {
        if (zone == null || zone.isBlank()) return Optional.empty();
        Optional<String> z = grid.canonicalZone(zone.trim());
        return z.isPresent() ? z : emZones.find(zone.trim()).map(ElectricityMapsZone::zone);
    }

    private record KnownGap(String reason, List<String> alternatives) {}

    /**
     * Zones users will ask for that no source we use publishes a factor for. Rather than invent
     * one, the error names the gap; the user picks a proxy knowingly.
     */
    private static final java.util.Map<String, KnownGap> KNOWN_GAPS = java.util.Map.of(
            "LI", new KnownGap("Liechtenstein is covered by neither Ember nor Electricity Maps, and imports most of its"
                    + " electricity from Switzerland and Austria", List.of("CH", "AT")));

    private Optional<CloudRegion> cloudRegion(String input) {
        int sep = indexOfSeparator(input);
        if (sep > 0) {
            return regions.find(input.substring(0, sep), input.substring(sep + 1));
        }
        List<CloudRegion> matches = regions.rows().stream()
                .filter(r -> r.region().equalsIgnoreCase(input)).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    private static int indexOfSeparator(String s) {
        int colon = s.indexOf(':');
        return colon >= 0 ? colon : s.indexOf('/');
    }

    /** Known names closest to the input: prefix matches first, then by edit distance. */
    List<String> suggestions(String input, Collection<String> importedZones) {
        String needle = normalise(input);
        Map<String, Candidate> byName = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(grid.zones());
        for (ElectricityMapsZone z : emZones.rows()) names.add(z.zone());
        for (CloudRegion r : regions.rows()) names.add(r.id());
        names.addAll(importedZones);
        for (String n : names) byName.putIfAbsent(normalise(n), score(n, needle));
        List<Candidate> scored = new ArrayList<>(byName.values());
        int limit = Math.max(2, needle.length() / 3);
        return scored.stream()
                .filter(c -> c.distance <= limit || c.prefix)
                .sorted(Comparator.comparing((Candidate c) -> !c.prefix || c.distance > limit)
                        .thenComparingInt(c -> c.distance)
                        .thenComparing(c -> c.name))
                .limit(MAX_SUGGESTIONS)
                .map(c -> c.name)
                .toList();
    }

    private record Candidate(String name, int distance, boolean prefix) {}

    private static Candidate score(String name, String needle) {
        String n = normalise(name);
        boolean prefix = needle.length() >= 2 && (n.startsWith(needle) || needle.startsWith(n));
        return new Candidate(name, EditDistance.between(n, needle), prefix);
    }

    private static String normalise(String s) { return s.trim().toLowerCase(Locale.ROOT).replace('/', ':'); }
}
