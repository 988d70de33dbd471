package io.wattprint.ledger;

import io.wattprint.core.model.ComponentEnergy;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Sums over the runs <b>closed</b> in a period (a run's end is its latest update's end, else its outcome's, as
 * {@link RunRepository#list} reads it), each run counted with its <b>latest</b> footprint only, grouped by the UTC year
 * of the end and by everything reports group by: cloud region, facility, whether a footprint exists, whether its
 * CO2e and its location (factor zone and g/kWh) are known, the factor (zone, g/kWh, year, source), the reference
 * dataset and the PUE with its basis. {@link #cloudMonths} sums the runs in cloud regions by UTC month of the end.
 * {@link #methods} sums the latest footprints' component energy by provenance
 * kind and method; {@link #leftOut} names the runs without a footprint or without a known location (newest first).
 *
 * <p>Groups are ordered newest first by the newest run in them (start, then id, descending, as
 * {@link RunRepository#list} orders runs), so code that keeps the first appearance of a key sees the same order as
 * over the runs themselves. {@link FootprintRepository#closedTotals} computes this in the database;
 * {@link #of(List, Instant, Instant)} the same from runs already read.
 */
public record ClosedTotals(List<Group> groups, List<MethodTotal> methods, List<LeftOut> leftOut, List<CloudMonth> cloudMonths) {
    /** Runs with the same year, place, footprint state, factor, dataset and PUE, and their sums (0 where none). */
    public record Group(int year, String cloudRegion, String facility, boolean footprint, boolean co2eKnown, boolean located,
                        String factorZone, Double factorGramsPerKwh, Integer factorYear, String factorSource, String dataset,
                        Double pue, String pueBasis, int runs, double itEnergyJoules, double facilityEnergyJoules,
                        double co2eGrams, String newest) {}

    /** Component energy of one provenance kind and method: the runs with such a component and the joules. */
    public record MethodTotal(int year, String kind, String method, int runs, double energyJoules) {}

    /** A run without a footprint ({@code footprint} false) or with one whose location or CO2e is unknown. */
    public record LeftOut(int year, String id, String cloudRegion, boolean footprint) {}

    /**
     * The runs in one cloud region closed in one UTC calendar month ({@code month} 1–12), with the same footprint
     * state, and their sums: what a cloud provider's export for that month replaces (issue 16 item 4).
     */
    public record CloudMonth(int year, int month, String cloudRegion, boolean footprint, boolean co2eKnown, int runs,
                             double facilityEnergyJoules, double co2eGrams) {}

    static final Comparator<Group> NEWEST_FIRST = Comparator.comparing(Group::newest).reversed();

    public ClosedTotals {
        groups = groups.stream().sorted(NEWEST_FIRST).toList();
        methods = methods.stream().sorted(Comparator.comparingInt(MethodTotal::year).thenComparing(MethodTotal::kind)
                .thenComparing(MethodTotal::method)).toList();
        leftOut = List.copyOf(leftOut);
        cloudMonths = cloudMonths.stream().sorted(Comparator.comparingInt(CloudMonth::year).thenComparingInt(CloudMonth::month)
                .thenComparing(CloudMonth::cloudRegion).thenComparing(CloudMonth::footprint).thenComparing(CloudMonth::co2eKnown))
                .toList();
    }

    public static ClosedTotals empty() { return new ClosedTotals(List.of(), List.of(), List.of(), List.of()); }

    /** The part of these totals in one year. */
    public ClosedTotals inYear(int year) {
        return new ClosedTotals(groups.stream().filter(g -> g.year() == year).toList(),
                methods.stream().filter(m -> m.year() == year).toList(), leftOut.stream().filter(l -> l.year() == year).toList(),
                cloudMonths.stream().filter(m -> m.year() == year).toList());
    }

    /** Runs counted in all groups. */
    public int runs() {
        int n = 0;
        for (Group g : groups) n += g.runs();
        return n;
    }

    /** The years with closed runs, ascending. */
    public TreeSet<Integer> years() {
        TreeSet<Integer> ys = new TreeSet<>();
        for (Group g : groups) ys.add(g.year());
        return ys;
    }

    /**
     * The same totals computed from runs already read (each with its latest footprint), for runs closed in
     * [from, to); a null bound is open. Sums are taken in the order given.
     */
    public static ClosedTotals of(List<RunRecord> records, Instant from, Instant to) {
        record Key(int year, String cloudRegion, String facility, boolean footprint, boolean co2eKnown, boolean located,
                   String factorZone, Double factorGramsPerKwh, Integer factorYear, String factorSource, String dataset,
                   Double pue, String pueBasis) {}
        record MKey(int year, String kind, String method) {}
        Map<Key, Group> groups = new LinkedHashMap<>();
        Map<MKey, MethodTotal> methods = new TreeMap<>(Comparator.comparingInt(MKey::year).thenComparing(MKey::kind)
                .thenComparing(MKey::method));
        List<RunRecord> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing(ClosedTotals::newest).reversed());
        List<LeftOut> leftOut = new ArrayList<>();
        record CKey(int year, int month, String cloudRegion, boolean footprint, boolean co2eKnown) {}
        Map<CKey, CloudMonth> months = new LinkedHashMap<>();
        for (RunRecord r : sorted) {
            Instant end = r.run().end();
            if (end == null || (from != null && end.isBefore(from)) || (to != null && !end.isBefore(to))) continue;
            int year = end.atZone(ZoneOffset.UTC).getYear();
            StoredFootprint f = r.footprint();
            String cloud = r.run().location().cloudRegion(), facility = r.run().location().facility();
            Key k;
            if (f == null) {
                k = new Key(year, cloud, facility, false, false, false, null, null, null, null, null, null, null);
                leftOut.add(new LeftOut(year, r.run().id(), cloud, false));
            } else {
                boolean located = f.co2e() != null && f.factorZone() != null && f.factorGramsPerKwh() != null;
                k = new Key(year, cloud, facility, true, f.co2e() != null, located, f.factorZone(), f.factorGramsPerKwh(),
                        f.factorYear(), f.factorSource(), f.dataset(), f.pue(), f.pueBasis());
                if (!located) leftOut.add(new LeftOut(year, r.run().id(), cloud, true));
                TreeSet<String> seen = new TreeSet<>();
                for (ComponentEnergy c : f.components()) {
                    MKey mk = new MKey(year, c.provenance().kind().name(), c.provenance().method());
                    boolean first = seen.add(mk.kind() + "|" + mk.method());
                    MethodTotal m = methods.get(mk);
                    methods.put(mk, m == null ? new MethodTotal(year, mk.kind(), mk.method(), 1, c.energy().joules())
                            : new MethodTotal(year, mk.kind(), mk.method(), m.runs() + (first ? 1 : 0),
                            m.energyJoules() + c.energy().joules()));
                }
            }
            Group g = groups.get(k);
            double it = f == null ? 0 : f.itEnergy().joules(), fac = f == null ? 0 : f.facilityEnergy().joules();
            double co2 = f == null || f.co2e() == null ? 0 : f.co2e().grams();
            groups.put(k, g == null
                    ? new Group(year, cloud, facility, k.footprint(), k.co2eKnown(), k.located(), k.factorZone(),
                            k.factorGramsPerKwh(), k.factorYear(), k.factorSource(), k.dataset(), k.pue(), k.pueBasis(), 1, it,
                            fac, co2, newest(r))
                    : new Group(year, cloud, facility, k.footprint(), k.co2eKnown(), k.located(), k.factorZone(),
                            k.factorGramsPerKwh(), k.factorYear(), k.factorSource(), k.dataset(), k.pue(), k.pueBasis(),
                            g.runs() + 1, g.itEnergyJoules() + it, g.facilityEnergyJoules() + fac, g.co2eGrams() + co2,
                            g.newest()));
            if (cloud != null) {
                CKey ck = new CKey(year, end.atZone(ZoneOffset.UTC).getMonthValue(), cloud, k.footprint(), k.co2eKnown());
                CloudMonth m = months.get(ck);
                months.put(ck, m == null ? new CloudMonth(ck.year(), ck.month(), cloud, ck.footprint(), ck.co2eKnown(), 1, fac, co2)
                        : new CloudMonth(ck.year(), ck.month(), cloud, ck.footprint(), ck.co2eKnown(), m.runs() + 1,
                        m.facilityEnergyJoules() + fac, m.co2eGrams() + co2));
            }
        }
        return new ClosedTotals(new ArrayList<>(groups.values()), new ArrayList<>(methods.values()), leftOut,
                new ArrayList<>(months.values()));
    }

    /** Start and id, the key runs are listed by (newest first = descending). */
    static String newest(RunRecord r) { return Timestamps.format(r.run().start()) + " " + r.run().id(); }
}
