package io.wattprint.core.quantity;

import io.wattprint.core.figure.Figures;

/**
 * Emissions per unit of electricity, held in gCO2e/kWh.
 * 1 gCO2e/kWh = 1 kgCO2e/MWh = 0.001 tCO2e/MWh; 1 lb/MWh = 0.45359237 g/kWh (exact,
 * the international avoirdupois pound).
 */
public record CarbonIntensity(double gramsPerKwh) implements Comparable<CarbonIntensity> {
    public static final double GRAMS_PER_POUND = 453.59237;

    public CarbonIntensity {
        if (!Double.isFinite(gramsPerKwh) || gramsPerKwh < 0) {
            throw new IllegalArgumentException("carbon intensity must be finite and not negative, got "
                    + gramsPerKwh + " gCO2e/kWh");
        }
        gramsPerKwh += 0.0; // -0.0 becomes 0.0, so that equals() treats every zero alike
    }

    public static CarbonIntensity ofGramsPerKwh(double g) { return new CarbonIntensity(g); }
    public static CarbonIntensity ofKgPerMwh(double kg) { return new CarbonIntensity(kg); }
    public static CarbonIntensity ofTonnesPerMwh(double t) { return new CarbonIntensity(t * 1_000d); }
    public static CarbonIntensity ofPoundsPerMwh(double lb) { return new CarbonIntensity(lb * GRAMS_PER_POUND / 1_000d); }

    public double tonnesPerMwh() { return gramsPerKwh / 1_000d; }

    /** Emissions of consuming the given energy at this intensity. */
    public Co2e times(Energy energy) {
        return Co2e.ofGrams(gramsPerKwh * energy.kilowattHours());
    }

    @Override
    public int compareTo(CarbonIntensity o) { return Double.compare(gramsPerKwh, o.gramsPerKwh); }

    @Override
    public String toString() { return Figures.format(gramsPerKwh, 3) + " gCO2e/kWh"; }
}
