package io.wattprint.core.facility;

import io.wattprint.core.quantity.Energy;
import io.wattprint.core.quantity.Units;

/** Figures in facility explanations and messages: rounded half-up, without trailing zeros. */
final class Plain {
    private Plain() {}

    static String of(double value, int decimals) {
        String s = Units.round(value, decimals).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** kWh to the watt-hour: what a meter or a bill shows. */
    static String kwh(Energy e) { return of(e.kilowattHours(), 3) + " kWh"; }

    static String kwh(double kwh) { return of(kwh, 3) + " kWh"; }

    /** A share as a percentage with two decimals: 0.8 → "80 %". */
    static String percent(double share) { return of(share * 100, 2) + " %"; }
}
