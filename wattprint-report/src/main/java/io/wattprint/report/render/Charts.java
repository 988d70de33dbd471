package io.wattprint.report.render;

import io.wattprint.core.figure.Figures;

/** What every renderer shares about charts: how a plotted value is printed as data. */
final class Charts {
    private Charts() {}

    /** A chart value as data: 4 significant digits, plain notation, trailing zeros dropped. */
    static String value(double v) {
        return Figures.plainSignificant(v, 4);
    }
}
