package io.wattprint.core.quantity;

import io.wattprint.core.figure.Figures;

/**
 * Power Usage Effectiveness (ISO/IEC 30134-2): total facility energy / IT equipment energy.
 * Always at least 1.0 by definition.
 */
public record Pue(double value) {
    public static final Pue NONE = new Pue(1.0);

    public Pue {
        if (!Double.isFinite(value) || value < 1.0 || value > 5.0) {
            throw new IllegalArgumentException("PUE must be between 1.0 and 5.0, got " + value);
        }
    }

    public static Pue of(double value) { return new Pue(value); }

    /** Facility energy of the given IT energy. */
    public Energy facilityEnergy(Energy itEnergy) { return itEnergy.times(value); }

    @Override
    public String toString() { return Figures.format(value, 3); }
}
