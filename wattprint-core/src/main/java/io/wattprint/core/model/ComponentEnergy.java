package io.wattprint.core.model;

import io.wattprint.core.quantity.Energy;
import java.util.Objects;

/** Total energy of one component over a run, from one provenance. */
public record ComponentEnergy(Component component, Provenance provenance, Energy energy) {
    public ComponentEnergy {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(energy, "energy");
    }
}
