package io.wattprint.core.facility;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.quantity.Energy;

/**
 * The words of kWh in facility explanations and messages: a rule of its own (three decimals, four significant digits
 * below 1 kWh); the numbers are {@link Figures}'. Shares are {@link Figures#plainPercent} at 2 decimals, called directly.
 */
final class Plain {
    private Plain() {}

    /** kWh to the watt-hour, as a meter or a bill shows it; below 1 kWh, four significant digits. */
    static String kwh(Energy e) { return kwh(e.kilowattHours()); }

    static String kwh(double kwh) {
        if (kwh == 0 || Math.abs(kwh) >= 1) return Figures.plain(kwh, 3) + " kWh";
        return Figures.plainSignificant(kwh, 4) + " kWh";
    }
}
