package io.wattprint.report;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.core.model.ComponentEnergy;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.quantity.Energy;
import io.wattprint.ledger.ClosedTotals;
import io.wattprint.ledger.RunRecord;
import io.wattprint.ledger.StoredFootprint;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Facts;
import io.wattprint.report.doc.Heading;
import io.wattprint.report.doc.Notice;
import io.wattprint.report.doc.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a set of runs' figures rest on, for the "Sources and methods" section every report carries: the
 * reference data versions, the emission factors (zone, g/kWh, year, source), the PUEs and why, the energy
 * by provenance (measured, estimated, imported) with the methods behind it, and the runs a total leaves out
 * (no footprint, location unknown). Built from stored footprints only, so it is true for the ledger read. Factors
 * print with {@link Figures#FACTOR_DECIMALS}; the kWh of the factor and method tables are apportioned to their
 * exact totals by the largest remainder ({@link ToTotal#apportion}); the JSON carries the unrounded figures.
 */
public final class Basis {
    /** One emission factor as footprints cite it, with the runs and facility kWh it converted. */
    public record FactorUse(String zone, double gramsPerKwh, Integer year, String source, int runs, double facilityKwh) {}

    /** One PUE as applied, with its reason. */
    public record PueUse(double pue, String basis, int runs) {}

    /** One energy method (counter or model) of one provenance kind, with the kWh of IT energy it gave. */
    public record MethodUse(Provenance.Kind kind, String method, int runs, double itKwh) {}

    private final int runs;
    private final List<String> withoutFootprint = new ArrayList<>();
    private final List<String> unknownLocation = new ArrayList<>();
    private final TreeSet<String> datasets = new TreeSet<>();
    private final Map<String, FactorUse> factors = new TreeMap<>();
    private final Map<String, PueUse> pues = new TreeMap<>();
    private final Map<String, MethodUse> methods = new TreeMap<>();
    private double itKwh, measuredKwh, estimatedKwh, importedKwh;

    private Basis(int runs) {
        this.runs = runs;
    }

    private Basis(List<RunRecord> records) {
        this.runs = records.size();
        for (RunRecord r : records) {
            StoredFootprint f = r.footprint();
            if (f == null) {
                withoutFootprint.add(r.run().id());
                continue;
            }
            if (f.dataset() != null) datasets.add(f.dataset());
            double facility = f.facilityEnergy().kilowattHours();
            if (f.co2e() == null || f.factorZone() == null || f.factorGramsPerKwh() == null) {
                unknownLocation.add(r.run().id());
            } else {
                String key = f.factorZone() + "|" + f.factorGramsPerKwh() + "|" + f.factorYear() + "|" + f.factorSource();
                FactorUse u = factors.get(key);
                factors.put(key, u == null
                        ? new FactorUse(f.factorZone(), f.factorGramsPerKwh(), f.factorYear(), f.factorSource(), 1, facility)
                        : new FactorUse(u.zone(), u.gramsPerKwh(), u.year(), u.source(), u.runs() + 1, u.facilityKwh() + facility));
            }
            String pk = String.format(java.util.Locale.ROOT, "%012.6f|%s", f.pue(), f.pueBasis());
            PueUse p = pues.get(pk);
            pues.put(pk, p == null ? new PueUse(f.pue(), f.pueBasis(), 1) : new PueUse(p.pue(), p.basis(), p.runs() + 1));
            TreeSet<String> seen = new TreeSet<>();
            for (ComponentEnergy c : f.components()) {
                double kwh = c.energy().kilowattHours();
                itKwh += kwh;
                Provenance.Kind kind = c.provenance().kind();
                if (c.provenance().isMeasured()) measuredKwh += kwh;
                else if (kind == Provenance.Kind.ESTIMATED) estimatedKwh += kwh;
                else importedKwh += kwh;
                String mk = kind + "|" + c.provenance().method();
                MethodUse m = methods.get(mk);
                boolean first = seen.add(mk);
                methods.put(mk, m == null ? new MethodUse(kind, c.provenance().method(), 1, kwh)
                        : new MethodUse(kind, m.method(), m.runs() + (first ? 1 : 0), m.itKwh() + kwh));
            }
        }
    }

    public static Basis of(List<RunRecord> records) { return new Basis(records); }

    /**
     * The same from totals the ledger summed ({@link ClosedTotals}: every group counts, whatever its place); the
     * unknown-location and no-footprint runs are named from {@link ClosedTotals#leftOut()}.
     */
    public static Basis of(ClosedTotals totals) {
        Basis b = new Basis(totals.runs());
        for (ClosedTotals.LeftOut l : totals.leftOut()) (l.footprint() ? b.unknownLocation : b.withoutFootprint).add(l.id());
        for (ClosedTotals.Group g : totals.groups()) {
            if (!g.footprint()) continue;
            if (g.dataset() != null) b.datasets.add(g.dataset());
            if (g.located()) {
                double facility = Energy.ofJoules(g.facilityEnergyJoules()).kilowattHours();
                String key = g.factorZone() + "|" + g.factorGramsPerKwh() + "|" + g.factorYear() + "|" + g.factorSource();
                FactorUse u = b.factors.get(key);
                b.factors.put(key, u == null
                        ? new FactorUse(g.factorZone(), g.factorGramsPerKwh(), g.factorYear(), g.factorSource(), g.runs(), facility)
                        : new FactorUse(u.zone(), u.gramsPerKwh(), u.year(), u.source(), u.runs() + g.runs(), u.facilityKwh() + facility));
            }
            String pk = String.format(java.util.Locale.ROOT, "%012.6f|%s", g.pue(), g.pueBasis());
            PueUse p = b.pues.get(pk);
            b.pues.put(pk, p == null ? new PueUse(g.pue(), g.pueBasis(), g.runs()) : new PueUse(p.pue(), p.basis(), p.runs() + g.runs()));
        }
        for (ClosedTotals.MethodTotal m : totals.methods()) {
            Provenance.Kind kind = Provenance.Kind.valueOf(m.kind());
            double kwh = Energy.ofJoules(m.energyJoules()).kilowattHours();
            b.itKwh += kwh;
            if (kind == Provenance.Kind.MEASURED_COUNTER || kind == Provenance.Kind.MEASURED_POWER) b.measuredKwh += kwh;
            else if (kind == Provenance.Kind.ESTIMATED) b.estimatedKwh += kwh;
            else b.importedKwh += kwh;
            String mk = kind + "|" + m.method();
            MethodUse u = b.methods.get(mk);
            b.methods.put(mk, u == null ? new MethodUse(kind, m.method(), m.runs(), kwh)
                    : new MethodUse(kind, u.method(), u.runs() + m.runs(), u.itKwh() + kwh));
        }
        return b;
    }

    public int runs() { return runs; }
    public List<String> withoutFootprint() { return List.copyOf(withoutFootprint); }
    public List<String> unknownLocation() { return List.copyOf(unknownLocation); }
    public List<String> datasets() { return List.copyOf(datasets); }
    public List<FactorUse> factors() { return List.copyOf(factors.values()); }
    public List<PueUse> pues() { return List.copyOf(pues.values()); }
    public List<MethodUse> methods() { return List.copyOf(methods.values()); }
    public double itKwh() { return itKwh; }
    public double measuredKwh() { return measuredKwh; }
    public double estimatedKwh() { return estimatedKwh; }
    public double importedKwh() { return importedKwh; }

    /** Share of IT energy measured by a counter or integrated power (0 when there is no energy). */
    public double measuredShare() { return itKwh == 0 ? 0 : measuredKwh / itKwh; }

    /** Share of IT energy estimated by a model. */
    public double estimatedShare() { return itKwh == 0 ? 0 : estimatedKwh / itKwh; }

    /** The "Sources and methods" section: datasets, factors, PUEs, energy methods and what is left out. */
    public List<Block> blocks() {
        List<Block> b = new ArrayList<>();
        b.add(new Heading(1, "Sources and methods"));
        b.add(new Facts("basis", null, List.of(
                new Facts.Fact("Runs read", Integer.toString(runs)),
                new Facts.Fact("Reference data", datasets.isEmpty() ? "none recorded" : String.join(", ", datasets)),
                new Facts.Fact("IT energy measured", Figures.percent(measuredShare(), 1)),
                new Facts.Fact("IT energy estimated", Figures.percent(estimatedShare(), 1)),
                new Facts.Fact("IT energy imported", Figures.percent(itKwh == 0 ? 0 : importedKwh / itKwh, 1)))));
        List<List<String>> frows = new ArrayList<>();
        List<BigDecimal> fk = ToTotal.apportion(factors.values().stream().map(FactorUse::facilityKwh).toList(), 3);
        int fi = 0;
        for (FactorUse u : factors.values()) {
            frows.add(List.of(u.zone(), Figures.factor(u.gramsPerKwh()), u.year() == null ? "n/a" : u.year().toString(),
                    u.source() == null ? "n/a" : u.source(), Integer.toString(u.runs()),
                    Figures.text(Figures.exact(u.facilityKwh()), fk.get(fi++))));
        }
        b.add(new Table("factors", "Emission factors used", List.of(Table.Column.text("Zone"), Table.Column.number("gCO2e/kWh"),
                Table.Column.text("Year"), Table.Column.text("Source"), Table.Column.number("Runs"), Table.Column.number("kWh")),
                frows, null));
        List<List<String>> prows = new ArrayList<>();
        for (PueUse p : pues.values()) prows.add(List.of(Figures.text(p.pue(), 2), p.basis(), Integer.toString(p.runs())));
        b.add(new Table("pues", "PUE applied", List.of(Table.Column.number("PUE"), Table.Column.text("Basis"),
                Table.Column.number("Runs")), prows, null));
        List<List<String>> mrows = new ArrayList<>();
        List<BigDecimal> mk = ToTotal.apportion(methods.values().stream().map(MethodUse::itKwh).toList(), 3);
        int mi = 0;
        for (MethodUse m : methods.values()) {
            mrows.add(List.of(kindLabel(m.kind()), m.method(), Integer.toString(m.runs()),
                    Figures.text(Figures.exact(m.itKwh()), mk.get(mi++))));
        }
        b.add(new Table("energy_methods", "Energy methods", List.of(Table.Column.text("Provenance"), Table.Column.text("Method"),
                Table.Column.number("Runs"), Table.Column.number("IT kWh")), mrows, null));
        if (estimatedKwh > 0) {
            b.add(new Notice(Notice.Kind.ESTIMATE, Figures.percent(estimatedShare(), 1) + " of the IT energy is estimated, not measured "
                    + "(see Energy methods)."));
        }
        if (!unknownLocation.isEmpty()) {
            b.add(new Notice(Notice.Kind.WARNING, unknownLocation.size() + " run(s) have no known location or factor and no CO2e: "
                    + ids(unknownLocation) + "."));
        }
        if (!withoutFootprint.isEmpty()) {
            b.add(new Notice(Notice.Kind.WARNING, withoutFootprint.size() + " run(s) have no footprint (not closed or not computed): "
                    + ids(withoutFootprint) + "."));
        }
        return b;
    }

    /** What the "Sources and methods" of a report's data holds (figures unrounded kWh and g/kWh, as stored). */
    public record Data(int runs, List<String> referenceData, BigDecimal itEnergyKwh, BigDecimal measuredShare,
                       BigDecimal estimatedShare, List<Factor> factors, List<Method> energyMethods,
                       List<String> unknownLocationRuns, List<String> runsWithoutFootprint) {}

    /** One emission factor used, with the runs and facility kWh it converted. */
    public record Factor(String zone, BigDecimal gPerKwh, Integer year, String source, int runs, BigDecimal facilityKwh) {}

    /** One energy method, with the runs and IT kWh it gave. */
    public record Method(String provenance, String method, int runs, BigDecimal itKwh) {}

    /** The data of the section, for the report's JSON. */
    public Data data() {
        List<Factor> fs = new ArrayList<>();
        for (FactorUse u : factors.values()) {
            fs.add(new Factor(u.zone(), BigDecimal.valueOf(u.gramsPerKwh()), u.year(), u.source(), u.runs(),
                    BigDecimal.valueOf(u.facilityKwh())));
        }
        List<Method> ms = new ArrayList<>();
        for (MethodUse u : methods.values()) ms.add(new Method(kindLabel(u.kind()), u.method(), u.runs(), BigDecimal.valueOf(u.itKwh())));
        return new Data(runs, datasets(), BigDecimal.valueOf(itKwh), BigDecimal.valueOf(measuredShare()),
                BigDecimal.valueOf(estimatedShare()), fs, ms, unknownLocation(), withoutFootprint());
    }

    static String kindLabel(Provenance.Kind k) {
        return switch (k) {
            case MEASURED_COUNTER -> "measured (counter)";
            case MEASURED_POWER -> "measured (power)";
            case ESTIMATED -> "estimated";
            case IMPORTED -> "imported";
        };
    }

    /** Up to ten short run ids, then how many more. */
    public static String ids(List<String> ids) {
        List<String> shown = ids.stream().limit(10).map(id -> id.length() > 8 ? id.substring(0, 8) : id).toList();
        return String.join(", ", shown) + (ids.size() > 10 ? " and " + (ids.size() - 10) + " more" : "");
    }
}
