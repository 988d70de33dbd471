package io.wattprint.core.scope2;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.quantity.CarbonIntensity;
import java.util.Objects;

/**
 * The residual-mix emission factor of a zone for a calendar year: the grid's emissions once the
 * attributes claimed through instruments are taken out (for Europe, the AIB's European Residual
 * Mixes). Consumption no instrument covers gets this factor in the market-based method, not the
 * grid average, which would count the claimed renewable attributes a second time.
 *
 * <p>{@code composition} is the residual mix's split into renewable, nuclear and fossil sources, as the AIB publishes it
 * beside the factor; null when it was not recorded (ESRS E1-5 then cannot split the uncovered MWh, METHODOLOGY §12.4).
 */
public record ResidualMix(String zone, int year, CarbonIntensity intensity, String source, Composition composition) {
    /** Shares in percent; they must add up to 100 within {@value #TOLERANCE} points and are applied divided by their sum. */
    public record Composition(double renewablePct, double nuclearPct, double fossilPct) {
        public static final double TOLERANCE = 0.5;

        public Composition {
            check("renewable", renewablePct);
            check("nuclear", nuclearPct);
            check("fossil", fossilPct);
            double sum = renewablePct + nuclearPct + fossilPct;
            if (Math.abs(sum - 100) > TOLERANCE) {
                throw new IllegalArgumentException("residual mix composition: renewable + nuclear + fossil must be 100 % (± "
                        + TOLERANCE + "), got " + sum);
            }
        }

        private static void check(String what, double pct) {
            if (!Double.isFinite(pct) || pct < 0 || pct > 100) {
                throw new IllegalArgumentException("residual mix composition: " + what + " share must be 0 to 100 %, got " + pct);
            }
        }

        double sum() { return renewablePct + nuclearPct + fossilPct; }

        /** The renewable, nuclear and fossil parts of {@code mwh}, in that order; they add up to it. */
        public double[] split(double mwh) {
            double s = sum();
            return new double[] {mwh * renewablePct / s, mwh * nuclearPct / s, mwh * fossilPct / s};
        }

        @Override
        public String toString() {
            return "renewable " + Figures.shortest(renewablePct) + " %, nuclear " + Figures.shortest(nuclearPct) + " %, fossil " + Figures.shortest(fossilPct) + " %";
        }

    }

    public ResidualMix {
        if (zone == null || zone.isBlank()) throw new IllegalArgumentException("residual mix: zone is required");
        if (year < 1990 || year > 2100) {
            throw new IllegalArgumentException("residual mix " + zone + ": year must be 1990 to 2100, got " + year);
        }
        Objects.requireNonNull(intensity, "residual mix " + zone + " " + year + ": factor");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("residual mix " + zone + " " + year + ": source is required (who published the factor)");
        }
    }

    /** A residual mix whose composition was not recorded. */
    public ResidualMix(String zone, int year, CarbonIntensity intensity, String source) {
        this(zone, year, intensity, source, null);
    }

    /** One line for an audit trail. */
    public String citation() {
        return intensity + " residual mix for " + zone + ", " + year + ", source: " + source
                + (composition == null ? "" : "; " + composition);
    }
}
