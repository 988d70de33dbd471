package io.wattprint.core.scope2;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.EmissionFactor.Boundary;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The grid factor a location-based Scope 2 line uses, chosen by boundary, and what is left for Scope 3 category 3.
 *
 * <p>Scope 2 counts the emissions of generating the electricity (combustion at the plant, "direct"); the emissions
 * upstream of generation (fuel extraction and transport, plant construction: what a life-cycle factor adds) belong
 * to Scope 3 category 3, "fuel- and energy-related activities" (GHG Protocol Scope 3 Standard, ch. 5, category 3).
 * So (METHODOLOGY.md §3.3):
 * <ul>
 *   <li>a run whose stored factor is direct keeps it; its upstream share is not known (no life-cycle factor);</li>
 *   <li>a run whose stored factor is life-cycle gets the zone's direct factor for Scope 2, and the difference
 *       (life-cycle − direct, g/kWh) is its Scope 3 category 3 share;</li>
 *   <li>a zone with a life-cycle factor and no direct one keeps the life-cycle factor, labelled so, with a warning:
 *       its Scope 2 then includes the upstream share (overstated) and a total over such lines and direct ones mixes
 *       the two boundaries, which the total's label says;</li>
 *   <li>a factor whose boundary is not known (not a shipped factor) is used as stored, with a warning.</li>
 * </ul>
 *
 * @param boundary            the boundary of {@link #gramsPerKwh}; null when not known
 * @param upstreamGramsPerKwh life-cycle − direct for the same zone (Scope 3 category 3 per kWh); null when not known
 * @param factorText          the factor as a report prints it: boundary, value, year, source
 * @param warning             why this line's Scope 2 is not on the direct boundary, or why its upstream is not
 *                            known; null when neither
 */
public record Scope2Factor(String zone, double gramsPerKwh, Boundary boundary, Double upstreamGramsPerKwh,
                           String factorText, String warning) {
    public Scope2Factor {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(factorText, "factorText");
        if (!Double.isFinite(gramsPerKwh) || gramsPerKwh < 0) {
            throw new IllegalArgumentException("Scope 2 factor for " + zone + " must be finite and not negative, got " + gramsPerKwh);
        }
    }

    /**
     * Applies the boundary rule to a run's stored factor.
     *
     * @param storedGramsPerKwh the factor the run's footprint used (the engineering view's factor)
     * @param storedBoundary    its boundary, null when not known
     * @param storedYear        its year, null when not known
     * @param storedSource      its source text
     * @param direct            the zone's direct factor, null when none is shipped (only consulted for a life-cycle factor)
     */
    public static Scope2Factor resolve(String zone, double storedGramsPerKwh, Boundary storedBoundary, Integer storedYear,
                                       String storedSource, EmissionFactor direct) {
        String stored = Figures.shortest(storedGramsPerKwh) + " gCO2e/kWh" + (storedYear == null ? "" : ", " + storedYear) + ", " + storedSource;
        if (storedBoundary == Boundary.DIRECT) {
            return new Scope2Factor(zone, storedGramsPerKwh, Boundary.DIRECT, null, "direct (combustion) factor " + stored, null);
        }
        if (storedBoundary == null) {
            return new Scope2Factor(zone, storedGramsPerKwh, null, null, "factor (boundary not known) " + stored,
                    "the boundary (direct or life-cycle) of the factor for " + zone + " is not known (not a shipped factor, "
                            + "e.g. an imported series): Scope 2 uses it as stored");
        }
        if (direct == null) {
            return new Scope2Factor(zone, storedGramsPerKwh, Boundary.LIFECYCLE, null, "life-cycle factor " + stored
                    + " (no direct factor for " + zone + ")", "no direct (combustion) factor for " + zone + ": Scope 2 uses its "
                    + "life-cycle factor, which includes upstream emissions (Scope 3 category 3) and so overstates Scope 2");
        }
        double d = direct.intensity().gramsPerKwh();
        String text = "direct (combustion) factor " + Figures.shortest(d) + " gCO2e/kWh, " + direct.year() + ", " + direct.source();
        if (storedYear != null && storedYear != direct.year()) {
            text += " (life-cycle factor of " + storedYear + ", direct factor of " + direct.year() + ")";
        }
        if (d > storedGramsPerKwh) {
            return new Scope2Factor(zone, d, Boundary.DIRECT, null, text, "the direct factor for " + zone + " (" + Figures.shortest(d)
                    + " g/kWh) is above its life-cycle factor (" + Figures.shortest(storedGramsPerKwh) + " g/kWh): the two sources are "
                    + "not comparable, so its Scope 3 category 3 share is not determined");
        }
        return new Scope2Factor(zone, d, Boundary.DIRECT, storedGramsPerKwh - d, text, null);
    }

    /** "direct", "life-cycle" or "not known". */
    public static String label(Boundary b) {
        return b == null ? "not known" : b == Boundary.DIRECT ? "direct" : "life-cycle";
    }

    /**
     * The boundary of a total over these lines: "direct" or "life-cycle" when they agree, else "mixed: direct for …;
     * life-cycle for … (no direct factor)"; "none" for no line.
     */
    public static String totalBoundary(Collection<Scope2Factor> lines) {
        TreeSet<String> direct = new TreeSet<>(), lifecycle = new TreeSet<>(), unknown = new TreeSet<>();
        for (Scope2Factor f : lines) {
            (f.boundary == Boundary.DIRECT ? direct : f.boundary == Boundary.LIFECYCLE ? lifecycle : unknown).add(f.zone);
        }
        int kinds = (direct.isEmpty() ? 0 : 1) + (lifecycle.isEmpty() ? 0 : 1) + (unknown.isEmpty() ? 0 : 1);
        if (kinds == 0) return "none";
        if (kinds == 1) return !direct.isEmpty() ? "direct" : !lifecycle.isEmpty() ? "life-cycle (no direct factor)" : "not known";
        List<String> parts = new java.util.ArrayList<>();
        if (!direct.isEmpty()) parts.add("direct for " + String.join(", ", direct));
        if (!lifecycle.isEmpty()) parts.add("life-cycle for " + String.join(", ", lifecycle) + " (no direct factor)");
        if (!unknown.isEmpty()) parts.add("not known for " + String.join(", ", unknown));
        return "mixed: " + String.join("; ", parts);
    }

}
