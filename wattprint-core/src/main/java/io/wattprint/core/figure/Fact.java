package io.wattprint.core.figure;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One figure as a report gives it: its exact value and the value shown for it (rounded alone, or apportioned to a
 * total by {@link ToTotal}). {@link #text} prints it by the one number rule (a figure that is not 0 never prints as
 * 0, {@link Figures#text(BigDecimal, BigDecimal)}); {@link #decimals} is how many decimals that text has — what a
 * JSON fact states beside the exact value, as an XBRL fact's {@code decimals} attribute does.
 */
public record Fact(BigDecimal exact, BigDecimal shown) {
    public Fact {
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(shown, "shown");
    }

    /** {@code exact} rounded half-up to {@code decimals}, on its own. */
    public static Fact rounded(BigDecimal exact, int decimals) { return new Fact(exact, Figures.round(exact, decimals)); }

    /** The text with thousands separators: "1,000.000", "0.00000000625". */
    public String text() { return Figures.text(exact, shown); }

    /** The decimals {@link #text} prints: the shown figure's, or more where the non-zero rule gave more. */
    public int decimals() { return Figures.decimalsShown(exact, shown); }

    /**
     * The exact value as a JSON fact states it beside {@link #decimals}: written with at least that many decimals,
     * trailing zeros only (200 → 200.000, 0 → 0.000, 0.5600 → 0.560, 0.00000000625 stays), the value unchanged — so
     * a figure exact at the printed decimals reads as printed (METHODOLOGY §5.1 rule 6).
     */
    public BigDecimal stated() {
        int decimals = decimals();
        BigDecimal e = exact.stripTrailingZeros();
        if (e.scale() < 0) e = e.setScale(0);
        return e.scale() < decimals ? e.setScale(decimals) : e;
    }
}
