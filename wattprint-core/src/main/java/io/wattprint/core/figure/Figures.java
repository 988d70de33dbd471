package io.wattprint.core.figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * One figure: its exact value, its rounding and its text, by the rule in {@code package-info} — the shortest
 * decimal of a double, half-up rounding, and a non-zero figure that would print as zero shown with its first
 * {@value #FALLBACK_SIGNIFICANT} significant digits instead. Lists that must add up to a total: {@link ToTotal}.
 */
public final class Figures {
    /** Significant digits a non-zero figure keeps when its rounded value would be 0. */
    public static final int FALLBACK_SIGNIFICANT = 3;

    /** Decimals of every emission factor (gCO2e/kWh) printed. */
    public static final int FACTOR_DECIMALS = 2;

    private Figures() {}

    /** The decimal a double stands for: its shortest representation ({@link BigDecimal#valueOf(double)}). */
    public static BigDecimal exact(double value) {
        if (!Double.isFinite(value)) throw new IllegalArgumentException("not a figure: " + value);
        return BigDecimal.valueOf(value);
    }

    /**
     * The exact value of a quotient that has no finite decimal (a share, an intensity): {@code a ÷ b} half-up to 16
     * significant digits (as many as a double's shortest decimal has), trailing zeros dropped; 1 ÷ 3 → 0.3333333333333333.
     */
    public static BigDecimal quotient(BigDecimal a, BigDecimal b) {
        return a.divide(b, new MathContext(16, RoundingMode.HALF_UP)).stripTrailingZeros();
    }

    /** {@code value} half-up to {@code decimals} places, trailing zeros kept. */
    public static BigDecimal round(double value, int decimals) { return round(exact(value), decimals); }

    public static BigDecimal round(BigDecimal value, int decimals) {
        return value.setScale(decimals, RoundingMode.HALF_UP);
    }

    /**
     * {@code value} half-up to {@code sig} significant digits, but never to fewer than its integer digits
     * (12,345.6 at 3 is 12,346, not 12,300); trailing zeros kept (1 at 3 is 1.00); 0 is 0 with sig − 1 decimals.
     */
    public static BigDecimal significant(BigDecimal value, int sig) {
        if (sig < 1) throw new IllegalArgumentException("at least one significant digit, not " + sig);
        if (value.signum() == 0) return BigDecimal.ZERO.setScale(sig - 1);
        // the leading digit is at 10^(precision − scale − 1); keep sig digits from there, at least 0 decimals
        BigDecimal r = value.setScale(Math.max(0, sig - value.precision() + value.scale()), RoundingMode.HALF_UP);
        // rounding can carry into a new leading digit (9.995 → 10.00): one decimal fewer keeps sig digits
        int decimals = Math.max(0, sig - r.precision() + r.scale());
        return decimals < r.scale() ? r.setScale(decimals, RoundingMode.UNNECESSARY) : r;
    }

    public static BigDecimal significant(double value, int sig) { return significant(exact(value), sig); }

    /** {@code value} at {@code decimals} decimals, trailing zeros kept ("21.250"); non-zero rule. */
    public static String format(double value, int decimals) { return format(exact(value), decimals); }

    public static String format(BigDecimal value, int decimals) {
        return shown(value, round(value, decimals)).toPlainString();
    }

    /** Like {@link #format} without trailing zeros: 1.5, 700, 0.00005. */
    public static String plain(double value, int decimals) { return plain(exact(value), decimals); }

    public static String plain(BigDecimal value, int decimals) {
        return integral(shown(value, round(value, decimals)).stripTrailingZeros()).toPlainString();
    }

    /** {@code value} at {@code sig} significant digits ({@link #significant}), trailing zeros dropped: "1.001". */
    public static String plainSignificant(double value, int sig) { return plainSignificant(exact(value), sig); }

    public static String plainSignificant(BigDecimal value, int sig) {
        return integral(significant(value, sig).stripTrailingZeros()).toPlainString();
    }

    /** Every digit of the shortest representation, plain notation: 0.1 → "0.1", 1e21 → "1000000000000000000000". */
    public static String shortest(double value) { return shortest(exact(value)); }

    /** Every digit of {@code value}, trailing zeros dropped, plain notation: 2.500 → "2.5", 0.000 → "0". */
    public static String shortest(BigDecimal value) { return integral(value.stripTrailingZeros()).toPlainString(); }

    /**
     * {@code rounded}, the figure shown for {@code exact} (rounded alone or apportioned by {@link ToTotal}), in
     * plain notation with its scale; when it is 0 and {@code exact} is not, {@code exact}'s first {@value
     * #FALLBACK_SIGNIFICANT} significant digits instead. {@link #text(BigDecimal, BigDecimal)} groups thousands.
     */
    public static String format(BigDecimal exact, BigDecimal rounded) { return shown(exact, rounded).toPlainString(); }

    /**
     * The decimals that keep {@code sig} significant digits of the smallest non-zero {@code figures} (by
     * magnitude), from {@code min} to {@code max}; {@code min} when none is non-zero. 0.0000026 at 3 → 8.
     */
    public static int decimalsFor(Collection<BigDecimal> figures, int sig, int min, int max) {
        BigDecimal smallest = null;
        for (BigDecimal f : figures) {
            if (f.signum() != 0 && (smallest == null || f.abs().compareTo(smallest) < 0)) smallest = f.abs();
        }
        if (smallest == null) return min;
        int leading = smallest.precision() - smallest.scale() - 1; // 0 for 1.5, −6 for 0.0000026
        return Math.max(min, Math.min(max, sig - 1 - leading));
    }

    /** {@link #significant} with thousands separators: 1234.5 at 3 → "1,235", 0.012345 → "0.0123". */
    public static String significantText(BigDecimal value, int sig) { return text(significant(value, sig)); }

    public static String significantText(double value, int sig) { return text(significant(value, sig)); }

    /** A figure already rounded, with thousands separators and its scale: 1234567.891 → "1,234,567.891". */
    public static String text(BigDecimal rounded) {
        String plain = rounded.toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder b = new StringBuilder(negative ? "-" : "");
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) b.append(',');
            b.append(whole.charAt(i));
        }
        return b.append(point < 0 ? "" : digits.substring(point)).toString();
    }

    /**
     * The decimals of the text {@link #text(BigDecimal, BigDecimal)} prints for {@code rounded}, shown for {@code
     * exact}: {@code rounded}'s scale, or the more decimals the non-zero rule needs (6.25E-9 shown 0.000 → 11, its
     * text "0.00000000625"); never below 0. A JSON fact states it beside the exact value (METHODOLOGY §5.1).
     */
    public static int decimalsShown(BigDecimal exact, BigDecimal rounded) { return Math.max(0, shown(exact, rounded).scale()); }

    /** {@code value} half-up to {@code decimals} with thousands separators; non-zero rule. */
    public static String text(double value, int decimals) { return text(exact(value), decimals); }

    public static String text(BigDecimal value, int decimals) { return text(shown(value, round(value, decimals))); }

    /**
     * The text of {@code rounded}, the figure shown for {@code exact} (rounded alone or apportioned by {@link
     * ToTotal}), with thousands separators; when it is 0 and {@code exact} is not, {@code exact}'s first {@value
     * #FALLBACK_SIGNIFICANT} significant digits instead.
     */
    public static String text(BigDecimal exact, BigDecimal rounded) { return text(shown(exact, rounded)); }

    /** A share 0–1 as a percentage with {@code decimals} places (the share's decimal × 100): 0.4567 at 1 → "45.7 %". */
    public static String percent(double share, int decimals) {
        return format(exact(share).movePointRight(2), decimals) + " %";
    }

    /** The number {@link #percent} rounds: the share's decimal × 100, half-up to {@code decimals} (for JSON). */
    public static BigDecimal percentValue(double share, int decimals) {
        return round(exact(share).movePointRight(2), decimals);
    }

    /** {@link #percent} without trailing zeros: 0.8 at 2 → "80 %", 0.12345 at 2 → "12.35 %". */
    public static String plainPercent(double share, int decimals) {
        return plain(exact(share).movePointRight(2), decimals) + " %";
    }

    /** An emission factor in gCO2e/kWh: half-up to {@link #FACTOR_DECIMALS} ("380.95", "56.00"). */
    public static String factor(double gramsPerKwh) { return text(gramsPerKwh, FACTOR_DECIMALS); }

    /** The non-zero rule: {@code rounded}, or {@code exact} to its first significant digits when only it is non-zero. */
    static BigDecimal shown(BigDecimal exact, BigDecimal rounded) {
        if (rounded.signum() != 0 || exact.signum() == 0) return rounded;
        return exact.round(new MathContext(FALLBACK_SIGNIFICANT, RoundingMode.HALF_UP)).stripTrailingZeros();
    }

    /** 1E+3 → 1000: plain text of an integral value keeps no negative scale. */
    private static BigDecimal integral(BigDecimal v) { return v.scale() < 0 ? v.setScale(0) : v; }
}
