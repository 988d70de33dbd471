package io.wattprint.core.figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Very large counts (FLOPs) in scientific notation, 3.1 × 10²³, rounded half-up like every other figure. */
public final class Scientific {
    private static final String SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Scientific() {}

    /**
     * A positive count with the digits it was given, at least {@code minSig} and at most {@code maxSig} significant
     * digits: 3.14e23 → "3.14 × 10²³", 3e23 → "3.0 × 10²³", 1234 → "1.234 × 10³".
     */
    public static String text(BigDecimal x, int minSig, int maxSig) {
        BigDecimal s = value(x, minSig, maxSig);
        int exponent = s.precision() - s.scale() - 1;
        int digits = Math.max(minSig, Math.min(maxSig, s.stripTrailingZeros().precision()));
        BigDecimal mantissa = s.movePointLeft(exponent).setScale(digits - 1, RoundingMode.HALF_UP);
        return mantissa.toPlainString() + " × 10" + superscript(exponent);
    }

    /** The value {@link #text} prints, as a number (for JSON). */
    public static BigDecimal value(BigDecimal x, int minSig, int maxSig) {
        if (x.signum() <= 0) throw new IllegalArgumentException("a positive count, not " + x);
        int digits = Math.max(minSig, Math.min(maxSig, x.stripTrailingZeros().precision()));
        return x.round(new MathContext(digits, RoundingMode.HALF_UP));
    }

    private static String superscript(int n) {
        StringBuilder b = new StringBuilder(n < 0 ? "⁻" : "");
        for (char c : Integer.toString(Math.abs(n)).toCharArray()) b.append(SUPERSCRIPT.charAt(c - '0'));
        return b.toString();
    }
}
