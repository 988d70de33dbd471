package io.wattprint.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collection;
import java.util.Locale;

/**
 * The rounding rule of every report (METHODOLOGY "Reports"): a figure is rounded half-up to the decimals its
 * column shows; a total is the sum of the rounded figures above it, so the printed parts add up to the printed
 * total to the last digit. Text formats group thousands with commas; JSON carries the same rounded decimals.
 */
public final class Figures {
    private Figures() {}

    /** {@code value} rounded half-up to {@code decimals} places (the decimal string of the double, not its binary value). */
    public static BigDecimal round(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) throw new IllegalArgumentException("not a figure: " + value);
        return new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP);
    }

    /** The sum of already rounded figures, at their scale. */
    public static BigDecimal sum(Collection<BigDecimal> rounded) {
        return rounded.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** 1234567.891 → "1,234,567.891"; keeps the figure's scale; negative zero is printed as 0. */
    public static String text(BigDecimal rounded) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMinimumFractionDigits(Math.max(0, rounded.scale()));
        f.setMaximumFractionDigits(Math.max(0, rounded.scale()));
        f.setRoundingMode(RoundingMode.UNNECESSARY);
        String s = f.format(rounded);
        return s.startsWith("-") && rounded.signum() == 0 ? s.substring(1) : s;
    }

    /** {@code round} then {@code text}. */
    public static String text(double value, int decimals) { return text(round(value, decimals)); }

    /** A share 0–1 as a percentage with {@code decimals} places: 0.4567 → "45.7 %". */
    public static String percent(double share, int decimals) { return text(round(share * 100, decimals)) + " %"; }
}
