package io.wattprint.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The rounding rule of every report (METHODOLOGY §12.1): a total is its exact sum rounded half-up to the decimals
 * shown; its parts are apportioned by the largest-remainder (Hamilton) method ({@link #apportion}), so every
 * table's parts add up to its total to the last digit and a quantity computed once prints the same everywhere.
 * A figure on its own is rounded half-up ({@link #round}). Emission factors print with {@link #FACTOR_DECIMALS}.
 * Text formats group thousands with commas; JSON carries the same rounded decimals.
 */
public final class Figures {
    private Figures() {}

    /** Decimals of every emission factor (gCO2e/kWh) printed by a report. */
    public static final int FACTOR_DECIMALS = 2;

    /** An emission factor in gCO2e/kWh as printed: half-up to {@link #FACTOR_DECIMALS} ("380.95", "56.00"). */
    public static String factor(double gramsPerKwh) { return text(gramsPerKwh, FACTOR_DECIMALS); }

    /** A figure as the decimal it prints as (the shortest repr of the double), for exact sums. */
    public static BigDecimal exact(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) throw new IllegalArgumentException("not a figure: " + value);
        return new BigDecimal(Double.toString(value));
    }

    /** The exact sum of {@code exact} rounded half-up to {@code decimals}: the total {@link #apportion} splits. */
    public static BigDecimal total(List<Double> exact, int decimals) {
        return exactSum(exacts(exact)).setScale(decimals, RoundingMode.HALF_UP);
    }

    /** The same for exact decimals. */
    public static BigDecimal totalOfExact(List<BigDecimal> exact, int decimals) {
        return exactSum(exact).setScale(decimals, RoundingMode.HALF_UP);
    }

    /**
     * {@code exact} rounded to {@code decimals} so that the parts add up to {@link #total} (the exact sum rounded
     * half-up): the largest-remainder (Hamilton) method. Each part is first rounded down (toward −∞) to the
     * shown decimals; the units of the last decimal still missing to the total go one each to the parts with the
     * largest remainders, ties to the larger exact value, then to the earlier part. Every part is within one unit
     * of the last decimal of its exact value. Empty list → empty list; all zeros → zeros.
     */
    public static List<BigDecimal> apportion(List<Double> exact, int decimals) {
        return apportionExact(exacts(exact), decimals);
    }

    /** {@link #apportion} of exact decimals. */
    public static List<BigDecimal> apportionExact(List<BigDecimal> exact, int decimals) {
        return apportionExact(totalOfExact(exact, decimals), exact, decimals);
    }

    /**
     * Splits a total already printed elsewhere ({@code total}, at {@code decimals}) over {@code exact} parts by
     * the same largest-remainder rule, so that a table nested under that figure adds up to it. When the total is
     * within one unit of the exact sum (it was rounded or apportioned from it) each part is still within one unit
     * of its exact value; otherwise the surplus (or shortfall) goes round the parts in remainder order.
     */
    public static List<BigDecimal> apportionExact(BigDecimal total, List<BigDecimal> exact, int decimals) {
        int n = exact.size();
        BigInteger target = total.setScale(decimals, RoundingMode.UNNECESSARY).unscaledValue();
        if (n == 0) {
            if (target.signum() != 0) throw new IllegalArgumentException("no parts to carry " + total);
            return List.of();
        }
        BigInteger[] units = new BigInteger[n];
        BigDecimal[] remainder = new BigDecimal[n];
        BigInteger given = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal down = exact.get(i).setScale(decimals, RoundingMode.FLOOR);
            units[i] = down.unscaledValue();
            remainder[i] = exact.get(i).subtract(down);
            given = given.add(units[i]);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) order.add(i);
        order.sort(Comparator.<Integer, BigDecimal>comparing(i -> remainder[i]).reversed()
                .thenComparing(Comparator.<Integer, BigDecimal>comparing(exact::get).reversed())
                .thenComparing(Comparator.naturalOrder()));
        BigInteger left = target.subtract(given);
        int step = left.signum();
        for (long k = 0, m = left.abs().longValueExact(); k < m; k++) {
            // surplus: largest remainders first; shortfall: smallest remainders first (reverse order)
            int i = step > 0 ? order.get((int) (k % n)) : order.get(n - 1 - (int) (k % n));
            units[i] = units[i].add(BigInteger.valueOf(step));
        }
        List<BigDecimal> parts = new ArrayList<>(n);
        for (BigInteger u : units) parts.add(new BigDecimal(u, decimals));
        return parts;
    }

    private static List<BigDecimal> exacts(List<Double> values) {
        List<BigDecimal> l = new ArrayList<>(values.size());
        for (Double v : values) l.add(exact(v));
        return l;
    }

    private static BigDecimal exactSum(List<BigDecimal> exact) {
        return exact.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** {@code value} rounded half-up to {@code decimals} places (the decimal string of the double, not its binary value). */
    public static BigDecimal round(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) throw new IllegalArgumentException("not a figure: " + value);
        return new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP);
    }

    /** The sum of already rounded figures, at their scale (the parts {@link #apportion} gives sum to its total). */
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
