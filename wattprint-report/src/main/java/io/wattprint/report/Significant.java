package io.wattprint.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Figures stated to a number of significant figures (the GPAI Code of Practice form asks for at least two):
 * rounded half-up to {@code sig} significant figures but never to fewer than the integer digits (12,346 MWh
 * stays 12,346, 1 MWh is 1.00), and very large counts (FLOPs) in scientific notation, 3.1 × 10²³.
 */
public final class Significant {
    private Significant() {}

    /** {@code x} half-up to {@code sig} significant figures, keeping all integer digits; 0 is 0 with sig − 1 decimals. */
    public static BigDecimal round(BigDecimal x, int sig) {
        if (sig < 1) throw new IllegalArgumentException("at least one significant figure, not " + sig);
        if (x.signum() == 0) return BigDecimal.ZERO.setScale(sig - 1);
        // The leading digit of x is at 10^(precision − scale − 1); keep sig digits from there, at least 0 decimals.
        int decimals = Math.max(0, sig - x.precision() + x.scale());
        BigDecimal r = x.setScale(decimals, RoundingMode.HALF_UP);
        return r;
    }

    /** The same for a double (its decimal string, as {@link Figures#round}). */
    public static BigDecimal round(double x, int sig) {
        if (Double.isNaN(x) || Double.isInfinite(x)) throw new IllegalArgumentException("not a figure: " + x);
        return round(new BigDecimal(Double.toString(x)), sig);
    }

    /** {@code round} then {@link Figures#text}: 1234.5 → "1,235", 0.012345 → "0.0123". */
    public static String text(BigDecimal x, int sig) { return Figures.text(round(x, sig)); }

    public static String text(double x, int sig) { return Figures.text(round(x, sig)); }

    /**
     * A positive count in scientific notation with the digits it was given, at least {@code minSig} and at most
     * {@code maxSig} significant figures: 3.14e23 → "3.14 × 10²³", 3e23 → "3.0 × 10²³", 1234 → "1.234 × 10³".
     */
    public static String scientific(BigDecimal x, int minSig, int maxSig) {
        BigDecimal s = scientificValue(x, minSig, maxSig);
        int exponent = s.precision() - s.scale() - 1;
        BigDecimal mantissa = s.movePointLeft(exponent);
        int digits = Math.max(minSig, Math.min(maxSig, s.stripTrailingZeros().precision()));
        mantissa = mantissa.setScale(digits - 1, RoundingMode.HALF_UP);
        return mantissa.toPlainString() + " × 10" + superscript(exponent);
    }

    /** The value {@link #scientific} prints, as a number (for JSON). */
    public static BigDecimal scientificValue(BigDecimal x, int minSig, int maxSig) {
        if (x.signum() <= 0) throw new IllegalArgumentException("a positive count, not " + x);
        int given = x.stripTrailingZeros().precision();
        int digits = Math.max(minSig, Math.min(maxSig, given));
        return x.round(new MathContext(digits, RoundingMode.HALF_UP));
    }

    private static String superscript(int n) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder b = new StringBuilder();
        if (n < 0) b.append('⁻');
        for (char c : Integer.toString(Math.abs(n)).toCharArray()) b.append(digits.charAt(c - '0'));
        return b.toString();
    }
}
