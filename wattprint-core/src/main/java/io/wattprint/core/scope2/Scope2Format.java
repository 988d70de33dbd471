package io.wattprint.core.scope2;

import io.wattprint.core.quantity.CarbonIntensity;
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

    /** A factor as the reports print it: gCO2e/kWh half-up to 2 decimals ("380.95 gCO2e/kWh"). */
    static String factor(CarbonIntensity f) {
        return new BigDecimal(Double.toString(f.gramsPerKwh())).setScale(2, RoundingMode.HALF_UP).toPlainString()
                + " gCO2e/kWh";
    }

    static String tonnes(Co2e c) { return plain(c.tonnes()); }

    static String plain(double v) {
        if (!Double.isFinite(v)) return Double.toString(v);
        if (v == 0) return "0";
        return new BigDecimal(v).round(TWELVE).stripTrailingZeros().toPlainString();
    }
}
