package io.wattprint.core.allocation;

import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import java.util.Objects;

/**
 * What is shared: the energy and CO2e of a shared cluster or node pool over a period, with a
 * description of where the figures came from (a facility meter, the sum of stored footprints).
 */
public record Pool(String description, Energy energy, Co2e co2e) {
    public Pool {
        Objects.requireNonNull(description, "pool description");
        Objects.requireNonNull(energy, "pool energy");
        Objects.requireNonNull(co2e, "pool CO2e");
    }
}
