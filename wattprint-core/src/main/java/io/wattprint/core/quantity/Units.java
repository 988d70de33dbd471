package io.wattprint.core.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Display rounding shared by every output: half-up at a fixed number of decimals. One rule more, so that
 * no non-zero figure prints as zero (DESIGN.md "One number rule"): a value that is not 0 but would round
 * to 0 at those decimals is shown with its first {@value #SIGNIFICANT} significant digits instead.
 */
public final class Units {
    /** Significant digits kept for a non-zero value too small for the decimals asked for. */
    public static final int SIGNIFICANT = 3;

    private Units() {}

    public static BigDecimal round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    /** {@code value} at {@code decimals} decimals (trailing zeros kept), or its significant digits when that shows 0. */
    public static String format(double value, int decimals) {
        BigDecimal r = round(value, decimals);
        if (r.signum() == 0 && value != 0) return significant(value);
        return r.toPlainString();
    }

    /** Like {@link #format} without trailing zeros, and never "-0": 1.5, 700, 0.00005. */
    public static String plain(double value, int decimals) {
        BigDecimal r = round(value, decimals);
        if (r.signum() == 0) return value == 0 ? "0" : significant(value);
        return r.stripTrailingZeros().toPlainString();
    }

    private static String significant(double value) {
        return BigDecimal.valueOf(value).round(new MathContext(SIGNIFICANT, RoundingMode.HALF_UP))
                .stripTrailingZeros().toPlainString();
    }
}
