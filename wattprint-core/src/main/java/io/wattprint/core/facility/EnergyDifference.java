package io.wattprint.core.facility;

import io.wattprint.core.quantity.Energy;

/**
 * A signed difference of two energies, in joules: a meter's residual (meter − bottom-up) is
 * negative when the bottom-up sum exceeds the meter. {@link Energy} itself is never negative.
 */
public record EnergyDifference(double joules) {
    public EnergyDifference {
        if (!Double.isFinite(joules)) throw new IllegalArgumentException("energy difference must be finite, got " + joules);
        joules += 0.0; // no -0.0
    }

    public static EnergyDifference between(Energy minuend, Energy subtrahend) {
        return new EnergyDifference(minuend.joules() - subtrahend.joules());
    }

    public double kilowattHours() { return joules / Energy.JOULES_PER_KWH; }

    public boolean isNegative() { return joules < 0; }

    public EnergyDifference times(double factor) { return new EnergyDifference(joules * factor); }

    /** {@code e + this}, which must not be negative. */
    public Energy addTo(Energy e) { return Energy.ofJoules(Math.max(0, e.joules() + joules)); }

    @Override
    public String toString() { return Plain.kwh(kilowattHours()); }
}
