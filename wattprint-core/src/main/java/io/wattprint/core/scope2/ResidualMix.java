package io.wattprint.core.scope2;

import io.wattprint.core.quantity.CarbonIntensity;
import java.util.Objects;

/**
 * The residual-mix emission factor of a zone for a calendar year: the grid's emissions once the
 * attributes claimed through instruments are taken out (for Europe, the AIB's European Residual
 * Mixes). Consumption no instrument covers gets this factor in the market-based method, not the
 * grid average, which would count the claimed renewable attributes a second time.
 */
public record ResidualMix(String zone, int year, CarbonIntensity intensity, String source) {
    public ResidualMix {
        if (zone == null || zone.isBlank()) throw new IllegalArgumentException("residual mix: zone is required");
        if (year < 1990 || year > 2100) {
            throw new IllegalArgumentException("residual mix " + zone + ": year must be 1990 to 2100, got " + year);
        }
        Objects.requireNonNull(intensity, "residual mix " + zone + " " + year + ": factor");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("residual mix " + zone + " " + year + ": source is required (who published the factor)");
        }
    }

    /** One line for an audit trail. */
    public String citation() { return intensity + " residual mix for " + zone + ", " + year + ", source: " + source; }
}
