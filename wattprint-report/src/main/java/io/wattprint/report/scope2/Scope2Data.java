package io.wattprint.report.scope2;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.scope2.ConsumptionLine;
import io.wattprint.core.scope2.Scope2Factor;
import io.wattprint.core.scope2.Scope2Factors;
import io.wattprint.core.scope2.Scope2Rules;
import io.wattprint.ledger.ClosedTotals;
import io.wattprint.ledger.RunRecord;
import io.wattprint.ledger.StoredFootprint;
import io.wattprint.data.ReferenceData;
import io.wattprint.report.Basis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A year's electricity consumption read from stored footprints, as {@link ConsumptionLine}s for
 * {@link io.wattprint.core.scope2.MarketBasedScope2}: the runs <b>closed</b> in the rules' period (UTC), each run's
 * facility energy in the zone. The grid factor is chosen by boundary ({@link Scope2Factor}, METHODOLOGY.md §3.3): where the
 * footprint used a life-cycle factor (the engineering and SCI convention) and the zone has a direct (combustion)
 * factor, Scope 2 uses the direct one and the difference is the line's Scope 3 category 3 share ({@link #factors()});
 * a zone without a direct factor keeps its life-cycle factor, labelled and warned. {@code wattprint scope2} and
 * {@code wattprint report scope2} / {@code esrs-e1} share this one computation.
 *
 * <p>Two boundaries: {@link #of} (every run, one line per zone and factor — {@code wattprint scope2}) and
 * {@link #ownOperations} (the reporter's own Scope 2: runs in a cloud region are purchased cloud compute, Scope 3 of
 * the customer, and are left out and counted in {@link #cloudRuns()}; one line per facility, else per zone, and factor).
 * Runs without a footprint or without a known location/factor are in neither total and named in {@link #warnings()}.
 */
public record Scope2Data(List<ConsumptionLine> lines, Map<String, Integer> runsByZone, Map<String, Integer> runsByLine,
                         int runs, List<String> warnings, List<RunRecord> included, List<RunRecord> unknownLocation,
                         List<RunRecord> cloudRuns, Map<String, Scope2Factor> factors, Map<String, String> basisByLine,
                         List<MeterUse> meters) {
    /** The energy basis of a line that is the runs' facility energy (IT × PUE), no meter involved. */
    public static final String RUNS = "runs";
    /** The suffix of the label of a metered facility's line of the energy its runs do not explain. */
    public static final String UNATTRIBUTED = " — not attributed to runs";

    public Scope2Data {
        lines = List.copyOf(lines);
        basisByLine = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(basisByLine));
        meters = List.copyOf(meters);
        factors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(factors));
        warnings = List.copyOf(warnings);
        included = List.copyOf(included);
        unknownLocation = List.copyOf(unknownLocation);
        cloudRuns = List.copyOf(cloudRuns);
    }

    public int runsIn(String zone) { return runsByZone.getOrDefault(zone, 0); }

    /** The factor (and its boundary) of the consumption line with this label. */
    public Scope2Factor factorOf(String label) { return factors.get(label); }

    /** The boundary of the location-based total over all lines: "direct", "life-cycle (no direct factor)" or "mixed: …". */
    public String locationBoundary() { return Scope2Factor.totalBoundary(factors.values()); }

    /** The warnings about the factors' boundary (part of {@link #warnings()}): a line not on direct factors, a mixed total. */
    public List<String> factorWarnings() {
        java.util.Set<String> w = new java.util.LinkedHashSet<>();
        for (Scope2Factor f : factors.values()) if (f.warning() != null) w.add(f.warning());
        for (String s : warnings) if (s.startsWith(MIXED)) w.add(s);
        return List.copyOf(w);
    }

    static final String MIXED = "the location-based total adds lines of different factor boundaries";

    /** The boundary rule over the shipped reference data. */
    public static Scope2Factors shipped() { return ReferenceData.load().grid().scope2Factors(); }

    /** Where a line's energy comes from: {@link #RUNS}, the runs of a metered facility, or metered less the runs. */
    public String basisOf(String label) { return basisByLine.getOrDefault(label, RUNS); }

    /** Runs behind the consumption line with this label. */
    public int runsInLine(String label) { return runsByLine.getOrDefault(label, 0); }

    /** Whether a run was closed in the rules' period [from, to). */
    public static boolean closedIn(RunRecord r, Scope2Rules rules) {
        var end = r.run().end();
        return end != null && !end.isBefore(rules.from()) && end.isBefore(rules.to());
    }

    /** Every run closed in the period, one line per zone and grid factor ({@code wattprint scope2}). */
    public static Scope2Data of(List<RunRecord> records, Scope2Rules rules) { return of(records, rules, shipped()); }

    /** As {@link #of(List, Scope2Rules)}, with the Scope 2 factors chosen by {@code factors}. */
    public static Scope2Data of(List<RunRecord> records, Scope2Rules rules, Scope2Factors factors) {
        return build(records, rules, false, factors);
    }

    /**
     * The reporter's own operations: runs closed in the period without a cloud region (own or colocated hardware),
     * one line per facility (when the run names one) or zone, and grid factor. Runs in a cloud region are counted in
     * {@link #cloudRuns()}, not in the lines.
     */
    public static Scope2Data ownOperations(List<RunRecord> records, Scope2Rules rules) {
        return build(records, rules, true, shipped(), FacilityMeters.none());
    }

    /** A line's identity; {@code unattributed}: the line of a metered facility's energy no run explains. */
    record Key(String facility, String zone, double gPerKwh, Integer year, String source, boolean unattributed) {
        Key(String facility, String zone, double gPerKwh, Integer year, String source) {
            this(facility, zone, gPerKwh, year, source, false);
        }
    }

    /**
     * {@link #ownOperations(List, Scope2Rules)} from totals the ledger summed ({@link io.wattprint.ledger.ClosedTotals},
     * the runs closed in the rules' period): the same lines, counts and warnings; the run lists ({@link #included()},
     * {@link #unknownLocation()}, {@link #cloudRuns()}) are empty — the totals hold these runs' sums instead.
     */
    public static Scope2Data ownOperations(ClosedTotals totals, Scope2Rules rules) { return ownOperations(totals, rules, shipped()); }

    /** As {@link #ownOperations(ClosedTotals, Scope2Rules)}, with the Scope 2 factors chosen by {@code factors}. */
    public static Scope2Data ownOperations(ClosedTotals totals, Scope2Rules rules, Scope2Factors factors) {
        return ownOperations(totals, rules, factors, FacilityMeters.none());
    }

    /**
     * As {@link #ownOperations(ClosedTotals, Scope2Rules, Scope2Factors)}, a facility with meter readings in the period
     * taking its metered energy ({@link FacilityMeters}, METHODOLOGY.md §8.7).
     */
    public static Scope2Data ownOperations(ClosedTotals totals, Scope2Rules rules, Scope2Factors factors, FacilityMeters meters) {
        Map<Key, Double> joules = new LinkedHashMap<>();
        Map<Key, Integer> runsPerKey = new LinkedHashMap<>();
        Map<String, Integer> byZone = new TreeMap<>();
        int n = 0;
        for (ClosedTotals.Group g : totals.groups()) {
            if (g.cloudRegion() != null || !g.footprint() || !g.located()) continue;
            n += g.runs();
            Key k = new Key(g.facility(), g.factorZone(), g.factorGramsPerKwh(), g.factorYear(), g.factorSource());
            joules.merge(k, g.facilityEnergyJoules(), Double::sum);
            runsPerKey.merge(k, g.runs(), Integer::sum);
            byZone.merge(g.factorZone(), g.runs(), Integer::sum);
        }
        List<String> unknown = new ArrayList<>();
        List<String> noFootprint = new ArrayList<>();
        for (ClosedTotals.LeftOut l : totals.leftOut()) {
            if (l.cloudRegion() != null) continue;
            (l.footprint() ? unknown : noFootprint).add(l.id());
        }
        return finish(joules, runsPerKey, byZone, n, unknown, noFootprint, List.of(), List.of(), List.of(), rules, factors, meters);
    }

    static Scope2Data build(List<RunRecord> records, Scope2Rules rules, boolean own, Scope2Factors factors) {
        return build(records, rules, own, factors, FacilityMeters.none());
    }

    /** {@code meters} count only for own operations ({@code own}); every-run lines stay run-based. */
    static Scope2Data build(List<RunRecord> records, Scope2Rules rules, boolean own, Scope2Factors factors, FacilityMeters meters) {
        Map<Key, Double> joules = new LinkedHashMap<>();
        Map<Key, Integer> runsPerKey = new LinkedHashMap<>();
        Map<String, Integer> byZone = new TreeMap<>();
        List<String> unknown = new ArrayList<>();
        List<String> noFootprint = new ArrayList<>();
        List<RunRecord> included = new ArrayList<>();
        List<RunRecord> unknownRuns = new ArrayList<>();
        List<RunRecord> cloud = new ArrayList<>();
        List<String> cloudCounted = new ArrayList<>();
        int n = 0;
        for (RunRecord r : records) {
            var run = r.run();
            if (!closedIn(r, rules)) continue;
            if (own && run.location().cloudRegion() != null) {
                cloud.add(r);
                continue;
            }
            StoredFootprint f = r.footprint();
            if (f == null) {
                noFootprint.add(run.id());
                continue;
            }
            if (f.co2e() == null || f.factorZone() == null || f.factorGramsPerKwh() == null) {
                unknown.add(run.id());
                unknownRuns.add(r);
                continue;
            }
            n++;
            included.add(r);
            if (run.location().cloudRegion() != null) cloudCounted.add(run.id());
            Key k = new Key(own ? run.location().facility() : null, f.factorZone(), f.factorGramsPerKwh(), f.factorYear(),
                    f.factorSource());
            joules.merge(k, f.facilityEnergy().joules(), Double::sum);
            runsPerKey.merge(k, 1, Integer::sum);
            byZone.merge(f.factorZone(), 1, Integer::sum);
        }
        Scope2Data d = finish(joules, runsPerKey, byZone, n, unknown, noFootprint, included, unknownRuns, cloud, rules, factors,
                own ? meters : FacilityMeters.none());
        if (cloudCounted.isEmpty()) return d;
        List<String> warnings = new ArrayList<>(d.warnings());
        warnings.add(cloudCounted.size() + " run(s) closed in " + rules.periodLabel() + " ran in a cloud region and are counted "
                + "here in their zone's Scope 2: " + Basis.ids(cloudCounted) + "; wattprint report scope2 and report esrs-e1 treat "
                + "purchased cloud compute as the customer's Scope 3 (category 1) and leave them out of Scope 2");
        return new Scope2Data(d.lines(), d.runsByZone(), d.runsByLine(), d.runs(), warnings, d.included(), d.unknownLocation(),
                d.cloudRuns(), d.factors(), d.basisByLine(), d.meters());
    }

    private static Scope2Data finish(Map<Key, Double> joules, Map<Key, Integer> runsPerKey, Map<String, Integer> byZone, int n,
                                     List<String> unknown, List<String> noFootprint, List<RunRecord> included,
                                     List<RunRecord> unknownRuns, List<RunRecord> cloud, Scope2Rules rules,
                                     Scope2Factors factors, FacilityMeters meters) {
        List<String> meterNotes = new ArrayList<>();
        Map<Key, String> basisByKey = new LinkedHashMap<>();
        List<MeterUse> uses = MeteredLines.apply(joules, runsPerKey, meters, rules, meterNotes, basisByKey);
        Map<String, Long> keysPerPlace = new TreeMap<>();
        for (Key k : joules.keySet()) if (!k.unattributed()) keysPerPlace.merge(place(k.facility(), k.zone()), 1L, Long::sum);
        List<ConsumptionLine> lines = new ArrayList<>();
        Map<String, Integer> byLine = new TreeMap<>();
        Map<String, Scope2Factor> byLabel = new LinkedHashMap<>();
        Map<String, String> basisByLabel = new LinkedHashMap<>();
        java.util.Set<String> factorWarnings = new java.util.LinkedHashSet<>();
        for (Map.Entry<Key, Double> e : joules.entrySet()) {
            Key k = e.getKey();
            String place = place(k.facility(), k.zone());
            String label = k.unattributed() ? place + UNATTRIBUTED : keysPerPlace.get(place) == 1 ? place
                    : place + " (factor " + Figures.factor(k.gPerKwh()) + " g/kWh, " + k.year() + ")";
            if (basisByKey.containsKey(k)) basisByLabel.put(label, basisByKey.get(k));
            Scope2Factor f = factors.of(k.zone(), k.year(), k.gPerKwh(), k.source());
            lines.add(ConsumptionLine.of(label, k.zone(), rules.from(), rules.to(), Energy.ofJoules(e.getValue()),
                    CarbonIntensity.ofGramsPerKwh(f.gramsPerKwh()), f.factorText()));
            byLine.merge(label, runsPerKey.getOrDefault(k, 0), Integer::sum);
            byLabel.put(label, f);
            if (f.warning() != null) factorWarnings.add(f.warning());
        }
        List<String> warnings = new ArrayList<>(factorWarnings);
        String boundary = Scope2Factor.totalBoundary(byLabel.values());
        if (boundary.startsWith("mixed")) {
            warnings.add(MIXED + " (" + boundary + "): no direct "
                    + "factor is shipped for the life-cycle zones, so their upstream share is in Scope 2, not in Scope 3 category 3");
        }
        if (!unknown.isEmpty()) {
            warnings.add(unknown.size() + " run(s) closed in " + rules.periodLabel() + " have no known location or factor and "
                    + "are not in either total: " + Basis.ids(unknown) + " (wattprint runs show ID)");
        }
        if (!noFootprint.isEmpty()) {
            warnings.add(noFootprint.size() + " run(s) closed in " + rules.periodLabel() + " have no footprint and are not in "
                    + "either total: " + Basis.ids(noFootprint));
        }
        warnings.addAll(meterNotes);
        return new Scope2Data(lines, byZone, byLine, n, warnings, included, unknownRuns, cloud, byLabel, basisByLabel, uses);
    }

    /** "dc1 (FR)" for a facility, "FR" otherwise. */
    static String place(String facility, String zone) { return facility == null ? zone : facility + " (" + zone + ")"; }
}
