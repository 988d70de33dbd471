package io.wattprint.core.method;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.model.EmissionFactor.Basis;
import io.wattprint.core.model.EmissionFactor.Boundary;
import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Explanation;
import io.wattprint.core.model.FactorShare;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Energy;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the footprint calculator applied, grouped for the audit trail: one line per stand-alone
 * factor (an annual value), one line per factor series (points used, their span, kWh and the
 * energy-weighted mean factor) rather than one per hour, and a note per fallback (which series did
 * not cover which instant, for how many intervals and kWh) and when bases or boundaries were mixed.
 */
final class AppliedFactors {
    /** Energy and emissions under one factor or one series. */
    private static final class Group {
        final EmissionFactor first;
        final String series;
        double kwh;
        double grams;
        double minG = Double.POSITIVE_INFINITY;
        double maxG = Double.NEGATIVE_INFINITY;
        final Set<Instant> points = new HashSet<>();
        Instant from;
        Instant to;

        Group(EmissionFactor first, String series) {
            this.first = first;
            this.series = series;
        }
    }

    /** Energy that got a fallback factor because no point of the named series covered it. */
    private static final class Fallback {
        Instant firstUncovered;
        int intervals;
        EnergyInterval lastInterval;
        double kwh;
    }

    final Map<Object, Group> groups = new LinkedHashMap<>();
    private final Map<String, Fallback> fallbacks = new LinkedHashMap<>();
    private final Map<Basis, Double> kwhByBasis = new EnumMap<>(Basis.class);
    private final Map<Boundary, Double> kwhByBoundary = new EnumMap<>(Boundary.class);
    final Set<String> notes = new LinkedHashSet<>();
    double grams;

    void add(FactorShare share, Energy facilityEnergy, EnergyInterval interval) {
        EmissionFactor f = share.factor();
        double g = f.intensity().times(facilityEnergy).grams();
        double kwh = facilityEnergy.kilowattHours();
        grams += g;
        Group group = groups.computeIfAbsent(share.series() != null ? share.series() : f, k -> new Group(f, share.series()));
        group.kwh += kwh;
        group.grams += g;
        group.minG = Math.min(group.minG, f.intensity().gramsPerKwh());
        group.maxG = Math.max(group.maxG, f.intensity().gramsPerKwh());
        if (share.series() != null) {
            group.points.add(f.validFrom());
            if (group.from == null || f.validFrom().isBefore(group.from)) group.from = f.validFrom();
            if (group.to == null || f.validTo().isAfter(group.to)) group.to = f.validTo();
        }
        if (share.isFallback()) {
            Fallback fb = fallbacks.computeIfAbsent(share.fallbackFor(), k -> new Fallback());
            if (fb.firstUncovered == null || share.uncoveredFrom().isBefore(fb.firstUncovered)) fb.firstUncovered = share.uncoveredFrom();
            if (fb.lastInterval != interval) fb.intervals++;
            fb.lastInterval = interval;
            fb.kwh += kwh;
        }
        kwhByBasis.merge(f.basis(), kwh, Double::sum);
        kwhByBoundary.merge(f.boundary(), kwh, Double::sum);
    }

    void explain(Explanation.Builder b) {
        for (Group g : groups.values()) {
            if (g.series == null) {
                // The citation is the factor's, shared by every run it applies to; the kWh are this run's.
                b.input("grid factor", g.first.citation(), "applied to " + Figures.format(g.kwh, 9) + " kWh",
                        Explanation.Input.Varies.SOURCE);
            } else {
                b.input("grid factor series", g.series + ": " + g.points.size() + (g.points.size() == 1 ? " point" : " points")
                                + " between " + g.from + " and " + g.to + ", energy-weighted mean " + mean(g)
                                + (g.first.licence() == null ? "" : ", licence " + g.first.licence()),
                        "applied to " + Figures.format(g.kwh, 9) + " kWh", Explanation.Input.Varies.BOTH);
            }
        }
        notes.forEach(b::note);
        for (Map.Entry<String, Fallback> e : fallbacks.entrySet()) {
            Fallback fb = e.getValue();
            b.note("no point of factor series " + e.getKey() + " covers " + fb.firstUncovered
                    + (fb.intervals > 1 ? " (first uncovered instant)" : "") + ": the fallback factor was used for "
                    + fb.intervals + (fb.intervals == 1 ? " interval" : " intervals") + " / " + Figures.format(fb.kwh, 9) + " kWh");
        }
        if (kwhByBasis.size() > 1) {
            b.note("factor bases mixed: " + split(kwhByBasis) + "; GHG Protocol location-based Scope 2 is defined on "
                    + "average grid factors, so the marginal part is not a location-based figure in the strict sense");
        } else if (kwhByBasis.containsKey(Basis.MARGINAL)) {
            b.note("marginal factors used: GHG Protocol location-based Scope 2 is defined on average grid factors");
        }
        if (kwhByBoundary.size() > 1) {
            b.note("factor boundaries mixed: " + split(kwhByBoundary) + " (lifecycle includes upstream emissions, direct "
                    + "counts combustion only)");
        }
    }

    /** The factor of the group applied to the most energy; for a series, its energy-weighted mean over the points used. */
    EmissionFactor primary() {
        Group best = null;
        for (Group g : groups.values()) if (best == null || g.kwh > best.kwh) best = g;
        if (best == null) return null;
        if (best.series == null) return best.first;
        EmissionFactor f = best.first;
        return new EmissionFactor(f.zone(), meanIntensity(best), best.from, best.to, f.basis(), f.boundary(), f.source(),
                f.dataset(), f.licence());
    }

    private static CarbonIntensity meanIntensity(Group g) {
        if (g.kwh <= 0) return g.first.intensity();
        // One value throughout: that value exactly, not grams / kWh with its rounding error. Otherwise
        // the weighted mean, kept inside the range of the values it averages.
        if (g.minG == g.maxG) return CarbonIntensity.ofGramsPerKwh(g.minG);
        return CarbonIntensity.ofGramsPerKwh(Math.max(g.minG, Math.min(g.maxG, g.grams / g.kwh)));
    }

    private static String mean(Group g) { return meanIntensity(g).toString(); }

    private static <E extends Enum<E>> String split(Map<E, Double> kwh) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<E, Double> e : kwh.entrySet()) {
            if (s.length() > 0) s.append(", ");
            s.append(Figures.format(e.getValue(), 9)).append(" kWh ").append(e.getKey().name().toLowerCase(Locale.ROOT));
        }
        return s.toString();
    }
}
