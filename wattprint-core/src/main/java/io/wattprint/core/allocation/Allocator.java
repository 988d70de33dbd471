package io.wattprint.core.allocation;

import io.wattprint.core.allocation.Allocation.Kind;
import io.wattprint.core.allocation.Allocation.Line;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.core.model.Explanation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Splits a shared pool's energy and CO2e across its consumers pro rata to their usage:
 * <pre>
 *   line_i = pool × usage_i / Σ usage                 (no capacity, or idle spread)
 *   line_i = pool × usage_i / capacity                (capacity given, idle separate)
 *   idle   = pool × (capacity − Σ usage) / capacity   (its own line)
 * </pre>
 * With a {@link AllocationRule.Basis#TAG} basis, usage_i is the sum over the consumers with
 * the same value of the tag, and consumers without it form the "(untagged)" line. The lines
 * add up exactly to the pool: amounts are counted in 10^-{@value #SCALE} kWh and kg and split by
 * largest remainder ({@link ToTotal#split}).
 */
public final class Allocator {
    /** Decimals of kWh and kg the pool is split at: 10^-12 kWh = 3.6 mJ, 10^-12 kg = 1 ng. */
    public static final int SCALE = 12;

    private Allocator() {}

    /**
     * @param capacity the pool's capacity in the rule's measure (e.g. 8 GPUs × 744 h = 5,952
     *                 GPU-hours for October), or null when there is none to account for
     * @throws IllegalArgumentException for a repeated consumer, a capacity below the usage, or
     *                                  nothing to split by (no usage and no capacity)
     */
    public static Allocation allocate(AllocationRule rule, Pool pool, List<Consumer> consumers, Double capacity) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(consumers, "consumers");
        Measure m = rule.measure();
        if (capacity != null && (!Double.isFinite(capacity) || capacity < 0)) {
            throw new IllegalArgumentException("capacity must be a number of " + m.label() + ", 0 or more, got " + capacity);
        }
        Map<String, Group> groups = group(rule, consumers);
        BigDecimal used = BigDecimal.ZERO;
        for (Group g : groups.values()) used = used.add(g.usage);
        BigDecimal cap = capacity == null ? null : Figures.exact(capacity);
        if (cap != null && cap.compareTo(used) < 0) {
            throw new IllegalArgumentException("capacity " + Figures.plain(capacity, 6) + " " + m.label() + " is less than the "
                    + Figures.plain(used.doubleValue(), 6) + " " + m.label() + " the consumers used");
        }
        boolean idleLine = cap != null && rule.idle() == IdlePolicy.SEPARATE;
        if (used.signum() == 0) {
            if (cap == null || cap.signum() == 0) {
                throw new IllegalArgumentException("the consumers used 0 " + m.label() + " in total: there is nothing to split the pool by"
                        + (cap == null ? " (give a capacity to charge it to idle capacity, or choose another basis)" : ""));
            }
            if (!idleLine) {
                throw new IllegalArgumentException("idle capacity cannot be spread: the consumers used 0 " + m.label());
            }
        }

        List<BigDecimal> weights = new ArrayList<>();
        for (Group g : groups.values()) weights.add(g.usage);
        BigDecimal idle = cap == null ? null : cap.subtract(used);
        if (idleLine) weights.add(idle);
        BigDecimal kwh = Figures.round(pool.energy().kilowattHours(), SCALE);
        BigDecimal kg = Figures.round(pool.co2e().kilograms(), SCALE);
        List<BigDecimal> kwhParts = ToTotal.split(kwh, weights);
        List<BigDecimal> kgParts = ToTotal.split(kg, weights);
        double denominator = idleLine ? capacity : used.doubleValue();

        List<Line> lines = new ArrayList<>();
        int i = 0;
        for (Group g : groups.values()) {
            double u = g.usage.doubleValue();
            lines.add(line(rule, pool, g.name, g.kind, g.members, u, u / denominator, kwhParts.get(i), kgParts.get(i),
                    idleLine ? "pool × usage / capacity" : "pool × usage / Σ usage", denominator, idleLine, kwh, kg));
            i++;
        }
        if (cap != null) {
            double u = idle.doubleValue();
            BigDecimal zero = BigDecimal.ZERO.setScale(SCALE);
            lines.add(line(rule, pool, "(idle capacity)", Kind.IDLE, 0, u, idleLine ? u / capacity : 0,
                    idleLine ? kwhParts.get(i) : zero, idleLine ? kgParts.get(i) : zero,
                    idleLine ? "pool × (capacity − Σ usage) / capacity" : "0: idle capacity spread over the consumers",
                    denominator, idleLine, kwh, kg));
        }
        return new Allocation(rule, pool, kwh, kg, used.doubleValue(), capacity, lines,
                explain(rule, pool, used.doubleValue(), capacity, kwh, kg, lines));
    }

    private static final class Group {
        final String name;
        final Kind kind;
        BigDecimal usage = BigDecimal.ZERO;
        int members;

        Group(String name, Kind kind) {
            this.name = name;
            this.kind = kind;
        }
    }

    /** Lines in order: runs as given; tag values sorted, then "(untagged)". */
    private static Map<String, Group> group(AllocationRule rule, List<Consumer> consumers) {
        Set<String> seen = new HashSet<>();
        Map<String, Group> byRun = new LinkedHashMap<>();
        Map<String, Group> byTag = new TreeMap<>();
        Group untagged = new Group(AllocationRule.UNTAGGED, Kind.UNTAGGED);
        for (Consumer c : consumers) {
            Objects.requireNonNull(c, "consumer");
            if (!seen.add(c.id())) throw new IllegalArgumentException("consumer " + c.id() + " is listed twice");
            Group g;
            if (rule.basis() == AllocationRule.Basis.TAG) {
                String v = c.tag(rule.tagKey());
                g = v == null ? untagged : byTag.computeIfAbsent(v, k -> new Group(k, Kind.CONSUMER));
            } else {
                g = byRun.computeIfAbsent(c.id(), k -> new Group(k, Kind.CONSUMER));
            }
            g.usage = g.usage.add(Figures.exact(c.usage().of(rule.measure())));
            g.members++;
        }
        if (rule.basis() != AllocationRule.Basis.TAG) return byRun;
        Map<String, Group> out = new LinkedHashMap<>(byTag);
        if (untagged.members > 0) out.put(untagged.name, untagged);
        return out;
    }

    private static Line line(AllocationRule rule, Pool pool, String name, Kind kind, int members, double usage, double share,
                             BigDecimal kwh, BigDecimal kg, String formula, double denominator, boolean idleLine,
                             BigDecimal poolKwh, BigDecimal poolKg) {
        Measure m = rule.measure();
        Explanation.Builder e = Explanation.builder(label(rule, name, kind),
                        Figures.plain(kwh, SCALE) + " kWh, " + Figures.plain(kg, SCALE) + " kgCO2e")
                .formula(formula)
                .input("rule", rule.name() + " (basis " + rule.describe() + ", idle " + rule.idle().label() + ")", null)
                .input(kind == Kind.IDLE ? "idle capacity" : "usage", Figures.plain(usage, 6) + " " + m.label()
                        + (kind == Kind.IDLE ? "" : " (" + members + (members == 1 ? " run)" : " runs)")), null)
                .input(idleLine ? "capacity" : "Σ usage", Figures.plain(denominator, 6) + " " + m.label(), null)
                .input("share", Figures.plain(100 * share, 4) + " %", null)
                .input("pool", Figures.plain(poolKwh, SCALE) + " kWh, "
                        + Figures.plain(poolKg, SCALE) + " kgCO2e", pool.description());
        if (kind == Kind.UNTAGGED) e.note("runs without a value for tag " + rule.tagKey() + " are kept on this line, never dropped");
        return new Line(name, kind, members, usage, share, kwh, kg, e.build());
    }

    private static String label(AllocationRule rule, String name, Kind kind) {
        return switch (kind) {
            case IDLE -> "idle capacity";
            case UNTAGGED -> "untagged (no " + rule.tagKey() + ")";
            case CONSUMER -> rule.basis() == AllocationRule.Basis.TAG ? rule.tagKey() + "=" + name : "run " + name;
        };
    }

    private static Explanation explain(AllocationRule rule, Pool pool, double used, Double capacity, BigDecimal kwh,
                                       BigDecimal kg, List<Line> lines) {
        Measure m = rule.measure();
        Explanation.Builder e = Explanation.builder("allocation by rule " + rule.name(),
                        Figures.plain(kwh, SCALE) + " kWh, " + Figures.plain(kg, SCALE)
                                + " kgCO2e in " + lines.size() + " lines")
                .formula(capacity != null && rule.idle() == IdlePolicy.SEPARATE
                        ? "line = pool × usage / capacity; idle = pool × (capacity − Σ usage) / capacity"
                        : "line = pool × usage / Σ usage")
                .input("basis", rule.describe(), null)
                .input("Σ usage", Figures.plain(used, 6) + " " + m.label(), null)
                .input("capacity", capacity == null ? "not given (no idle line)" : Figures.plain(capacity, 6) + " " + m.label(), null)
                .input("idle policy", rule.idle().label(), null)
                .input("pool", Figures.plain(kwh, SCALE) + " kWh, " + Figures.plain(kg, SCALE)
                        + " kgCO2e", pool.description());
        if (rule.basis() == AllocationRule.Basis.TAG) {
            e.note("one line per value of tag " + rule.tagKey() + ", usage summed over its runs; runs without it on "
                    + AllocationRule.UNTAGGED);
        }
        if (capacity != null && rule.idle() == IdlePolicy.SPREAD) {
            e.note("idle capacity spread over the consumers pro rata to their usage (--idle spread)");
        }
        e.note("lines add up exactly to the pool: kWh and kg split at 10^-" + SCALE + " by largest remainder");
        for (Line l : lines) e.part(l.explanation());
        return e.build();
    }

}
