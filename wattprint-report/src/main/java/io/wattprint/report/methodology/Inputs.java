package io.wattprint.report.methodology;

import io.wattprint.core.cloud.CloudEmission;
import io.wattprint.core.facility.Facility;
import io.wattprint.core.facility.MeterReading;
import io.wattprint.core.facility.PuePeriod;
import io.wattprint.core.factor.FactorSeries;
import io.wattprint.core.model.Period;
import io.wattprint.core.scope2.ContractualInstrument;
import io.wattprint.core.scope2.ResidualMix;
import io.wattprint.core.scope2.ResidualMixYears;
import io.wattprint.ledger.AllocationRuleRepository.StoredRule;
import io.wattprint.ledger.HardwareRepository.StoredHardware;
import io.wattprint.ledger.ImportRecord;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunQuery;
import io.wattprint.ledger.RunRecord;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the methodology appendix reads from the ledger for a period (null: everything): the runs that started in
 * it, the factor series of their zones overlapping it, instruments whose vintage overlaps it, residual mixes whose
 * year overlaps it or is a year one of its runs closed in (the year Scope 2 counts the run in) or that the residual-mix
 * year rule chooses for its runs' zones and years, facility PUE periods and meter readings overlapping it, hardware records valid before its end, and
 * the period-free records (ingested files, allocation rules). Each list in a fixed order, so the report is too.
 */
