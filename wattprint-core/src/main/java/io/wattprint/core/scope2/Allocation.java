package io.wattprint.core.scope2;

import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * MWh of one instrument applied to one consumption line, at the instrument's rate.
 * {@code hourlyMatched}: applied hour by hour (both sides had an hourly profile).
 * {@code instrumentHours}: when the instrument has an hourly profile, which of its hours the
 * energy came from (they sum to {@code energy}); empty otherwise.
 */
public record Allocation(ContractualInstrument instrument, ConsumptionLine line, Energy energy, boolean hourlyMatched,
                         SortedMap<Instant, Energy> instrumentHours) {
    public Allocation {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(energy, "energy");
        instrumentHours = Collections.unmodifiableSortedMap(new TreeMap<>(instrumentHours == null ? new TreeMap<>() : instrumentHours));
    }

    public Co2e co2e() { return instrument.rate().times(energy); }
}
