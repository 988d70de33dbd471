package io.wattprint.core.allocation;

import java.util.Locale;
import java.util.Objects;

/**
 * How a shared pool is split: by a usage {@link Measure} per consumer (run), or — basis
 * {@link Basis#TAG} — by the same measure summed over the consumers that share a tag's value
 * (one line per value of {@code tagKey}, consumers without the tag on an "(untagged)" line).
 *
 * @param name      what the rule is called (saved rules are looked up by it)
 * @param basis     GPU_HOURS, CPU_HOURS, REQUESTS, or TAG
 * @param tagKey    the tag grouped by (e.g. {@code project}, {@code k8s-namespace}); only with TAG
 * @param measure   the usage split by; equal to the basis unless the basis is TAG (default GPU-hours)
 * @param idle      what happens to idle capacity when a capacity is given
 */
public record AllocationRule(String name, Basis basis, String tagKey, Measure measure, IdlePolicy idle) {
    /** What each consumer's share is computed from. */
    public enum Basis { GPU_HOURS, CPU_HOURS, REQUESTS, TAG }

    /** The line of the consumers that do not have the rule's tag (or have it empty): never dropped. */
    public static final String UNTAGGED = "(untagged)";

    public AllocationRule {
        Objects.requireNonNull(name, "rule name");
        if (name.isBlank()) throw new IllegalArgumentException("allocation rule name must not be blank");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(idle, "idle policy");
        name = name.strip();
        if (basis == Basis.TAG) {
            if (tagKey == null || tagKey.isBlank()) {
                throw new IllegalArgumentException("allocation basis tag needs a tag key (tag:project, tag:k8s-namespace)");
            }
            tagKey = tagKey.strip();
        } else {
            if (tagKey != null) throw new IllegalArgumentException("a tag key is only used with basis tag, not " + basisLabel(basis, null));
            if (measure != measureOf(basis)) {
                throw new IllegalArgumentException("basis " + basisLabel(basis, null) + " splits by " + measureOf(basis).label()
                        + ", not " + measure.label());
            }
        }
    }

    /**
     * A rule from the text of {@code --by}: {@code gpu-hours}, {@code cpu-hours}, {@code requests}
     * or {@code tag:KEY}. {@code tagMeasure} is the usage a tag basis splits by (null: GPU-hours).
     */
    public static AllocationRule parse(String name, String by, Measure tagMeasure, IdlePolicy idle) {
        String t = by == null ? "" : by.strip();
        if (t.toLowerCase(Locale.ROOT).startsWith("tag:")) {
            return new AllocationRule(name, Basis.TAG, t.substring(4), tagMeasure == null ? Measure.GPU_HOURS : tagMeasure, idle);
        }
        Measure m;
        try {
            m = Measure.parse(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown allocation basis '" + by + "': expected gpu-hours, cpu-hours, requests or tag:KEY");
        }
        if (tagMeasure != null && tagMeasure != m) {
            throw new IllegalArgumentException("a usage measure is only chosen for a tag basis (tag:KEY), not for " + m.label());
        }
        return new AllocationRule(name, basisOf(m), null, m, idle);
    }

    /** The basis as written on the command line: {@code gpu-hours}, {@code tag:project}. */
    public String basisLabel() { return basisLabel(basis, tagKey); }

    /** The basis and, for a tag, the measure: {@code tag:project by gpu-hours}. */
    public String describe() {
        return basis == Basis.TAG ? basisLabel() + " by " + measure.label() : basisLabel();
    }

    private static String basisLabel(Basis b, String key) {
        return b == Basis.TAG ? "tag:" + key : measureOf(b).label();
    }

    private static Measure measureOf(Basis b) {
        return switch (b) {
            case GPU_HOURS, TAG -> Measure.GPU_HOURS;
            case CPU_HOURS -> Measure.CPU_HOURS;
            case REQUESTS -> Measure.REQUESTS;
        };
    }

    private static Basis basisOf(Measure m) {
        return switch (m) {
            case GPU_HOURS -> Basis.GPU_HOURS;
            case CPU_HOURS -> Basis.CPU_HOURS;
            case REQUESTS -> Basis.REQUESTS;
        };
    }
}
