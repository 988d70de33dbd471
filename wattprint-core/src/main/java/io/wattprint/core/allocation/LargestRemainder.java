package io.wattprint.core.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits an amount pro rata into parts that add up to it exactly (Hamilton's largest-remainder
 * method): the amount is counted in quanta of 10^-scale; each part first gets the whole quanta
 * of its exact share, then the quanta left over go one each to the parts with the largest
 * remainders (ties: the earlier part). Exact decimal arithmetic throughout, no doubles.
 */
final class LargestRemainder {
    private LargestRemainder() {}

    /** The amount rounded half-even to {@code scale} decimals: what {@link #split} distributes. */
    static BigDecimal quantise(double amount, int scale) {
        return new BigDecimal(amount).setScale(scale, RoundingMode.HALF_EVEN);
    }

    /**
     * Parts of {@code total} (already at {@code scale}) in proportion to {@code weights}, which
     * must be 0 or more with a positive sum; each part has {@code scale} decimals and they sum to
     * {@code total} exactly.
     */
    static List<BigDecimal> split(BigDecimal total, int scale, List<BigDecimal> weights) {
        BigInteger units = total.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue();
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() <= 0) throw new IllegalArgumentException("weights must have a positive sum");
        int n = weights.size();
        BigInteger[] whole = new BigInteger[n];
        BigDecimal[] remainder = new BigDecimal[n];
        BigInteger given = BigInteger.ZERO;
        BigDecimal u = new BigDecimal(units);
        for (int i = 0; i < n; i++) {
            BigDecimal[] qr = u.multiply(weights.get(i)).divideAndRemainder(sum);
            whole[i] = qr[0].toBigIntegerExact();
            remainder[i] = qr[1];
            given = given.add(whole[i]);
        }
        int left = units.subtract(given).intValueExact(); // < n: each remainder is < one quantum
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) order.add(i);
        order.sort(Comparator.<Integer, BigDecimal>comparing(i -> remainder[i]).reversed().thenComparing(i -> i));
        for (int k = 0; k < left; k++) whole[order.get(k)] = whole[order.get(k)].add(BigInteger.ONE);
        List<BigDecimal> parts = new ArrayList<>(n);
        for (BigInteger w : whole) parts.add(new BigDecimal(w, scale));
        return parts;
    }
}
