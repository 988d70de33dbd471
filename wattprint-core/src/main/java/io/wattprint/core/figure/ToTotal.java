package io.wattprint.core.figure;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Rounding a list of figures so that it adds up to its total: the total is the exact sum rounded half-up to the
 * decimals shown, and the parts are rounded by the largest-remainder (Hamilton) method. Each part is first rounded
 * down (toward −∞) to whole units of the last decimal; the units still missing to the total go one each to the
 * parts with the largest remainders, ties to the larger part, then to the earlier one. Every part is then within
 * one unit of its exact value and the parts add up to the total exactly. Printing a part whose exact value is not
 * 0 but whose share is: {@link Figures#text(BigDecimal, BigDecimal)}. Exact decimal arithmetic, no doubles.
 */
public final class ToTotal {
    private ToTotal() {}

    /** The exact sum of {@code exact} (doubles as {@link Figures#exact}) rounded half-up to {@code decimals}. */
    public static BigDecimal total(List<Double> exact, int decimals) { return totalOfExact(exacts(exact), decimals); }

    public static BigDecimal totalOfExact(List<BigDecimal> exact, int decimals) {
        return Figures.round(sum(exact), decimals);
    }

    /** {@code exact} rounded to {@code decimals} so that the parts add up to {@link #total}. */
    public static List<BigDecimal> apportion(List<Double> exact, int decimals) {
        return apportionExact(exacts(exact), decimals);
    }

    public static List<BigDecimal> apportionExact(List<BigDecimal> exact, int decimals) {
        return apportionExact(totalOfExact(exact, decimals), exact, decimals);
    }

    /**
     * Splits a total already printed elsewhere ({@code total}, at {@code decimals}) over {@code exact} parts by
     * the same rule, so that a table nested under that figure adds up to it. When the total is within one unit of
     * the exact sum each part is still within one unit of its exact value; otherwise the surplus (or shortfall)
     * goes round the parts in remainder order.
     */
    public static List<BigDecimal> apportionExact(BigDecimal total, List<BigDecimal> exact, int decimals) {
        int n = exact.size();
        BigInteger[] units = new BigInteger[n];
        BigDecimal[] remainder = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            BigDecimal down = exact.get(i).setScale(decimals, RoundingMode.FLOOR);
            units[i] = down.unscaledValue();
            remainder[i] = exact.get(i).subtract(down);
        }
        return distribute(total, decimals, units, remainder, exact);
    }

    /**
     * {@code total} split pro rata to {@code weights} (0 or more, with a positive sum) at {@code total}'s scale,
     * by the same rule: the parts add up to {@code total} exactly.
     */
    public static List<BigDecimal> split(BigDecimal total, List<BigDecimal> weights) {
        BigDecimal sum = sum(weights);
        if (sum.signum() <= 0 || weights.stream().anyMatch(w -> w.signum() < 0)) {
            throw new IllegalArgumentException("weights must be 0 or more with a positive sum");
        }
        int n = weights.size();
        BigDecimal totalUnits = new BigDecimal(total.unscaledValue());
        BigInteger[] units = new BigInteger[n];
        BigDecimal[] remainder = new BigDecimal[n]; // the remainders times sum: the same order, exact
        for (int i = 0; i < n; i++) {
            BigDecimal share = totalUnits.multiply(weights.get(i));
            BigDecimal whole = share.divide(sum, 0, RoundingMode.FLOOR);
            units[i] = whole.toBigIntegerExact();
            remainder[i] = share.subtract(whole.multiply(sum));
        }
        return distribute(total, total.scale(), units, remainder, weights);
    }

    /** The sum of figures, at the largest of their scales (the parts {@link #apportion} gives sum to its total). */
    public static BigDecimal sum(Collection<BigDecimal> figures) {
        return figures.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<BigDecimal> distribute(BigDecimal total, int decimals, BigInteger[] units,
                                               BigDecimal[] remainder, List<BigDecimal> size) {
        int n = units.length;
        BigInteger target = total.setScale(decimals, RoundingMode.UNNECESSARY).unscaledValue();
        if (n == 0) {
            if (target.signum() != 0) throw new IllegalArgumentException("no parts to carry " + total);
            return List.of();
        }
        BigInteger given = BigInteger.ZERO;
        for (BigInteger u : units) given = given.add(u);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) order.add(i);
        order.sort(Comparator.<Integer, BigDecimal>comparing(i -> remainder[i]).reversed()
                .thenComparing(Comparator.<Integer, BigDecimal>comparing(size::get).reversed())
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
        for (Double v : values) l.add(Figures.exact(v));
        return l;
    }
}
