package io.wattprint.cli.out;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;

/**
 * Figures for people: four significant digits ({@link Figures#plainSignificant}) in a unit that suits the size (Wh for a short
 * run, MWh for a training campaign). Machine output (--json, csv) keeps kWh and kg unrounded.
 */
public final class Human {
    private Human() {}

    public static String energy(Energy e) {
        double kwh = e.kilowattHours();
        if (kwh >= 1000) return sig(e.megawattHours()) + " MWh";
        if (kwh >= 1) return sig(kwh) + " kWh";
        return sig(e.wattHours()) + " Wh";
    }

    public static String co2e(Co2e c) {
        if (c.tonnes() >= 1) return sig(c.tonnes()) + " t";
        if (c.kilograms() >= 1) return sig(c.kilograms()) + " kg";
        if (c.grams() >= 1) return sig(c.grams()) + " g";
        return sig(c.grams() * 1000) + " mg";
    }

    static String sig(double v) { return Figures.plainSignificant(v, 4); }
}
