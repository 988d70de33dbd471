package io.wattprint.ingest.kepler;

import io.wattprint.ingest.Excerpt;
import io.wattprint.ingest.TextLimit;
import io.wattprint.core.model.Component;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Kepler series measures, from its metric name and labels. Zones overlap (package contains
 * core and uncore; psys and the legacy platform contain everything), so only package and dram are
 * taken for the CPU, and nothing is ever summed across zones.
 *
 * <ul>
 *   <li>Current (Kepler ≥ 0.10): {@code kepler_{pod,container}_{cpu,gpu}_joules_total}, label
 *       {@code zone} for the CPU (package → {@code cpu:package}, dram → {@code dram}).</li>
 *   <li>Legacy (≤ 0.7): {@code kepler_container_{package,dram,gpu,other}_joules_total} with
 *       {@code mode} dynamic and idle (disjoint parts, both added).</li>
 * </ul>
 */
record KeplerSeries(Generation generation, Level level, Component component, String namespace, String pod,
                    String container, String node, String gridZone) {

    enum Generation {
        CURRENT("kepler current"), LEGACY("kepler legacy");

        final String method;

        Generation(String method) { this.method = method; }
    }

    enum Level { POD, CONTAINER }

    private static final Pattern CURRENT = Pattern.compile("kepler_(pod|container|node|vm|process)_(cpu|gpu)_joules_total");
    private static final Pattern LEGACY = Pattern.compile(
            "kepler_container_(package|core|uncore|dram|other|gpu|platform)_joules_total");
    private static final Pattern PACKAGE = Pattern.compile("package(-\\d+)?");

    /** A series that is read but not used, and why (a note), or a series used for a pod. */
    sealed interface Outcome permits Used, Skipped {}

    record Used(KeplerSeries series) implements Outcome {}

    record Skipped(String note) implements Outcome {}

    /**
     * The labels whose values a pod's run stores (workload, project, tags, host, zone, component), in the order
     * {@link #classify} reads them: each at most {@link TextLimit#MAX} characters.
     */
    static final List<String> STORED_LABELS = List.of("pod_namespace", "container_namespace", "namespace", "pod_name", "pod",
            "pod_id", "container_name", "container", "node_name", "node", "instance", "grid_zone", "gpu_uuid", "gpu", "device",
            "index");

    /** The first stored label ({@link #STORED_LABELS}) longer than {@link TextLimit#MAX}: its name and why; null when all fit. */
    static Map.Entry<String, String> tooLong(Map<String, String> labels) {
        for (String n : STORED_LABELS) {
            String problem = TextLimit.exceeded(labels.get(n));
            if (problem != null) return Map.entry(n, problem);
        }
        return null;
    }

    /** Null when the metric is not a Kepler energy counter at all. */
    static Outcome classify(String name, Map<String, String> labels) {
        Matcher m = LEGACY.matcher(name);
        if (m.matches()) {
            Component c = switch (m.group(1)) {
                case "package" -> new Component(Component.Kind.CPU, "package");
                case "dram" -> Component.DRAM;
                case "gpu" -> Component.gpu(gpuId(labels));
                case "other" -> Component.OTHER;
                default -> null;
            };
            if (c == null) return new Skipped(Excerpt.of(name) + " not used: the " + m.group(1) + " zone overlaps package "
                    + "(core and uncore are part of it, platform contains it); zones are never summed");
            return pod(Generation.LEGACY, Level.CONTAINER, c, name, labels);
        }
        m = CURRENT.matcher(name);
        if (!m.matches()) return name.startsWith("kepler_") && name.endsWith("_joules_total")
                ? new Skipped(name + " not used: not a pod or container CPU or GPU energy counter this importer reads") : null;
        String level = m.group(1);
        if (!level.equals("pod") && !level.equals("container")) {
            return new Skipped(Excerpt.of(name) + " not used: " + level + "-level energy is not a workload's");
        }
        Component c;
        if (m.group(2).equals("gpu")) {
            c = Component.gpu(gpuId(labels));
        } else {
            String zone = labels.getOrDefault("zone", "");
            if (PACKAGE.matcher(zone).matches()) c = new Component(Component.Kind.CPU, zone);
            else if (zone.equals("dram")) c = Component.DRAM;
            else return new Skipped(name + " zone " + (zone.isEmpty() ? "(none)" : Excerpt.of(zone)) + " not used: zones overlap "
                    + "(core and uncore are part of package, psys contains it); only package and dram are taken, never summed");
        }
        return pod(Generation.CURRENT, level.equals("pod") ? Level.POD : Level.CONTAINER, c, name, labels);
    }

    private static Outcome pod(Generation g, Level level, Component c, String name, Map<String, String> labels) {
        String ns = first(labels, "pod_namespace", "container_namespace", "namespace").orElse(null);
        String pod = first(labels, "pod_name", "pod", "pod_id").orElse(null);
        if (pod == null) return new Skipped(name + " series without a pod_name, pod or pod_id label not used: no workload to map them to");
        return new Used(new KeplerSeries(g, level, c, ns, pod, first(labels, "container_name", "container").orElse(null),
                first(labels, "node_name", "node", "instance").orElse(null), first(labels, "grid_zone").orElse(null)));
    }

    private static String gpuId(Map<String, String> labels) {
        return first(labels, "gpu_uuid", "gpu", "device", "index").orElse("all");
    }

    private static Optional<String> first(Map<String, String> labels, String... names) {
        for (String n : names) {
            String v = labels.get(n);
            if (v != null && !v.isBlank()) return Optional.of(v);
        }
        return Optional.empty();
    }
}
