package io.wattprint.core.scope2;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;

/** Words of the figures in warnings and explanations: MWh and tonnes to 12 significant digits ({@link Figures}). */
final class Scope2Format {
    /** Significant digits of MWh and tonnes in words (and of a refused input, when it is a number). */
    static final int SIGNIFICANT = 12;

    private Scope2Format() {}

    static String mwh(Energy e) { return Figures.plainSignificant(e.megawattHours(), SIGNIFICANT); }

    /** A factor as the reports print it: gCO2e/kWh half-up to 2 decimals ("380.95 gCO2e/kWh"). */
    static String factor(CarbonIntensity f) {
        return Figures.format(f.gramsPerKwh(), Figures.FACTOR_DECIMALS) + " gCO2e/kWh";
    }

    static String tonnes(Co2e c) { return Figures.plainSignificant(c.tonnes(), SIGNIFICANT); }
}
