package io.wattprint.ingest.kepler;

import io.wattprint.ingest.TextLimit;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.quantity.Energy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One pod's energy over the imported range, per component: the increases of its series added up
 * (containers of the pod, legacy dynamic and idle modes; never zones, which {@link KeplerSeries}
 * keeps apart). Pod-level series are preferred when the file has them: container series are
 * their parts and would count twice.
 */
final class PodEnergy {
    private static final int CONTAINERS_KEPT = 20;

    /** A component's energy and the span of its samples. */
    static final class Part {
        double joules;
        Instant from;
        Instant to;
    }

    final KeplerSeries.Generation generation;
    final String namespace;
    final String pod;
    String node;
    String gridZone;
    final TreeSet<String> containers = new TreeSet<>();
    long series;
    int resets;
    private final Map<KeplerSeries.Level, Map<Component, Part>> byLevel = new EnumMap<>(KeplerSeries.Level.class);

    PodEnergy(KeplerSeries.Generation generation, String namespace, String pod) {
        this.generation = generation;
        this.namespace = namespace;
        this.pod = pod;
    }

    void add(KeplerSeries s, Counter c) {
        series++;
        resets += c.resets;
        if (node == null) node = s.node();
        if (gridZone == null) gridZone = s.gridZone();
        // The containers tag lists at most CONTAINERS_KEPT names and TextLimit.MAX characters (the limit of a tag value).
        if (s.container() != null && containers.size() < CONTAINERS_KEPT && !containers.contains(s.container())
                && String.join(",", containers).length() + 1 + s.container().length() <= TextLimit.MAX) {
            containers.add(s.container());
        }
        Part p = byLevel.computeIfAbsent(s.level(), l -> new TreeMap<>()).computeIfAbsent(s.component(), k -> new Part());
        p.joules += c.increase;
        if (p.from == null || c.first.isBefore(p.from)) p.from = c.first;
        if (p.to == null || c.last.isAfter(p.to)) p.to = c.last;
    }

    /** True when both levels were given: the container series are left out. */
    boolean hadBothLevels() { return byLevel.size() > 1; }

    /** One IMPORTED interval per component over its samples' span. */
    List<EnergyInterval> intervals() {
        Map<Component, Part> parts = byLevel.containsKey(KeplerSeries.Level.POD)
                ? byLevel.get(KeplerSeries.Level.POD) : byLevel.get(KeplerSeries.Level.CONTAINER);
        Provenance prov = new Provenance.Imported(generation.method);
        List<EnergyInterval> out = new ArrayList<>();
        parts.forEach((c, p) -> out.add(new EnergyInterval(p.from, p.to, c, Energy.ofJoules(p.joules), prov)));
        return out;
    }

    Instant from() { return intervals().stream().map(EnergyInterval::start).min(Instant::compareTo).orElseThrow(); }

    Instant to() { return intervals().stream().map(EnergyInterval::end).max(Instant::compareTo).orElseThrow(); }
}