record Inputs(Period period, List<RunRecord> runs, List<FactorSeries> series, List<ImportRecord> imports,
              List<CloudEmission> cloud, List<ContractualInstrument> instruments, List<ResidualMix> residualMixes,
              List<Facility> facilities, Map<String, List<PuePeriod>> pues, Map<String, List<MeterReading>> readings,
              List<StoredHardware> hardware, List<StoredRule> rules) {

    /** Nothing recorded: no ledger yet. */
    static Inputs empty(Period period) {
        return new Inputs(period, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), Map.of(),
                List.of(), List.of());
    }

    static Inputs read(Ledger ledger, Period period) {
        Instant from = period == null ? null : period.from();
        Instant to = period == null ? null : period.to();
        List<RunRecord> runs = new ArrayList<>(ledger.runs().list(new RunQuery(null, from, to, null)));
        runs.sort(Comparator.comparing((RunRecord r) -> r.run().start()).thenComparing(r -> r.run().id()));
        TreeSet<String> zones = new TreeSet<>();
        io.wattprint.data.ZoneMappings mappings = io.wattprint.data.ReferenceData.load().zoneMappings();
        for (RunRecord r : runs) {
            if (r.run().location().zone() != null) zones.add(r.run().location().zone());
            if (r.footprint() != null && r.footprint().factorZone() != null) zones.add(r.footprint().factorZone());
            // The other keys a run's factors are read from (METHODOLOGY §8.7): the mapped Electricity Maps zone, the cloud region.
            mappings.forLocation(r.run().location()).ifPresent(m -> zones.add(m.emZone()));
            if (r.run().location().cloudRegion() != null) zones.add(r.run().location().cloudRegion());
        }
        List<FactorSeries> series = new ArrayList<>();
        for (String z : zones) {
            List<FactorSeries> s = new ArrayList<>(ledger.factorSeries().series(z, from, to));
            s.sort(Comparator.comparing(FactorSeries::source).thenComparing(x -> x.dataset() == null ? "" : x.dataset())
                    .thenComparing(x -> x.basis().name()).thenComparing(x -> x.boundary().name()));
            series.addAll(s);
        }
        List<ImportRecord> imports = new ArrayList<>(ledger.imports().list());
        imports.sort(Comparator.comparing(ImportRecord::finishedAt).thenComparing(ImportRecord::id));
        List<ContractualInstrument> instruments = ledger.instruments().list().stream()
                .filter(i -> period == null || (i.vintageFrom().isBefore(to) && i.vintageTo().isAfter(from)))
                .sorted(Comparator.comparing(ContractualInstrument::id)).toList();
        TreeSet<Integer> scope2Years = new TreeSet<>();
        for (RunRecord r : runs) scope2Years.add(scope2Year(r));
        List<ResidualMix> allMixes = ledger.instruments().residualMixes();
        // the mixes the one year rule (ResidualMixYears) chooses for the runs' zones and years are read too, so an
        // earlier year's mix used as the stand-in is listed beside the figures it produced, and a later year's mix the
        // rule refuses is named as such, as the other reports do
        ResidualMixYears rule = new ResidualMixYears(allMixes);
        TreeSet<String> chosen = new TreeSet<>();
        ownOperationsZoneYears(runs).forEach((zone, years) -> years.forEach(y -> {
            ResidualMixYears.Choice c = rule.choose(zone, y);
            if (c.mix() != null) chosen.add(zone + " " + c.mix().year());
            else if (c.laterYear() != null) chosen.add(zone + " " + c.laterYear()); // listed as on record, not used
        }));
        List<ResidualMix> mixes = allMixes.stream()
                .filter(m -> period == null || overlapsYear(period, m.year()) || scope2Years.contains(m.year())
                        || chosen.contains(m.zone() + " " + m.year()))
                .sorted(Comparator.comparing(ResidualMix::zone).thenComparing(ResidualMix::year)).toList();
        List<Facility> facilities = ledger.facilities().facilities().stream().sorted(Comparator.comparing(Facility::name)).toList();
        Map<String, List<PuePeriod>> pues = new TreeMap<>();
        Map<String, List<MeterReading>> readings = new TreeMap<>();
        for (Facility f : facilities) {
            pues.put(f.name(), ledger.facilities().pues(f.name()).stream().filter(p -> overlaps(period, p.period()))
                    .sorted(Comparator.comparing((PuePeriod p) -> p.period().from())).toList());
            readings.put(f.name(), ledger.facilities().readings(f.name()).stream().filter(m -> overlaps(period, m.period()))
                    .sorted(Comparator.comparing((MeterReading m) -> m.period().from()).thenComparing(m -> m.kind().label())).toList());
        }
        List<StoredHardware> hardware = ledger.hardware().list().stream()
                .filter(h -> period == null || h.record().validFrom().isBefore(to))
                .sorted(Comparator.comparing((StoredHardware h) -> h.record().id()).thenComparing(h -> h.record().validFrom())
                        .thenComparing(StoredHardware::seq)).toList();
        List<StoredRule> rules = ledger.allocationRules().list().stream()
                .sorted(Comparator.comparing((StoredRule r) -> r.rule().name())).toList();
        return new Inputs(period, List.copyOf(runs), List.copyOf(series), List.copyOf(imports),
                ledger.cloudEmissions().current(from, to), instruments, mixes, facilities, pues, readings, hardware, rules);
    }

    /**
     * The zones and years of own-operations consumption as market-based Scope 2 counts it: runs with a grid factor and
     * no cloud region, in the UTC year the run closed (zone → years).
     */
    static TreeMap<String, TreeSet<Integer>> ownOperationsZoneYears(List<RunRecord> runs) {
        TreeMap<String, TreeSet<Integer>> zy = new TreeMap<>();
        for (RunRecord r : runs) {
            var f = r.footprint();
            if (f == null || f.factorZone() == null || f.factorGramsPerKwh() == null || r.run().location().cloudRegion() != null) {
                continue;
            }
            zy.computeIfAbsent(f.factorZone(), k -> new TreeSet<>()).add(scope2Year(r));
        }
        return zy;
    }

    /** The UTC year Scope 2 counts a run in: the year it closed (the year it started while it is open). */
    static int scope2Year(RunRecord r) {
        Instant at = r.run().end() != null ? r.run().end() : r.run().start();
        return at.atZone(ZoneOffset.UTC).getYear();
    }

    private static boolean overlaps(Period period, Period p) {
        return period == null || (p.from().isBefore(period.to()) && p.to().isAfter(period.from()));
    }

    private static boolean overlapsYear(Period period, int year) {
        int a = period.from().atZone(ZoneOffset.UTC).getYear();
        int b = period.to().minusNanos(1).atZone(ZoneOffset.UTC).getYear();
        return year >= a && year <= b;
    }
}
