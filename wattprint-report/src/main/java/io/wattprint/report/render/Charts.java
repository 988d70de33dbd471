package io.wattprint.report.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** What every renderer shares about charts: how a plotted value is printed as data. */
final class Charts {
    private Charts() {}

    /** A chart value as data: 4 significant digits, plain notation, trailing zeros dropped. */
    static String value(double v) {
        if (v == 0) return "0";
        BigDecimal d = new BigDecimal(Double.toString(v)).round(new MathContext(4, RoundingMode.HALF_UP)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
