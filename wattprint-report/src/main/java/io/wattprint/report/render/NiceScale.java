package io.wattprint.report.render;

import io.wattprint.core.figure.Figures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The value axis of a chart: from {@code low} to {@code high} in steps of {@code step}, where the step is 1, 2 or 5
 * times a power of ten and the axis always includes zero (bars grow from zero). About five intervals: the step is
 * the range divided by five, rounded to the nearest nice number (below 1.5 → 1, below 3 → 2, below 7 → 5, else 10,
 * as in Heckbert's "Nice numbers for graph labels", Graphics Gems 1990), so an axis has 3 to 8 intervals. Ticks are
 * exact decimals, so a label is "0.3", never "0.30000000000000004". An all-zero chart gets the axis 0 to 1.
 */
record NiceScale(BigDecimal low, BigDecimal high, BigDecimal step) {
    private static final int TARGET_INTERVALS = 5;

    /** The axis for data from {@code min} to {@code max} (finite; zero is added to the range). */
    static NiceScale of(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            throw new IllegalArgumentException("a chart axis needs finite values, not " + min + " to " + max);
        }
        double lo = Math.min(0, min);
        double hi = Math.max(0, max);
        if (lo == hi) hi = 1;
        BigDecimal step = niceStep((hi - lo) / TARGET_INTERVALS);
        BigDecimal low = Figures.exact(lo).divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal high = Figures.exact(hi).divide(step, 0, RoundingMode.CEILING).multiply(step);
        return new NiceScale(low.stripTrailingZeros(), high.stripTrailingZeros(), step);
    }

    /** 1, 2, 5 or 10 times the power of ten of {@code raw}, the nearest to it. */
    static BigDecimal niceStep(double raw) {
        int exponent = (int) Math.floor(Math.log10(raw));
        double fraction = raw / Math.pow(10, exponent);
        int nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        return BigDecimal.valueOf(nice).scaleByPowerOfTen(exponent).stripTrailingZeros();
    }

    /** The tick values from low to high, inclusive. */
    List<BigDecimal> ticks() {
        List<BigDecimal> ticks = new ArrayList<>();
        for (BigDecimal t = low; t.compareTo(high) <= 0; t = t.add(step)) ticks.add(t);
        return ticks;
    }

    /** A tick as printed: grouped like the report's tables, no trailing zeros ("1,500", "0.25", "-200"). */
    static String label(BigDecimal tick) {
        BigDecimal t = tick.stripTrailingZeros();
        return Figures.text(t.scale() < 0 ? t.setScale(0) : t);
    }

    /** Where {@code value} lies between low (0) and high (1). */
    double fraction(double value) {
        double lo = low.doubleValue();
        return (value - lo) / (high.doubleValue() - lo);
    }
}
