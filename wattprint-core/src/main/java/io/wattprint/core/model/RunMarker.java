package io.wattprint.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A boundary inside a run, set by the workload: a change of phase ({@code run.phase("eval")})
 * or a numbered mark ({@code run.mark("epoch", 3)}). The meter closes its intervals at the
 * marker's instant, so energy can be summed between markers.
 */
public record RunMarker(Instant at, Type type, String label, Long value) {
    public enum Type { PHASE, MARK }

    public RunMarker {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) throw new IllegalArgumentException("a marker needs a label");
        if (type == Type.PHASE && value != null) throw new IllegalArgumentException("a phase marker has no value");
    }

    public static RunMarker phase(Instant at, String phase) { return new RunMarker(at, Type.PHASE, phase, null); }

    public static RunMarker mark(Instant at, String label, long value) { return new RunMarker(at, Type.MARK, label, value); }

    @Override
    public String toString() {
        return type == Type.PHASE ? "phase " + label : label + " " + value;
    }
}
