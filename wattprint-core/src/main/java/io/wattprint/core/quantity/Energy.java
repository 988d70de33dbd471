package io.wattprint.core.quantity;

import io.wattprint.core.figure.Figures;

/**
 * An amount of energy, held in joules. Conversions use exact SI definitions:
 * 1 Wh = 3,600 J, 1 kWh = 3.6 MJ, 1 MWh = 3.6 GJ.
 */
public record Energy(double joules) implements Comparable<Energy> {
    public static final double JOULES_PER_WH = 3_600d;
    public static final double JOULES_PER_KWH = 3_600_000d;
    public static final double JOULES_PER_MWH = 3_600_000_000d;
    public static final Energy ZERO = new Energy(0);

    public Energy {
        if (!Double.isFinite(joules)) {
            throw new IllegalArgumentException("energy must be finite, got " + joules);
        }
        if (joules < 0) {
            throw new IllegalArgumentException("energy must not be negative, got " + joules + " J");
        }
        joules += 0.0; // -0.0 becomes 0.0, so that equals() treats every zero alike
    }

    public static Energy ofJoules(double joules) { return new Energy(joules); }
    public static Energy ofMillijoules(double mj) { return new Energy(mj / 1_000d); }
    public static Energy ofMicrojoules(double uj) { return new Energy(uj / 1_000_000d); }
    public static Energy ofWattHours(double wh) { return new Energy(wh * JOULES_PER_WH); }
    public static Energy ofKilowattHours(double kwh) { return new Energy(kwh * JOULES_PER_KWH); }
    public static Energy ofMegawattHours(double mwh) { return new Energy(mwh * JOULES_PER_MWH); }

    public double wattHours() { return joules / JOULES_PER_WH; }
    public double kilowattHours() { return joules / JOULES_PER_KWH; }
    public double megawattHours() { return joules / JOULES_PER_MWH; }

    public Energy plus(Energy other) { return new Energy(joules + other.joules); }
    public Energy times(double factor) { return new Energy(joules * factor); }

    /** Mean power over a duration. */
    public Power over(java.time.Duration duration) {
        double seconds = duration.toNanos() / 1e9;
        if (seconds <= 0) {
            throw new IllegalArgumentException("duration must be positive, got " + duration);
        }
        return Power.ofWatts(joules / seconds);
    }

    @Override
    public int compareTo(Energy o) { return Double.compare(joules, o.joules); }

    @Override
    public String toString() { return Figures.format(kilowattHours(), 6) + " kWh"; }
}
