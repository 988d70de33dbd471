package io.wattprint.cli.estimate;

import io.wattprint.core.text.EditDistance;
import io.wattprint.cli.UserException;
import io.wattprint.data.HardwareCatalog;
import io.wattprint.data.HardwareRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** --gpu: a model from the shipped hardware catalogue, or close matches when it is not one. */
final class GpuArg {
    private static final int MAX_SUGGESTIONS = 5;

    private GpuArg() {}

    /** The catalogue row for the name, empty when none matches. */
    static Optional<HardwareRow> find(HardwareCatalog catalog, String name) { return catalog.findGpu(name); }

    /** The usage error for a GPU the catalogue does not know, naming close models and --power-w. */
    static UserException unknown(HardwareCatalog catalog, String name) {
        List<String> close = suggestions(catalog, name);
        String did = close.isEmpty() ? "" : ": did you mean " + String.join(", ", close) + "?";
        return UserException.usage("unknown GPU '" + name + "' for --gpu" + did
                + " (see wattprint data hardware --kind gpu), or give its power with --power-w W");
    }

    /** GPU models whose name or alias contains the input, or is a few edits away, closest first. */
    static List<String> suggestions(HardwareCatalog catalog, String name) {
        String needle = normalise(name);
        if (needle.isEmpty()) return List.of();
        record Candidate(String model, boolean contains, int distance) {}
        List<Candidate> scored = new ArrayList<>();
        int limit = Math.max(2, needle.length() / 3);
        for (HardwareRow r : catalog.rows()) {
            if (!r.kind().equals("gpu")) continue;
            List<String> names = new ArrayList<>(r.aliases());
            names.add(r.model());
            boolean contains = false;
            int best = Integer.MAX_VALUE;
            for (String n : names) {
                String candidate = normalise(n);
                contains |= candidate.contains(needle);
                best = Math.min(best, EditDistance.between(candidate, needle));
            }
            if (contains || best <= limit) scored.add(new Candidate(r.model(), contains, best));
        }
        // A model that contains what was typed ("H100") beats one that is merely a few edits away ("A10").
        boolean anyContains = scored.stream().anyMatch(Candidate::contains);
        Set<String> models = new LinkedHashSet<>();
        scored.stream()
                .filter(c -> c.contains() || !anyContains)
                .sorted(Comparator.comparing((Candidate c) -> !c.contains()).thenComparingInt(Candidate::distance))
                .forEach(c -> models.add(c.model()));
        return models.stream().limit(MAX_SUGGESTIONS).toList();
    }

    private static String normalise(String s) {
        return s == null ? "" : s.trim().toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ");
    }
}
