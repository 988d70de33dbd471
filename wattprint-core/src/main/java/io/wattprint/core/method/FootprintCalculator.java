package io.wattprint.core.method;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.model.ComponentEnergy;
import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Explanation;
import io.wattprint.core.model.FactorShare;
import io.wattprint.core.model.FactorSource;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a run's energy intervals into its footprint (GHG Protocol Scope 2, location-based):
 * <pre>
 *   facility energy = Σ IT energy × PUE
 *   kgCO2e          = Σ over intervals (IT energy × PUE × factor(zone, interval midpoint))
 * </pre>
 * The factors are looked up per interval ({@link FactorSource#factorsOver}): an annual table
 * returns the factor at the interval's midpoint; a factor series splits the interval at its points'
 * boundaries, pro rata by time. How the factors were applied (per factor, per series, fallbacks,
 * mixed bases) is kept by {@link AppliedFactors} for the explanation.
 */
public final class FootprintCalculator {

    public Footprint compute(List<EnergyInterval> intervals, Location location, PueAssumption pue, FactorSource factors) {
        // Totals per component and provenance, kept in a stable order.
        Map<String, ComponentEnergy> byComponent = new TreeMap<>();
        double itJoules = 0;
        for (EnergyInterval i : intervals) {
            itJoules += i.energy().joules();
            String key = i.component() + "|" + i.provenance().kind() + "|" + i.provenance().method();
            byComponent.merge(key, new ComponentEnergy(i.component(), i.provenance(), i.energy()),
                    (a, b) -> new ComponentEnergy(a.component(), a.provenance(), a.energy().plus(b.energy())));
        }
        List<ComponentEnergy> components = new ArrayList<>(byComponent.values());
        Energy it = Energy.ofJoules(itJoules);
        Energy facility = pue.pue().facilityEnergy(it);

        Explanation itExplanation = explainIt(components, it);
        Explanation facilityExplanation = Explanation.builder("facility energy", kwh(facility))
                .formula("IT energy × PUE")
                .input("IT energy", kwh(it), null)
                .input("PUE", pue.pue().toString(), pue.basis())
                .build();

        if (!location.isKnown()) {
            Explanation e = Explanation.builder("kgCO2e (location-based)", "not computed")
                    .note("location unknown: no grid factor applied and none assumed; re-run with --location <zone or cloud region>")
                    .part(itExplanation).part(facilityExplanation)
                    .build();
            return new Footprint(components, it, pue, facility, null, null, e);
        }

        AppliedFactors applied = new AppliedFactors();
        for (EnergyInterval i : intervals) {
            List<FactorShare> shares = factors.factorsOver(location.zone(), i.start(), i.end());
            if (shares.isEmpty()) {
                Explanation e = Explanation.builder("kgCO2e (location-based)", "not computed")
                        .note("no emission factor for zone " + location.zone() + " at " + i.midpoint())
                        .part(itExplanation).part(facilityExplanation)
                        .build();
                return new Footprint(components, it, pue, facility, null, null, e);
            }
            Energy facilityPart = pue.pue().facilityEnergy(i.energy());
            for (FactorShare share : shares) {
                Instant checkedAt = share.isFallback() ? share.uncoveredFrom() : i.midpoint();
                if (share.series() == null && !share.factor().covers(checkedAt)) {
                    applied.notes.add(outOfValidity(share.factor(), checkedAt));
                }
                applied.add(share, share.fraction() == 1 ? facilityPart : facilityPart.times(share.fraction()), i);
            }
        }
        Co2e co2 = Co2e.ofGrams(applied.grams);

        Explanation.Builder b = Explanation.builder("kgCO2e (location-based)", Figures.format(co2.kilograms(), 9))
                .formula("Σ intervals (IT energy × PUE × grid factor of the zone at the interval) / 1000");
        b.input("location", location.label(), null);
        applied.explain(b);
        if (applied.groups.isEmpty()) {
            b.note("no energy recorded, so no grid factor was applied");
        }
        b.part(itExplanation).part(facilityExplanation);
        return new Footprint(components, it, pue, facility, co2, applied.primary(), b.build());
    }

    /** Discloses a factor applied outside its validity (the documented fallback, never silent). */
    static String outOfValidity(EmissionFactor factor, Instant at) {
        int used = at.atZone(java.time.ZoneOffset.UTC).getYear();
        if (factor.validTo().isAfter(factor.validFrom().plus(java.time.Duration.ofDays(364)))
                && factor.year() < used) {
            return "factor year " + factor.year() + " applied to energy used in " + used
                    + " (latest published year for " + factor.zone() + ")";
        }
        return "factor valid " + factor.validFrom() + " to " + factor.validTo() + " applied to energy at "
                + at + " (no factor of " + factor.zone() + " covers that time)";
    }

    private static Explanation explainIt(List<ComponentEnergy> components, Energy it) {
        Explanation.Builder b = Explanation.builder("IT energy", kwh(it)).formula("Σ component energy");
        for (ComponentEnergy c : components) {
            b.input(c.component().toString(), kwh(c.energy()), c.provenance().describe());
        }
        if (components.isEmpty()) b.note("no energy intervals recorded");
        return b.build();
    }

    private static String kwh(Energy e) { return Figures.format(e.kilowattHours(), 9) + " kWh"; }
}
