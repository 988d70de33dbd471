package io.wattprint.report.scope2;

import io.wattprint.core.facility.Facility;
import io.wattprint.core.facility.MeterReading;
import io.wattprint.core.facility.MeteredEnergy;
import io.wattprint.core.model.Period;
import io.wattprint.ledger.ClosedTotals;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The facility meter readings (utility bills, interval meters, BMS) a Scope 2 year rests on (METHODOLOGY.md §8.7,
 * issue 16 item 3): where a facility has readings at the facility boundary that overlap the reporting period, its
 * Scope 2 energy is the metered energy of the covered part (a reading extending beyond the period counts pro rata to
 * its time inside, {@link MeteredEnergy}) plus the runs' facility energy outside the covered part; the runs closed
 * inside the covered part allocate within the metered energy and what they do not explain is a line of its own.
 * This class finds, per such facility, the metered energy and the runs closed inside the readings' windows;
 * {@link Scope2Data} applies the rule.
 */
public final class FacilityMeters {
    /**
     * The runs of {@code facility} closed inside {@code spans} ([from, to) each, UTC, not overlapping, inside
     * {@code period}), summed as the ledger sums them; other facilities' groups may be returned too (they are dropped).
     */
    @FunctionalInterface
    public interface RunsIn {
        List<ClosedTotals.Group> groups(String facility, Period period, List<Period> spans);
    }

    /**
     * One facility with readings in a period: its meter ({@link MeteredEnergy}) and the sums of its own-operations runs
     * (no cloud region) closed inside the readings' windows.
     */
    public record Metered(Facility facility, MeteredEnergy meter, List<ClosedTotals.Group> runsInside) {
        public Metered {
            Objects.requireNonNull(facility, "facility");
            Objects.requireNonNull(meter, "meter");
            runsInside = List.copyOf(runsInside);
        }

        public String name() { return facility.name(); }
    }

    private static final FacilityMeters NONE = new FacilityMeters(List.of(), List.of(), (f, p, spans) -> List.of());

    private final List<Facility> facilities;
    private final List<MeterReading> readings;
    private final RunsIn runsIn;

    public FacilityMeters(List<Facility> facilities, List<MeterReading> readings, RunsIn runsIn) {
        this.facilities = facilities.stream().sorted(Comparator.comparing(Facility::name)).toList();
        this.readings = List.copyOf(readings);
        this.runsIn = Objects.requireNonNull(runsIn, "runsIn");
    }

    /** No readings: every facility's Scope 2 energy is its runs'. */
    public static FacilityMeters none() { return NONE; }

    /** The readings of {@code facilities}, the runs inside their windows taken from {@code runs} (each with its latest footprint). */
    public static FacilityMeters of(List<Facility> facilities, List<MeterReading> readings, List<RunRecord> runs) {
        List<RunRecord> copy = List.copyOf(runs);
        return new FacilityMeters(facilities, readings, (f, p, spans) -> {
            List<ClosedTotals.Group> out = new ArrayList<>();
            for (Period s : spans) out.addAll(ClosedTotals.of(copy, s.from(), s.to()).groups());
            return out;
        });
    }

    /**
     * Every facility's readings in the ledger and the sums of each facility's runs closed inside its readings (one
     * ledger query per span of adjacent readings), all read now: the ledger may be closed before the report is built.
     * The sums are per UTC year of closing, so {@link #in} answers for calendar years only (as the reports ask).
     */
    public static FacilityMeters read(Ledger l) {
        List<Facility> fs = l.facilities().facilities();
        List<MeterReading> rs = new ArrayList<>();
        for (Facility f : fs) rs.addAll(l.facilities().readings(f.name()));
        if (rs.isEmpty()) return none();
        Map<String, List<ClosedTotals.Group>> byFacility = new TreeMap<>();
        for (Facility f : fs) {
            List<Period> periods = rs.stream().filter(r -> r.facility().equals(f.name()))
                    .filter(r -> r.kind().boundary() == MeterReading.Boundary.FACILITY).map(MeterReading::period).toList();
            List<ClosedTotals.Group> groups = new ArrayList<>();
            for (Period s : spans(periods)) groups.addAll(l.footprints().closedTotals(s.from(), s.to()).groups());
            byFacility.put(f.name(), groups);
        }
        return new FacilityMeters(fs, rs, (f, p, spans) -> {
            int year = p.from().atZone(java.time.ZoneOffset.UTC).getYear();
            if (!p.equals(Period.year(year))) {
                throw new IllegalStateException("meter readings read from the ledger answer for calendar years, not " + p.label());
            }
            return byFacility.getOrDefault(f, List.of()).stream().filter(g -> g.year() == year).toList();
        });
    }

    public boolean isEmpty() { return readings.isEmpty(); }

    /**
     * The facilities with readings that overlap {@code period}, by name. A facility whose only readings are PDU
     * readings (IT boundary) is not metered for Scope 2: it is in {@link #itOnly(Period)}.
     */
    public List<Metered> in(Period period) {
        List<Metered> out = new ArrayList<>();
        for (Facility f : facilities) {
            MeteredEnergy m = MeteredEnergy.of(f.name(), period, readings);
            if (!m.hasReadings() || m.boundary() != MeterReading.Boundary.FACILITY) continue;
            List<ClosedTotals.Group> inside = new ArrayList<>();
            for (ClosedTotals.Group g : runsIn.groups(f.name(), period, spans(m.windows()))) {
                if (f.name().equals(g.facility()) && g.cloudRegion() == null) inside.add(g);
            }
            out.add(new Metered(f, m, inside));
        }
        return out;
    }

    /** The facilities whose readings overlapping {@code period} are PDU (IT-boundary) readings only. */
    public List<String> itOnly(Period period) {
        List<String> out = new ArrayList<>();
        for (Facility f : facilities) {
            MeteredEnergy m = MeteredEnergy.of(f.name(), period, readings);
            if (m.hasReadings() && m.boundary() == MeterReading.Boundary.IT) out.add(f.name());
        }
        return out;
    }

    /** Windows in time order, adjacent ones joined: one ledger query per span. */
    static List<Period> spans(List<Period> windows) {
        List<Period> sorted = windows.stream().sorted(Comparator.comparing(Period::from)).toList();
        List<Period> out = new ArrayList<>();
        for (Period w : sorted) {
            if (!out.isEmpty() && !out.get(out.size() - 1).to().isBefore(w.from())) {
                Period last = out.remove(out.size() - 1);
                out.add(new Period(last.from(), last.to().isAfter(w.to()) ? last.to() : w.to()));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /** "2 utility-bill readings, 1 interval-meter reading": the readings counted, by kind. */
    static String describe(MeteredEnergy m) {
        Map<String, Integer> byKind = new TreeMap<>();
        for (MeteredEnergy.Part p : m.parts()) byKind.merge(p.reading().kind().label(), 1, Integer::sum);
        List<String> parts = new ArrayList<>();
        byKind.forEach((k, n) -> parts.add(n + " " + k + " reading" + (n == 1 ? "" : "s")));
        return String.join(", ", parts);
    }
}
