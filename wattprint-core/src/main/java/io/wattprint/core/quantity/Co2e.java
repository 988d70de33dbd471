package io.wattprint.core.quantity;

import io.wattprint.core.figure.Figures;

/** A mass of carbon-dioxide equivalent, held in grams. */
public record Co2e(double grams) implements Comparable<Co2e> {
    public static final Co2e ZERO = new Co2e(0);

    public Co2e {
        if (!Double.isFinite(grams) || grams < 0) {
            throw new IllegalArgumentException("CO2e must be finite and not negative, got " + grams + " g");
        }
        grams += 0.0; // -0.0 becomes 0.0, so that equals() treats every zero alike
    }

    public static Co2e ofGrams(double g) { return new Co2e(g); }
    public static Co2e ofKilograms(double kg) { return new Co2e(kg * 1_000d); }
    /** Metric tonnes (the "MTCO2e" of cloud provider exports). */
    public static Co2e ofTonnes(double t) { return new Co2e(t * 1_000_000d); }

    public double kilograms() { return grams / 1_000d; }
    public double tonnes() { return grams / 1_000_000d; }

    public Co2e plus(Co2e other) { return new Co2e(grams + other.grams); }
    public Co2e times(double factor) { return new Co2e(grams * factor); }

    @Override
    public int compareTo(Co2e o) { return Double.compare(grams, o.grams); }

    @Override
    public String toString() { return Figures.format(kilograms(), 6) + " kgCO2e"; }
}
