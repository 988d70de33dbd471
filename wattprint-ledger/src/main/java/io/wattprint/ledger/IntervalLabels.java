package io.wattprint.ledger;

import io.wattprint.core.model.EnergyInterval;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ids of interval components ({@code interval_components}: {@code gpu:0}, {@code cpu:package-0} …) and
 * provenances ({@code interval_provenances}: kind and method) of a list of intervals, looked up and stored when new
 * as {@link Dictionary} does.
 */
final class IntervalLabels {
    private IntervalLabels() {}

    /** The component ids ({@code [0]}) and provenance ids ({@code [1]}) of the intervals, in their order. */
    static long[][] ids(Connection c, List<EnergyInterval> xs) throws SQLException {
        Set<List<String>> components = new LinkedHashSet<>();
        Set<List<String>> provenances = new LinkedHashSet<>();
        for (EnergyInterval x : xs) {
            components.add(List.of(x.component().toString()));
            provenances.add(List.of(x.provenance().kind().name(), x.provenance().method()));
        }
        Map<List<String>, Long> cid = Dictionary.ids(c, "interval_components", List.of("name"), components, List.of(), k -> List.of());
        Map<List<String>, Long> pid = Dictionary.ids(c, "interval_provenances", List.of("kind", "method"), provenances,
                List.of(), k -> List.of());
        long[][] out = new long[2][xs.size()];
        for (int i = 0; i < xs.size(); i++) {
            EnergyInterval x = xs.get(i);
            out[0][i] = cid.get(List.of(x.component().toString()));
            out[1][i] = pid.get(List.of(x.provenance().kind().name(), x.provenance().method()));
        }
        return out;
    }
}
