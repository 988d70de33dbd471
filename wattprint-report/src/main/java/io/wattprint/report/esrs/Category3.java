package io.wattprint.report.esrs;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.core.model.EmissionFactor.Boundary;
import io.wattprint.core.scope2.DualScope2;
import io.wattprint.core.scope2.Scope2Factor;
import io.wattprint.report.scope2.Scope2Data;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Scope 3 category 3 of own-operations electricity: the emissions upstream of its generation (fuel extraction, processing
 * and transport, plant construction) that a life-cycle factor counts and a direct one does not (GHG Protocol Scope 3
 * Standard, category 3, "fuel- and energy-related activities not included in Scope 1 or 2"). Per Scope 2 line:
 * MWh × (life-cycle − direct g/kWh) / 1000 tCO2e, where the zone has both factors ({@link Scope2Factor}). It is the
 * difference of two datasets' factors, not a separate well-to-tank and T&amp;D-loss inventory: those two parts are not
 * separately known. Where the zone has no direct factor, the upstream share is inside Scope 2 (life-cycle factor,
 * overstated Scope 2); where it has no life-cycle factor (eGRID subregions), the share is not determined.
 */
final class Category3 {
    /**
     * One Scope 2 line's category 3 share; {@code tonnes} null when not determined, {@code status} says why.
     *
     * @param upstreamGPerKwh life-cycle − direct, g/kWh; null when not determined
     */
    record Line(String label, String zone, BigDecimal mwh, BigDecimal upstreamGPerKwh, BigDecimal tonnes, BigDecimal exactTonnes,
                String status) {
        String tonnesText() { return tonnes == null ? status : Figures.text(exactTonnes, tonnes); }
    }

    static final String DETERMINED = "life-cycle − direct factor";
    static final String IN_SCOPE2 = "not separated: no direct factor, so the upstream share is in Scope 2 (life-cycle factor)";
    static final String NO_LIFECYCLE = "not determined: no life-cycle factor for the zone";
    static final String NOT_KNOWN = "not determined: the factor's boundary is not known";

    private Category3() {}

    static List<Line> of(List<DualScope2.Line> lines, Scope2Data own) {
        List<Double> exact = new ArrayList<>();
        List<Scope2Factor> factors = new ArrayList<>();
        for (DualScope2.Line l : lines) {
            Scope2Factor f = own.factorOf(l.line().label());
            factors.add(f);
            boolean known = f != null && f.upstreamGramsPerKwh() != null;
            // MWh × g/kWh = kg × 1000 / 1000 … : 1 MWh × 1 g/kWh = 1 kg = 0.001 t
            exact.add(known ? l.line().energy().megawattHours() * f.upstreamGramsPerKwh() / 1000 : 0.0);
        }
        List<BigDecimal> shown = ToTotal.apportion(exact, 3);
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            DualScope2.Line l = lines.get(i);
            Scope2Factor f = factors.get(i);
            BigDecimal mwh = Figures.exact(l.line().energy().megawattHours());
            if (f != null && f.upstreamGramsPerKwh() != null) {
                out.add(new Line(l.line().label(), l.line().zone(), mwh, Figures.exact(f.upstreamGramsPerKwh()), shown.get(i),
                        Figures.exact(exact.get(i)), DETERMINED));
            } else {
                String why = f == null || f.boundary() == null ? NOT_KNOWN : f.boundary() == Boundary.LIFECYCLE ? IN_SCOPE2 : NO_LIFECYCLE;
                out.add(new Line(l.line().label(), l.line().zone(), mwh, null, null, null, why));
            }
        }
        return out;
    }

    /** The sum of the determined lines (as shown, so the table adds up); 0.000 when none is determined. */
    static BigDecimal total(List<Line> lines) {
        BigDecimal t = BigDecimal.ZERO.setScale(3);
        for (Line l : lines) if (l.tonnes() != null) t = t.add(l.tonnes());
        return t;
    }

    /** The exact sum of the determined lines (their exact tonnes); 0 when none is determined. */
    static BigDecimal exactTotal(List<Line> lines) {
        BigDecimal t = BigDecimal.ZERO;
        for (Line l : lines) if (l.exactTonnes() != null) t = t.add(l.exactTonnes());
        return t;
    }
}
