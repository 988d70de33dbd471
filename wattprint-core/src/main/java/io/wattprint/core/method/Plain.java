package io.wattprint.core.method;

import io.wattprint.core.quantity.Units;

/** Figures in explanations: rounded half-up like every output, without trailing zeros. */
final class Plain {
    private Plain() {}

    static String of(double value, int decimals) {
        String s = Units.round(value, decimals).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
