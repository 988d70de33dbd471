package io.wattprint.data;

import io.wattprint.core.text.EditDistance;
import io.wattprint.core.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns what a user typed into a {@link Location}: a zone of the grid table ("FR", "fr",
 * "US-EGRID-CAMX", "WORLD") or a cloud region ("aws:eu-west-1", "aws/eu-west-1",
 * "gcp:europe-west1", "azure:westeurope"), mapped to the zone that supplies it. A bare region
 * code ("eu-west-1") is accepted when exactly one provider has it. Never guesses: anything else
 * is an {@link UnknownLocationException} with the closest known names.
 */
public final class LocationResolver {
    private static final int MAX_SUGGESTIONS = 5;

    private final GridFactors grid;
    private final CloudRegions regions;

    LocationResolver(GridFactors grid, CloudRegions regions) {
        this.grid = grid;
        this.regions = regions;
    }

    public Location resolve(String text) throws UnknownLocationException {
        String input = text == null ? "" : text.trim();
        if (input.isEmpty()) throw new UnknownLocationException(input, List.of());
        Optional<String> zone = grid.canonicalZone(input);
        if (zone.isPresent()) return new Location(zone.get(), null, null);

        Optional<CloudRegion> region = cloudRegion(input);
        if (region.isPresent()) {
            CloudRegion r = region.get();
            String z = grid.canonicalZone(r.zone()).orElse(r.zone());
            return new Location(z, r.id(), null);
        }
        KnownGap gap = KNOWN_GAPS.get(input.toUpperCase(java.util.Locale.ROOT));
        if (gap != null) throw UnknownLocationException.knownGap(input, gap.reason(), gap.alternatives());
        throw new UnknownLocationException(input, suggestions(input));
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
    List<String> suggestions(String input) {
        String needle = normalise(input);
        List<Candidate> scored = new ArrayList<>();
        for (String z : grid.zones()) scored.add(score(z, needle));
        for (CloudRegion r : regions.rows()) scored.add(score(r.id(), needle));
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
