package io.wattprint.report.reconcile;

import io.wattprint.core.figure.Figures;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One figure of a reconcile table: its exact value and the value shown for it (rounded alone, or apportioned to its
 * column's total by {@link io.wattprint.core.figure.ToTotal}). The text follows the one number rule: a figure that is
 * not 0 but is shown as 0 prints its first significant digits ({@link Figures#format(BigDecimal, BigDecimal)}).
 */
public record Shown(BigDecimal exact, BigDecimal rounded) {
    public Shown {
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(rounded, "rounded");
    }

    /** The figure rounded alone, half-up to {@code decimals}. */
    static Shown alone(BigDecimal exact, int decimals) { return new Shown(exact, Figures.round(exact, decimals)); }

    /** "6000.000", trailing zeros kept. */
    public String text() { return Figures.format(exact, rounded); }

    /** {@link #text} with a "+" before a positive figure: "+2000.000", "-1000.000", "0.000". */
    public String signed() { return (exact.signum() > 0 ? "+" : "") + text(); }

    /** {@link #text} of a percentage: "75.00 %". */
    public String percent() { return text() + " %"; }
}
