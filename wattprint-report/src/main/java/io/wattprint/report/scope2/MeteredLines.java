package io.wattprint.report.scope2;

import io.wattprint.core.facility.FacilityWarning;
import io.wattprint.core.facility.MeteredEnergy;
import io.wattprint.core.facility.MeteredShare;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.model.Period;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.scope2.Scope2Rules;
import io.wattprint.data.ReferenceData;
import io.wattprint.ledger.ClosedTotals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metered-vs-run rule ({@link MeteredShare}, METHODOLOGY.md §8.7) applied to {@link Scope2Data}'s run lines: for
 * each facility with readings at the facility boundary in the period, the runs closed inside the readings' windows
 * allocate within the metered energy of those windows; what they do not explain is a line of its own (same zone, the
 * factor of the facility's largest run line, else the zone's shipped grid factor); runs that exceed the meter are
 * scaled to it, warned. Runs closed outside the windows keep their facility energy (IT × PUE).
 */
final class MeteredLines {
    private MeteredLines() {}

    /**
     * Changes {@code joules} (and {@code runsPerKey}, {@code basis}) in place; adds the warnings; returns what each meter
     * did.
     */
    static List<MeterUse> apply(Map<Scope2Data.Key, Double> joules, Map<Scope2Data.Key, Integer> runsPerKey,
                                FacilityMeters meters, Scope2Rules rules, List<String> warnings,
                                Map<Scope2Data.Key, String> basis) {
        if (meters.isEmpty()) return List.of();
        Period period = new Period(rules.from(), rules.to());
        for (String f : meters.itOnly(period)) {
            warnings.add("facility " + f + ": its meter readings in " + rules.periodLabel() + " are PDU (IT-boundary) readings "
                    + "only, not the facility's electricity: its Scope 2 energy stays its runs' facility energy (IT × PUE)");
        }
        List<MeterUse> uses = new ArrayList<>();
        for (FacilityMeters.Metered m : meters.in(period)) {
            MeterUse use = apply(m, joules, runsPerKey, rules, warnings, basis);
            if (use != null) uses.add(use);
        }
        return uses;
    }

    private static MeterUse apply(FacilityMeters.Metered m, Map<Scope2Data.Key, Double> joules,
                                  Map<Scope2Data.Key, Integer> runsPerKey, Scope2Rules rules, List<String> warnings,
                                  Map<Scope2Data.Key, String> basis) {
        String f = m.name();
        Map<Scope2Data.Key, Double> inside = new LinkedHashMap<>();
        double itOnly = 0, runsInside = 0;
        for (ClosedTotals.Group g : m.runsInside()) {
            if (!g.footprint() || !g.located()) continue;
            inside.merge(new Scope2Data.Key(f, g.factorZone(), g.factorGramsPerKwh(), g.factorYear(), g.factorSource()),
                    g.facilityEnergyJoules(), Double::sum);
            runsInside += g.facilityEnergyJoules();
            if (PueAssumption.itEnergyOnly(g.pueBasis())) itOnly += g.facilityEnergyJoules();
        }
        MeteredShare share = MeteredShare.of(m.meter().energy(), Energy.ofJoules(runsInside));
        double metered = share.metered().joules();
        String readings = FacilityMeters.describe(m.meter());
        String meteredText = MeterUse.kwh(metered) + " kWh metered (" + readings + ")";
        coverageWarnings(m.meter(), f, rules, warnings);

        String unattributedLabel = null;
        if (share.runsExceedMeter()) {
            for (Map.Entry<Scope2Data.Key, Double> e : inside.entrySet()) {
                double cut = e.getValue() * (1 - share.scale());
                joules.put(e.getKey(), Math.max(0, joules.getOrDefault(e.getKey(), 0d) - cut));
            }
            warnings.add("facility " + f + ": the runs closed inside its meter readings have " + MeterUse.kwh(runsInside)
                    + " kWh of facility energy, more than the " + meteredText + ", by " + Figures.plainPercent(share.excess(), 1)
                    + ": the meter is used — those runs are scaled to it (× " + Figures.plain(share.scale(), 4) + ") and "
                    + "there is no unattributed line; check the PUE, the readings' periods or double counting (wattprint "
                    + "reconcile)");
        } else if (share.unattributed().joules() > 0) {
            Scope2Data.Key k = unattributedKey(m, joules, rules);
            if (k == null) {
                warnings.add("facility " + f + ": " + meteredText + " in " + rules.periodLabel() + " are in neither total: no "
                        + "run of it and no shipped grid factor for its zone " + m.facility().zone());
                return null;
            }
            joules.merge(k, share.unattributed().joules(), Double::sum);
            runsPerKey.putIfAbsent(k, 0);
            basis.put(k, "metered (" + readings + ") less runs");
            unattributedLabel = Scope2Data.place(f, k.zone()) + Scope2Data.UNATTRIBUTED;
        }
        String runBasis = share.runsExceedMeter()
                ? "runs, scaled to the meter of " + f + " (× " + Figures.plain(share.scale(), 4) + ")"
                : "runs, within the meter of " + f;
        for (Scope2Data.Key k : joules.keySet()) if (f.equals(k.facility()) && !k.unattributed()) basis.put(k, runBasis);
        return new MeterUse(f, m.facility().zone(), metered, runsInside, itOnly, share.unattributed().joules(), share.scale(),
                readings, m.meter().coveredShare(), unattributedLabel);
    }

    /** The pro-rated readings and a coverage gap, said: outside the readings the runs count. */
    private static void coverageWarnings(MeteredEnergy meter, String f, Scope2Rules rules, List<String> warnings) {
        for (FacilityWarning w : meter.warnings()) {
            if (w.kind() == FacilityWarning.Kind.READING_PRO_RATED) warnings.add("facility " + f + ": " + w.message());
        }
        if (meter.coveredShare() < 1) {
            List<String> spans = new ArrayList<>();
            for (Period w : FacilityMeters.spans(meter.windows())) spans.add(w.label());
            warnings.add("facility " + f + ": its meter readings cover " + Figures.plainPercent(meter.coveredShare(), 1) + " of "
                    + rules.periodLabel() + " (" + String.join(", ", spans) + "): outside them its Scope 2 energy is its runs' "
                    + "facility energy (IT × PUE), not metered");
        }
    }

    /**
     * The line of the energy no run explains: the zone and factor of the facility's largest run line, else (no run of it
     * in the period) its zone's shipped grid factor for the period; null when there is none.
     */
    private static Scope2Data.Key unattributedKey(FacilityMeters.Metered m, Map<Scope2Data.Key, Double> joules,
                                                  Scope2Rules rules) {
        String f = m.name();
        Scope2Data.Key own = null;
        for (Map.Entry<Scope2Data.Key, Double> e : joules.entrySet()) {
            Scope2Data.Key k = e.getKey();
            if (f.equals(k.facility()) && !k.unattributed() && (own == null || e.getValue() > joules.get(own))) own = k;
        }
        if (own != null) return new Scope2Data.Key(f, own.zone(), own.gPerKwh(), own.year(), own.source(), true);
        String zone = m.facility().zone();
        var ef = ReferenceData.load().grid().factorFor(zone, rules.from());
        if (ef.isEmpty()) return null;
        return new Scope2Data.Key(f, zone, ef.get().intensity().gramsPerKwh(), ef.get().year(), ef.get().source(), true);
    }
}
