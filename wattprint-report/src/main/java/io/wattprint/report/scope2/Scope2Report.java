package io.wattprint.report.scope2;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.core.scope2.Allocation;
import io.wattprint.core.scope2.ContractualInstrument;
import io.wattprint.core.scope2.DualScope2;
import io.wattprint.core.scope2.Hierarchy;
import io.wattprint.core.scope2.ResidualMix;
import io.wattprint.core.scope2.Scope2Rules;
import io.wattprint.core.scope2.Scope2Warning;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunQuery;
import io.wattprint.ledger.RunRecord;
import io.wattprint.report.Basis;
import io.wattprint.report.ResidualMixUse;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Document;
import io.wattprint.report.doc.Facts;
import io.wattprint.report.doc.Heading;
import io.wattprint.report.doc.Notice;
import io.wattprint.report.doc.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code wattprint report scope2}: GHG Protocol Scope 2 dual reporting of the reporter's own operations for a year —
 * location-based and market-based side by side per facility (else zone) and factor, the instruments applied, the
 * residual-mix or grid-average fallback, every Scope 2 Quality Criteria warning and the factors used with sources.
 * Runs in a cloud region are left out (purchased cloud compute is the customer's Scope 3) and counted in a note.
 * MWh and tCO2e to 3 decimals, gCO2e/kWh to 2: each total is the exact sum rounded half-up and its lines are
 * apportioned to it by the largest remainder ({@link ToTotal#apportion}).
 */
public final class Scope2Report {
    public static final String KIND = "scope2";
    static final String GUIDANCE = "GHG Protocol Scope 2 Guidance (2015)";

    public record Options(int year, String reporter, int monthsBefore, int monthsAfter) {}

    /** {@code meters}: the facilities' meter readings (METHODOLOGY.md §8.7); {@link FacilityMeters#none()} for none. */
    public record Inputs(List<RunRecord> runs, List<ContractualInstrument> instruments, List<ResidualMix> residualMixes,
                         FacilityMeters meters) {
        public Inputs {
            java.util.Objects.requireNonNull(meters, "meters");
        }

        /** Without meter readings: every facility's energy is its runs'. */
        public Inputs(List<RunRecord> runs, List<ContractualInstrument> instruments, List<ResidualMix> residualMixes) {
            this(runs, instruments, residualMixes, FacilityMeters.none());
        }

        public static Inputs empty() { return new Inputs(List.of(), List.of(), List.of()); }

        /** The runs read whole (the report lists them); a facility's runs inside its readings' windows taken from them. */
        public static Inputs read(Ledger l, Scope2Rules rules) {
            List<RunRecord> runs = l.runs().list(new RunQuery(null, null, rules.to(), null));
            List<io.wattprint.core.facility.Facility> facilities = l.facilities().facilities();
            List<io.wattprint.core.facility.MeterReading> readings = new ArrayList<>();
            for (var f : facilities) readings.addAll(l.facilities().readings(f.name()));
            FacilityMeters meters = readings.isEmpty() ? FacilityMeters.none() : FacilityMeters.of(facilities, readings, runs);
            return new Inputs(runs, l.instruments().list(), l.instruments().residualMixes(), meters);
        }
    }

    private Scope2Report() {}

    public static Scope2Rules rules(Options o) {
        return Scope2Rules.calendarYear(o.year(), o.reporter()).withVintageSlack(o.monthsBefore(), o.monthsAfter());
    }

    public static ReportOutput build(Inputs in, Options o, Instant generatedAt) {
        return build(in, o, generatedAt, Scope2Data.shipped());
    }

    /** As {@link #build(Inputs, Options, Instant)}, with location-based factors chosen by {@code factors}. */
    public static ReportOutput build(Inputs in, Options o, Instant generatedAt, io.wattprint.core.scope2.Scope2Factors factors) {
        Scope2Rules rules = rules(o);
        Scope2Result result = Scope2Result.compute(in, rules, Scope2Result.Boundary.OWN_OPERATIONS, factors);
        Scope2Data consumption = result.consumption();
        List<RunRecord> basisRuns = new ArrayList<>(consumption.included());
        basisRuns.addAll(consumption.unknownLocation());
        Basis basis = Basis.of(basisRuns);
        Scope2ReportData data = data(result, o, basis, generatedAt);
        return new ReportOutput(document(data, basis, o, generatedAt), data);
    }

    /**
     * The report's data: the dual result of the consumption lines, each column's total its exact sum rounded half-up
     * and its lines apportioned to it (largest remainder).
     */
    static Scope2ReportData data(Scope2Result result, Options o, Basis basis, Instant generatedAt) {
        Scope2Rules rules = result.rules();
        Scope2Data consumption = result.consumption();
        DualScope2 r = result.dual();
        List<List<Double>> exact = new ArrayList<>();
        for (int i = 0; i < 6; i++) exact.add(new ArrayList<>());
        for (DualScope2.Line l : r.lines()) {
            double uncovered = l.uncovered().megawattHours();
            double[] x = {l.line().energy().megawattHours(), l.locationBased().tonnes(), l.marketBased().tonnes(),
                    l.instrumentEnergy().megawattHours(), l.uncoveredLevel() == Hierarchy.RESIDUAL_MIX ? uncovered : 0,
                    l.uncoveredLevel() == Hierarchy.GRID_AVERAGE ? uncovered : 0};
            for (int i = 0; i < 6; i++) exact.get(i).add(x[i]);
        }
        List<List<BigDecimal>> cols = new ArrayList<>();
        BigDecimal[] t = new BigDecimal[6];
        for (int i = 0; i < 6; i++) {
            cols.add(ToTotal.apportion(exact.get(i), 3));
            t[i] = ToTotal.total(exact.get(i), 3);
        }
        List<Scope2ReportData.Line> lines = new ArrayList<>();
        List<Scope2ReportData.Uncovered> uncovered = new ArrayList<>();
        List<Double> uncoveredT = r.lines().stream().filter(l -> l.uncoveredFactor() != null)
                .map(l -> l.uncoveredCo2e().tonnes()).toList();
        // a line's uncovered MWh is its Residual mix / Grid average figure (the total is their sum); the tCO2e
        // column is apportioned to its exact total
        List<BigDecimal> uts = ToTotal.apportion(uncoveredT, 3);
        int runs = 0;
        for (int li = 0; li < r.lines().size(); li++) {
            DualScope2.Line l = r.lines().get(li);
            BigDecimal[] v = new BigDecimal[6];
            List<BigDecimal> x = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                v[i] = cols.get(i).get(li);
                x.add(Figures.exact(exact.get(i).get(li)));
            }
            x.add(Figures.exact(l.line().gridFactor().gramsPerKwh()));
            int n = consumption.runsInLine(l.line().label());
            runs += n;
            lines.add(new Scope2ReportData.Line(l.line().label(), l.line().zone(), n, v[0], v[1], v[2], v[3], v[4], v[5],
                    factor(l.line().gridFactor().gramsPerKwh()), boundaryOf(consumption, l.line().label()), l.line().gridFactorSource(),
                    l.uncoveredLevel() == null ? null : l.uncoveredLevel().name().toLowerCase(Locale.ROOT),
                    l.uncoveredFactor() == null ? null : factor(l.uncoveredFactor().gramsPerKwh()), l.uncoveredSource(),
                    consumption.basisOf(l.line().label()), x));
            if (l.uncoveredFactor() != null) {
                boolean residual = l.uncoveredLevel() == Hierarchy.RESIDUAL_MIX;
                uncovered.add(new Scope2ReportData.Uncovered(l.line().label(), residual ? v[4] : v[5],
                        Figures.exact(l.uncovered().megawattHours()), residual, Figures.factor(l.uncoveredFactor().gramsPerKwh()),
                        uts.get(uncovered.size()), Figures.exact(l.uncoveredCo2e().tonnes()), l.uncoveredSource()));
            }
        }

        List<Double> am = new ArrayList<>(), at = new ArrayList<>();
        for (Allocation a : r.allocations()) {
            am.add(a.energy().megawattHours());
            at.add(a.co2e().tonnes());
        }
        // the instruments' MWh total is the Instruments MWh total of the main table, split over the allocations
        List<BigDecimal> ams = ToTotal.apportionExact(t[3], am.stream().map(Figures::exact).toList(), 3);
        List<BigDecimal> ats = ToTotal.apportion(at, 3);
        List<Scope2ReportData.Applied> applied = new ArrayList<>();
        for (int ai = 0; ai < r.allocations().size(); ai++) {
            Allocation a = r.allocations().get(ai);
            ContractualInstrument i = a.instrument();
            applied.add(new Scope2ReportData.Applied(i.type().label(), i.id(), a.line().label(), ams.get(ai),
                    factor(i.rate().gramsPerKwh()), ats.get(ai), i.vintageLabel(), i.market().toString(), i.retiredFor(),
                    i.registry(), a.hourlyMatched(), Figures.exact(am.get(ai)), Figures.exact(i.rate().gramsPerKwh()),
                    Figures.exact(at.get(ai))));
        }

        List<Scope2ReportData.Warning> warnings = new ArrayList<>();
        for (Scope2Warning w : r.warnings()) {
            warnings.add(new Scope2ReportData.Warning(w.code().name().toLowerCase(Locale.ROOT), w.subject(), w.message()));
        }
        String cloudNote = null;
        if (!consumption.cloudRuns().isEmpty()) {
            List<Double> kwhs = new ArrayList<>();
            for (RunRecord c : consumption.cloudRuns()) if (c.footprint() != null) kwhs.add(c.footprint().facilityEnergy().kilowattHours());
            cloudNote = consumption.cloudRuns().size() + " run(s) in cloud regions (" + Figures.text(ToTotal.total(kwhs, 3))
                    + " kWh) are purchased cloud compute: Scope 3 category 1 of the reporter, the provider's Scope 2; not in "
                    + "these totals (wattprint report esrs-e1 shows them as Scope 3).";
        }
        // the notes: the run warnings and the cloud note (a quality warning only where it repeats a run warning)
        List<String> notes = new ArrayList<>();
        for (Scope2ReportData.Warning w : warnings) if (consumption.warnings().contains(w.message())) notes.add(w.message());
        notes.addAll(consumption.warnings());
        if (cloudNote != null) notes.add(cloudNote);
        for (MeterUse m : consumption.meters()) notes.add(m.note(rules.periodLabel()));
        TreeMap<String, TreeSet<Integer>> zoneYears = new TreeMap<>();
        for (DualScope2.Line l : r.lines()) zoneYears.computeIfAbsent(l.line().zone(), z -> new TreeSet<>()).add(l.line().year());
        List<ResidualMixUse> mixYears = ResidualMixUse.of(zoneYears, result.residualMixes());
        List<BigDecimal> exactTotals = new ArrayList<>();
        for (List<Double> column : exact) exactTotals.add(exactSum(column));
        exactTotals.add(exactSum(at));
        Scope2ReportData.Totals totals = new Scope2ReportData.Totals(t[0], t[1], t[2], t[3], t[4], t[5], ToTotal.total(at, 3),
                List.copyOf(exactTotals));
        return new Scope2ReportData(KIND, o.year(), generatedAt.toString(), rules.reporter(),
                new Scope2ReportData.Window(rules.windowFrom().toString(), rules.windowTo().toString()), runs, t[0], t[1],
                consumption.locationBoundary(), t[2],
                lines, applied, warnings, notes, "MWh and tCO2e to 3 decimals, factors to 2: a total is the exact sum rounded "
                + "half-up, its lines are apportioned to it by the largest remainder", basis.data(), mixYears,
                consumption.meters().stream().map(MeterUse::json).toList(), totals, uncovered,
                consumption.warnings(), cloudNote, rules.windowLabel());
    }

    /** The document of the report's data. */
    static Document document(Scope2ReportData d, Basis basis, Options o, Instant generatedAt) {
        List<Block> blocks = new ArrayList<>();
        Scope2ReportData.Totals t = d.totals();
        blocks.add(new Facts("dual", "Dual reporting (" + GUIDANCE + ")", List.of(
                new Facts.Fact("Scope 2 location-based (tCO2e)", Figures.text(t.exact().get(1), t.locationBasedT())),
                new Facts.Fact("Location-based factor boundary", d.locationBoundary()),
                new Facts.Fact("Scope 2 market-based (tCO2e)", Figures.text(t.exact().get(2), t.marketBasedT())),
                new Facts.Fact("Electricity consumed (MWh)", Figures.text(t.exact().get(0), t.energyMwh())),
                new Facts.Fact("Runs", Integer.toString(d.runs())),
                new Facts.Fact("Reporter", o.reporter() == null ? "not named" : o.reporter().strip()),
                new Facts.Fact("Vintage window", d.windowLabel()))));
        blocks.add(new Heading(1, "Location-based and market-based by facility / zone"));
        List<List<String>> rows = new ArrayList<>();
        for (Scope2ReportData.Line l : d.lines()) {
            List<BigDecimal> v = List.of(l.energyMwh(), l.locationBasedT(), l.marketBasedT(), l.instrumentMwh(),
                    l.residualMixMwh(), l.gridAverageMwh());
            List<String> row = new ArrayList<>(List.of(l.label(), l.zone(), Integer.toString(l.runs())));
            for (int i = 0; i < 6; i++) row.add(Figures.text(l.exact().get(i), v.get(i)));
            row.add(l.energyBasis());
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of("Total", "", Integer.toString(d.runs())));
        List<BigDecimal> shownTotals = List.of(t.energyMwh(), t.locationBasedT(), t.marketBasedT(), t.instrumentMwh(),
                t.residualMixMwh(), t.gridAverageMwh());
        for (int i = 0; i < 6; i++) total.add(Figures.text(t.exact().get(i), shownTotals.get(i)));
        total.add("");
        blocks.add(new Table("scope2", "Each figure labelled with its method; runs closed in " + d.year() + " (UTC), own operations",
                List.of(Table.Column.text("Facility / zone"), Table.Column.text("Zone"), Table.Column.number("Runs"),
                        Table.Column.number("MWh"), Table.Column.number("Location-based tCO2e"),
                        Table.Column.number("Market-based tCO2e"), Table.Column.number("Instruments MWh"),
                        Table.Column.number("Residual mix MWh"), Table.Column.number("Grid average MWh"),
                        Table.Column.text("Energy basis")), rows, total));
        if (!d.meteredFacilities().isEmpty()) blocks.add(meteredTable(d.meteredFacilities()));

        blocks.add(new Heading(1, "Instruments applied"));
        List<List<String>> irows = new ArrayList<>();
        for (Scope2ReportData.Applied a : d.instrumentsApplied()) {
            irows.add(List.of(a.type(), a.id(), a.line(), Figures.text(a.exactMwh(), a.mwh()), Figures.text(a.exactRate(), a.rateGPerKwh()),
                    Figures.text(a.exactCo2eT(), a.co2eT()), a.vintage(), a.market(),
                    a.retiredFor() == null ? "not recorded" : a.retiredFor(), a.registry() == null ? "" : a.registry()));
        }
        blocks.add(new Table("instruments", "Applied in the hierarchy EACs (GO, REC, I-REC) → PPAs → supplier rates, each MWh once",
                List.of(Table.Column.text("Type"), Table.Column.text("Instrument"), Table.Column.text("Applied to"),
                        Table.Column.number("MWh"), Table.Column.number("Rate gCO2e/kWh"), Table.Column.number("tCO2e"),
                        Table.Column.text("Vintage"), Table.Column.text("Market"), Table.Column.text("Retired for"),
                        Table.Column.text("Registry")), irows,
                List.of("Total", "", "", Figures.text(t.exact().get(3), t.instrumentMwh()), "",
                        Figures.text(t.exact().get(6), t.instrumentsCo2eT()), "", "", "", "")));

        blocks.add(new Heading(1, "Consumption not covered by instruments"));
        List<List<String>> urows = new ArrayList<>();
        List<BigDecimal> um = new ArrayList<>(), umExact = new ArrayList<>(), ut = new ArrayList<>();
        for (Scope2ReportData.Uncovered u : d.uncovered()) {
            um.add(u.mwh());
            umExact.add(u.exactMwh());
            ut.add(u.exactCo2eT());
            urows.add(List.of(u.label(), Figures.text(u.exactMwh(), u.mwh()),
                    u.residualMix() ? "residual mix" : "grid average (no residual mix known)", u.factor(),
                    Figures.text(u.exactCo2eT(), u.co2eT()), u.source()));
        }
        blocks.add(new Table("uncovered", "Market-based factor of the MWh no instrument covers", List.of(
                Table.Column.text("Facility / zone"), Table.Column.number("MWh"), Table.Column.text("Factor"),
                Table.Column.number("gCO2e/kWh"), Table.Column.number("tCO2e"), Table.Column.text("Source")), urows,
                List.of("Total", Figures.text(ToTotal.sum(umExact), ToTotal.sum(um).setScale(3)), "", "",
                        Figures.text(ToTotal.sum(ut), ToTotal.totalOfExact(ut, 3)), "")));

        blocks.add(new Heading(1, "Residual mix used"));
        blocks.add(ResidualMixUse.table(d.residualMixYears()));

        blocks.add(new Heading(1, "Location-based emission factors"));
        List<List<String>> frows = new ArrayList<>();
        for (Scope2ReportData.Line l : d.lines()) {
            frows.add(List.of(l.label(), l.zone(), Figures.text(l.exact().get(6), l.gridFactorGPerKwh()), l.gridFactorBoundary(),
                    l.gridFactorSource()));
        }
        blocks.add(new Table("grid_factors", "Grid average factors of location-based Scope 2: direct (combustion) where one is "
                + "shipped, else the run's life-cycle factor (METHODOLOGY.md §3.3)", List.of(
                Table.Column.text("Facility / zone"), Table.Column.text("Zone"), Table.Column.number("gCO2e/kWh"),
                Table.Column.text("Boundary"), Table.Column.text("Source")), frows, null));

        List<Notice> notices = new ArrayList<>();
        for (Scope2ReportData.Warning w : d.warnings()) notices.add(new Notice(Notice.Kind.WARNING, w.message()));
        for (String w : d.runWarnings()) notices.add(new Notice(Notice.Kind.WARNING, w));
        if (d.cloudNote() != null) notices.add(new Notice(Notice.Kind.NOTE, d.cloudNote()));
        blocks.add(new Heading(1, "Warnings and notes"));
        if (notices.isEmpty()) blocks.add(new Notice(Notice.Kind.NOTE, "No Scope 2 Quality Criteria warning and no run left out."));
        blocks.addAll(notices);
        blocks.addAll(basis.blocks());

        String subtitle = "Dual reporting (" + GUIDANCE + "), own operations, runs closed in " + o.year() + " (UTC)"
                + (o.reporter() == null ? "" : ", reporter " + o.reporter().strip());
        return new Document(KIND, "GHG Protocol Scope 2 " + o.year(), subtitle, generatedAt, blocks);
    }

    /**
     * The facilities whose meter readings set their Scope 2 energy (METHODOLOGY.md §8.7): metered MWh, the runs' MWh
     * inside the readings and the MWh no run explains, each to 3 decimals (a figure that is not 0 never prints 0).
     */
    public static Table meteredTable(List<MeterUse.Json> metered) {
        List<List<String>> rows = new ArrayList<>();
        for (MeterUse.Json m : metered) {
            rows.add(List.of(m.facility(), m.zone(), m.readings(), mwh(m.meteredMwh()), mwh(m.runsInsideMwh()),
                    mwh(m.notAttributedMwh()), Figures.text(m.runsScale(), 4), Figures.text(m.coveredPct(), 1)));
        }
        return new Table("metered", "Facilities whose meter readings set their energy: the runs closed inside the readings "
                + "allocate within the metered MWh, the rest is a line of its own; outside the readings the runs count "
                + "(METHODOLOGY.md §8.7)", List.of(Table.Column.text("Facility"), Table.Column.text("Zone"),
                Table.Column.text("Readings"), Table.Column.number("Metered MWh"), Table.Column.number("Runs inside MWh"),
                Table.Column.number("Not attributed MWh"), Table.Column.number("Runs scaled by"),
                Table.Column.number("Period covered %")), rows, null);
    }

    private static String mwh(BigDecimal exact) { return Figures.text(exact, 3); }

    /** The boundary of a line's Scope 2 factor: direct, life-cycle or not known. */
    private static String boundaryOf(Scope2Data consumption, String label) {
        var f = consumption.factorOf(label);
        return f == null ? "not known" : io.wattprint.core.scope2.Scope2Factor.label(f.boundary());
    }

    private static BigDecimal exactSum(List<Double> xs) { return ToTotal.sum(xs.stream().map(Figures::exact).toList()); }

    private static BigDecimal factor(double gramsPerKwh) { return Figures.round(gramsPerKwh, Figures.FACTOR_DECIMALS); }
}
