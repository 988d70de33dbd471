package io.wattprint.core.method;

import io.wattprint.core.quantity.Units;

/** Figures in explanations: {@link Units#plain}, the rule of every output. */
final class Plain {
    private Plain() {}

    static String of(double value, int decimals) { return Units.plain(value, decimals); }
}
