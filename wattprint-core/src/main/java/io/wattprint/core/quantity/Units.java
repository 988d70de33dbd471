package io.wattprint.core.quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Display rounding shared by every output: half-up at a fixed number of decimals. */
public final class Units {
    private Units() {}

    public static BigDecimal round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    public static String format(double value, int decimals) {
        return round(value, decimals).toPlainString();
    }
}
