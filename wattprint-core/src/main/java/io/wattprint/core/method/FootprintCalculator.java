package io.wattprint.core.method;

import io.wattprint.core.model.ComponentEnergy;
import io.wattprint.core.model.EmissionFactor;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Explanation;
import io.wattprint.core.model.FactorSource;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.quantity.Units;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a run's energy intervals into its footprint (GHG Protocol Scope 2, location-based):
 * <pre>
 *   facility energy = Σ IT energy × PUE
 *   kgCO2e          = Σ over intervals (IT energy × PUE × factor(zone, interval midpoint))
 * </pre>
 * The factor is looked up per interval, so an hourly series applies hour by hour; an annual
 * table returns the same factor for every interval.
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

        double grams = 0;
        Map<EmissionFactor, Double> kwhByFactor = new LinkedHashMap<>();
        Set<String> notes = new LinkedHashSet<>();
        for (EnergyInterval i : intervals) {
            Optional<EmissionFactor> f = factors.factorFor(location.zone(), i.midpoint());
            if (f.isEmpty()) {
                Explanation e = Explanation.builder("kgCO2e (location-based)", "not computed")
                        .note("no emission factor for zone " + location.zone() + " at " + i.midpoint())
                        .part(itExplanation).part(facilityExplanation)
                        .build();
                return new Footprint(components, it, pue, facility, null, null, e);
            }
            EmissionFactor factor = f.get();
            if (!factor.covers(i.midpoint())) {
                notes.add(outOfValidity(factor, i));
            }
            Energy facilityPart = pue.pue().facilityEnergy(i.energy());
            grams += factor.intensity().times(facilityPart).grams();
            kwhByFactor.merge(factor, facilityPart.kilowattHours(), Double::sum);
        }
        Co2e co2 = Co2e.ofGrams(grams);
        EmissionFactor primary = kwhByFactor.entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);

        Explanation.Builder b = Explanation.builder("kgCO2e (location-based)", Units.format(co2.kilograms(), 9))
                .formula("Σ intervals (IT energy × PUE × grid factor of the zone at the interval) / 1000");
        b.input("location", location.label(), null);
        for (Map.Entry<EmissionFactor, Double> e : kwhByFactor.entrySet()) {
            b.input("grid factor", e.getKey().citation(), "applied to " + Units.format(e.getValue(), 9) + " kWh");
        }
        if (kwhByFactor.isEmpty()) {
            b.note("no energy recorded, so no grid factor was applied");
        }
        notes.forEach(b::note);
        b.part(itExplanation).part(facilityExplanation);
        return new Footprint(components, it, pue, facility, co2, primary, b.build());
    }

    /** Discloses a factor applied outside its validity (the documented fallback, never silent). */
    private static String outOfValidity(EmissionFactor factor, EnergyInterval i) {
        int used = i.midpoint().atZone(java.time.ZoneOffset.UTC).getYear();
        if (factor.validTo().isAfter(factor.validFrom().plus(java.time.Duration.ofDays(364)))
                && factor.year() < used) {
            return "factor year " + factor.year() + " applied to energy used in " + used
                    + " (latest published year for " + factor.zone() + ")";
        }
        return "factor valid " + factor.validFrom() + " to " + factor.validTo() + " applied to energy at "
                + i.midpoint() + " (no factor of " + factor.zone() + " covers that time)";
    }

    private static Explanation explainIt(List<ComponentEnergy> components, Energy it) {
        Explanation.Builder b = Explanation.builder("IT energy", kwh(it)).formula("Σ component energy");
        for (ComponentEnergy c : components) {
            b.input(c.component().toString(), kwh(c.energy()), c.provenance().describe());
        }
        if (components.isEmpty()) b.note("no energy intervals recorded");
        return b.build();
    }

    private static String kwh(Energy e) { return Units.format(e.kilowattHours(), 9) + " kWh"; }
}
