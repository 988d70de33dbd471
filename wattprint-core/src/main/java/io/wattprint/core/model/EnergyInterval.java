package io.wattprint.core.model;

import io.wattprint.core.quantity.Energy;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Energy of one component over [start, end), with where the figure came from. */
public record EnergyInterval(Instant start, Instant end, Component component, Energy energy, Provenance provenance) {
    public EnergyInterval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(energy, "energy");
        Objects.requireNonNull(provenance, "provenance");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("interval end " + end + " is before its start " + start);
        }
    }

    public Duration duration() { return Duration.between(start, end); }

    /** The instant used to pick a time-varying emission factor for this interval. */
    public Instant midpoint() { return start.plus(duration().dividedBy(2)); }
}
