package io.wattprint.ledger;

import io.wattprint.core.model.ComponentEnergy;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A footprint as the ledger keeps it: the figures, the factor it cites and the rendered
 * explanation. {@code co2e} and the factor fields are null when the location was unknown;
 * {@code dataset} is the reference data version the computation used, if given.
 */
public record StoredFootprint(Instant computedAt, Energy itEnergy, Energy facilityEnergy, double pue, String pueBasis,
                              Co2e co2e, String factorZone, Double factorGramsPerKwh, Integer factorYear,
                              String factorSource, String dataset, double measuredShare,
                              List<ComponentEnergy> components, List<String> explanation) {
    public StoredFootprint {
        Objects.requireNonNull(computedAt, "computedAt");
        Objects.requireNonNull(itEnergy, "itEnergy");
        Objects.requireNonNull(facilityEnergy, "facilityEnergy");
        Objects.requireNonNull(pueBasis, "pueBasis");
        components = List.copyOf(components);
        // The ledger's own lines are unmodifiable already and filled in when first read (ExplanationRow.Lines).
        explanation = explanation instanceof ExplanationRow.Lines ? explanation : List.copyOf(explanation);
    }
}
