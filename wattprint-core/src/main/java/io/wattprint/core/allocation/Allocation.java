package io.wattprint.core.allocation;

import io.wattprint.core.model.Explanation;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A pool split by a rule: one line per consumer (or per tag value, plus "(untagged)"), and an
 * idle-capacity line when a capacity was given. The lines' kWh and kg add up exactly to the
 * pool's ({@link #energyKwh()}, {@link #co2eKg()}: the pool at {@value Allocator#SCALE} decimals).
 *
 * @param capacity the capacity in the rule's measure, or null when none was given
 */
public record Allocation(AllocationRule rule, Pool pool, BigDecimal energyKwh, BigDecimal co2eKg, double used,
                         Double capacity, List<Line> lines, Explanation explanation) {

    /** What a line stands for. */
    public enum Kind { CONSUMER, UNTAGGED, IDLE }

    /**
     * One line: a consumer (run id or tag value), its usage in the rule's measure, its share of
     * the pool, its exact kWh and kg (at {@value Allocator#SCALE} decimals) and how it was computed.
     *
     * @param members how many consumers the line sums (1 for a run; 0 for idle capacity)
     */
    public record Line(String consumer, Kind kind, int members, double usage, double share, BigDecimal energyKwh,
                       BigDecimal co2eKg, Explanation explanation) {
        public Line {
            Objects.requireNonNull(consumer, "consumer");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(energyKwh, "energyKwh");
            Objects.requireNonNull(co2eKg, "co2eKg");
            Objects.requireNonNull(explanation, "explanation");
        }

        public Energy energy() { return Energy.ofKilowattHours(energyKwh.doubleValue()); }

        public Co2e co2e() { return Co2e.ofKilograms(co2eKg.doubleValue()); }
    }

    public Allocation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(pool, "pool");
        lines = List.copyOf(lines);
        Objects.requireNonNull(explanation, "explanation");
    }

    /** The idle-capacity line, or null when no capacity was given. */
    public Line idle() {
        return lines.stream().filter(l -> l.kind() == Kind.IDLE).findFirst().orElse(null);
    }
}
