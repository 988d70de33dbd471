package io.wattprint.core.facility;

import io.wattprint.core.quantity.Energy;
import io.wattprint.core.quantity.Units;

/** Figures in facility explanations and messages: rounded half-up, without trailing zeros. */
final class Plain {
    private Plain() {}

    static String of(double value, int decimals) { return Units.plain(value, decimals); }

    /** kWh to the watt-hour, as a meter or a bill shows it; below 1 kWh, four significant digits. */
    static String kwh(Energy e) { return kwh(e.kilowattHours()); }

    static String kwh(double kwh) {
        if (kwh == 0 || Math.abs(kwh) >= 1) return of(kwh, 3) + " kWh";
        String s = new java.math.BigDecimal(kwh).round(new java.math.MathContext(4, java.math.RoundingMode.HALF_UP))
                .stripTrailingZeros().toPlainString();
        return s + " kWh";
    }

    /** A share as a percentage with two decimals: 0.8 → "80 %". */
    static String percent(double share) { return of(share * 100, 2) + " %"; }
}
