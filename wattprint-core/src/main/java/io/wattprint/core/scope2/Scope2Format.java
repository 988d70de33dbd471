package io.wattprint.core.scope2;

import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Figures in warnings and explanations: MWh and tonnes to 12 significant digits, no trailing zeros. */
final class Scope2Format {
    private static final MathContext TWELVE = new MathContext(12, RoundingMode.HALF_UP);

    private Scope2Format() {}

    static String mwh(Energy e) { return plain(e.megawattHours()); }

    static String tonnes(Co2e c) { return plain(c.tonnes()); }

    static String plain(double v) {
        if (!Double.isFinite(v)) return Double.toString(v);
        if (v == 0) return "0";
        return new BigDecimal(v).round(TWELVE).stripTrailingZeros().toPlainString();
    }
}
