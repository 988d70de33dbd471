package io.wattprint.report.label;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.ComponentEnergy;
import io.wattprint.core.model.Phase;
import io.wattprint.core.model.RunMarker;
import io.wattprint.ledger.RunRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An AI Energy Score-style label of one model for one task, from its inference runs in the ledger: GPU energy
 * only (components of kind GPU, no PUE, as the AI Energy Score measures), queries from the run's markers (the
 * largest {@code queries} MARK) or its {@code queries} tag, Wh per 1,000 queries = Σ GPU Wh / Σ queries × 1,000
 * over the runs with a query count and GPU energy (a run without GPU energy would add queries and no Wh: it is left
 * out, {@link #NO_GPU_ENERGY}); stars against the reference set's range for the task (this model's value
 * included, the set's own line for this model replaced by it).
 */
public record EnergyLabel(String model, String task, BigDecimal whPer1kQueries, BigDecimal gpuWh, long queries,
                          List<String> runs, Map<String, String> leftOut, List<String> untaggedTask, String hardware,
                          String date, int stars, BigDecimal rangeMin, BigDecimal rangeMax, int referenceModels,
                          List<String> referenceSources, String referenceName, boolean replacedOwnEntry,
                          BigDecimal exactWhPer1kQueries, BigDecimal exactGpuWh) {
    /** Significant figures of Wh per 1,000 queries and GPU Wh on the label (2.37, 0.0131, 237). */
    public static final int SIG = 3;
    public static final String QUERIES = "queries";
    public static final String TASK_TAG = "task";
    public static final String GPU_TAG = "gpu";
    /** Why a run with a query count but no GPU energy is left out. */
    public static final String NO_GPU_ENERGY = "no GPU energy: its queries are not counted";

    /** No label can be drawn (no runs, no query counts, no reference line for the task): the reason, for the user. */
    public static final class Unavailable extends IllegalArgumentException {
        Unavailable(String message) { super(message); }
    }

    public EnergyLabel {
        runs = List.copyOf(runs);
        leftOut = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(leftOut));
        untaggedTask = List.copyOf(untaggedTask);
        referenceSources = List.copyOf(referenceSources);
    }

    /**
     * The label of {@code model} (and {@code version}, when not null) for {@code task}. Inference runs whose
     * {@code task} tag names another task are not this label's; runs without a task tag are taken as {@code task}
     * and listed in {@link #untaggedTask}.
     */
    public static EnergyLabel of(List<RunRecord> records, Function<String, List<RunMarker>> markers, String model, String version,
                                 String task, ReferenceSet reference) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(task, "task");
        String key = ReferenceSet.taskKey(task);
        List<RunRecord> selected = records.stream()
                .filter(r -> r.run().workload().phase() == Phase.INFERENCE && model.equals(r.run().workload().model())
                        && (version == null || version.equals(r.run().workload().modelVersion())))
                .filter(r -> {
                    String t = r.run().workload().tags().get(TASK_TAG);
                    return t == null || ReferenceSet.taskKey(t).equals(key);
                })
                .sorted(Comparator.comparing((RunRecord r) -> r.run().start()).thenComparing(r -> r.run().id()))
                .toList();
        String who = "model " + model + (version == null ? "" : " version " + version);
        if (selected.isEmpty()) throw new Unavailable("no inference runs of " + who + " for task '" + task + "' in the ledger");
        List<String> used = new ArrayList<>();
        List<String> untagged = new ArrayList<>();
        Map<String, String> leftOut = new LinkedHashMap<>();
        BigDecimal wh = BigDecimal.ZERO;
        long queries = 0;
        TreeSet<String> gpus = new TreeSet<>();
        int gpuNotRecorded = 0;
        Instant lastEnd = null;
        for (RunRecord r : selected) {
            String id = r.run().id();
            if (r.run().end() == null || r.footprint() == null) {
                leftOut.put(id, "still open or no footprint");
                continue;
            }
            Long q = queries(markers.apply(id), r.run().workload().tags().get(QUERIES));
            if (q == null || q <= 0) {
                leftOut.put(id, q == null ? "no query count (queries marker or tag)" : "query count " + q);
                continue;
            }
            double gpuKwh = 0;
            for (ComponentEnergy c : r.footprint().components()) {
                if (c.component().kind() == Component.Kind.GPU) gpuKwh += c.energy().kilowattHours();
            }
            // A run without GPU energy (CPU only, or imported without a GPU component) would add its queries and no
            // Wh, understating Wh per 1,000 queries: its queries are not counted either.
            if (gpuKwh <= 0) {
                leftOut.put(id, NO_GPU_ENERGY);
                continue;
            }
            wh = wh.add(new BigDecimal(Double.toString(gpuKwh)).multiply(BigDecimal.valueOf(1000)));
            queries += q;
            used.add(id);
            if (r.run().workload().tags().get(TASK_TAG) == null) untagged.add(id);
            String g = r.run().workload().tags().get(GPU_TAG);
            if (g == null || g.isBlank()) gpuNotRecorded++;
            else gpus.add(g.strip());
            if (lastEnd == null || r.run().end().isAfter(lastEnd)) lastEnd = r.run().end();
        }
        if (used.isEmpty() && !leftOut.containsValue(NO_GPU_ENERGY)) {
            throw new Unavailable("no inference run of " + who + " for task '" + task + "' has a query count (a 'queries' MARK or "
                    + "tag): " + String.join(", ", leftOut.keySet()));
        }
        if (used.isEmpty()) {
            String why = leftOut.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                    .collect(Collectors.joining(", "));
            throw new Unavailable("no inference run of " + who + " for task '" + task + "' has both a query count and "
                    + "GPU energy: " + why);
        }
        // the exact quotient (16 significant digits, as every quotient's exact value), rounded once to SIG
        BigDecimal exactPer1k = Figures.quotient(wh.multiply(BigDecimal.valueOf(1000)), BigDecimal.valueOf(queries));
        BigDecimal per1k = Figures.significant(exactPer1k, SIG);
        List<ReferenceSet.Entry> ref = reference.forTask(task);
        if (ref.isEmpty()) {
            throw new Unavailable(reference.name() + " has no reference line for task '" + task + "' (its tasks: "
                    + String.join(", ", reference.tasks()) + ")");
        }
        List<ReferenceSet.Entry> others = ref.stream().filter(e -> !e.model().equals(model)).toList();
        BigDecimal min = per1k, max = per1k;
        TreeSet<String> sources = new TreeSet<>();
        for (ReferenceSet.Entry e : others) {
            min = min.min(e.whPer1kQueries());
            max = max.max(e.whPer1kQueries());
            sources.add(e.source());
        }
        String hardware = gpus.isEmpty() ? "not recorded"
                : String.join(", ", gpus) + (gpuNotRecorded == 0 ? "" : " (not recorded for " + gpuNotRecorded + " run(s))");
        return new EnergyLabel(model, task.strip(), per1k, Figures.significant(wh, SIG), queries, used, leftOut, untagged, hardware,
                lastEnd.toString().substring(0, 10), Stars.of(per1k, min, max), min, max, others.size(), List.copyOf(sources),
                reference.name(), others.size() < ref.size(), exactPer1k, wh);
    }

    /** The run's query count: its largest {@code queries} MARK, else its {@code queries} tag (a whole number), else null. */
    static Long queries(List<RunMarker> markers, String tag) {
        Long best = null;
        for (RunMarker m : markers) {
            if (m.type() == RunMarker.Type.MARK && m.label().equals(QUERIES) && m.value() != null && (best == null || m.value() > best)) {
                best = m.value();
            }
        }
        if (best != null) return best;
        if (tag == null) return null;
        try {
            return new BigDecimal(tag.strip()).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** "2.37" as printed (grouped thousands). */
    public String whText() { return Figures.text(whPer1kQueries); }

    /** The rule the stars follow, in words. */
    public String bandRule() {
        return "five equal 20 % bands of " + Figures.text(rangeMin) + " to " + Figures.text(rangeMax) + " Wh per 1,000 queries ("
                + referenceModels + " reference model(s) and this one); 5 stars = lowest band";
    }
}
