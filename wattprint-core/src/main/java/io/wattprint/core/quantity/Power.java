package io.wattprint.core.quantity;

import io.wattprint.core.figure.Figures;
import java.time.Duration;

/** A rate of energy, held in watts. */
public record Power(double watts) implements Comparable<Power> {
    public static final Power ZERO = new Power(0);

    public Power {
        if (!Double.isFinite(watts) || watts < 0) {
            throw new IllegalArgumentException("power must be finite and not negative, got " + watts + " W");
        }
        watts += 0.0; // -0.0 becomes 0.0, so that equals() treats every zero alike
    }

    public static Power ofWatts(double w) { return new Power(w); }
    public static Power ofMilliwatts(double mw) { return new Power(mw / 1_000d); }
    public static Power ofKilowatts(double kw) { return new Power(kw * 1_000d); }

    public double kilowatts() { return watts / 1_000d; }

    /** Energy drawn at this power for a duration (W × s = J). */
    public Energy over(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative, got " + duration);
        }
        return Energy.ofJoules(watts * (duration.toNanos() / 1e9));
    }

    public Power plus(Power other) { return new Power(watts + other.watts); }
    public Power times(double factor) { return new Power(watts * factor); }

    @Override
    public int compareTo(Power o) { return Double.compare(watts, o.watts); }

    @Override
    public String toString() { return Figures.format(watts, 3) + " W"; }
}
