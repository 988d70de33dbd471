package io.wattprint.core.model;

import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import java.util.List;
import java.util.Objects;

/**
 * The computed result for a run: IT energy by component (with provenance), facility
 * energy through the PUE, and Scope 2 location-based emissions. {@code locationBased} and
 * {@code factor} are null when the location is unknown: no figure is invented.
 */
public record Footprint(List<ComponentEnergy> components, Energy itEnergy, PueAssumption pue,
                        Energy facilityEnergy, Co2e locationBased, EmissionFactor factor,
                        Explanation explanation) {
    public Footprint {
        components = List.copyOf(components);
        Objects.requireNonNull(itEnergy, "itEnergy");
        Objects.requireNonNull(pue, "pue");
        Objects.requireNonNull(facilityEnergy, "facilityEnergy");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** Share of IT energy that was measured (not estimated or imported), 0..1. */
    public double measuredShare() {
        if (itEnergy.joules() == 0) return 0;
        double measured = components.stream().filter(c -> c.provenance().isMeasured())
                .mapToDouble(c -> c.energy().joules()).sum();
        return measured / itEnergy.joules();
    }
}
