package io.wattprint.report.scope2;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.core.scope2.Allocation;
import io.wattprint.core.scope2.ContractualInstrument;
import io.wattprint.core.scope2.DualScope2;
import io.wattprint.core.scope2.Hierarchy;
import io.wattprint.core.scope2.MarketBasedScope2;
import io.wattprint.core.scope2.ResidualMix;
import io.wattprint.core.scope2.Scope2Rules;
import io.wattprint.core.scope2.Scope2Warning;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunQuery;
import io.wattprint.ledger.RunRecord;
import io.wattprint.report.Basis;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    public record Inputs(List<RunRecord> runs, List<ContractualInstrument> instruments, List<ResidualMix> residualMixes) {
        public static Inputs empty() { return new Inputs(List.of(), List.of(), List.of()); }

        public static Inputs read(Ledger l, Scope2Rules rules) {
            return new Inputs(l.runs().list(new RunQuery(null, null, rules.to(), null)), l.instruments().list(),
                    l.instruments().residualMixes());
        }
    }

    private Scope2Report() {}

    public static Scope2Rules rules(Options o) {
        return Scope2Rules.calendarYear(o.year(), o.reporter()).withVintageSlack(o.monthsBefore(), o.monthsAfter());
    }

    public static ReportOutput build(Inputs in, Options o, Instant generatedAt) {
        Scope2Rules rules = rules(o);
        Scope2Data data = Scope2Data.ownOperations(in.runs(), rules);
        DualScope2 r = new MarketBasedScope2().compute(data.lines(), in.instruments(), in.residualMixes(), rules);
        List<Block> blocks = new ArrayList<>();

        List<List<String>> rows = new ArrayList<>();
        List<Object> jlines = new ArrayList<>();
        // each column's total is its exact sum rounded half-up; the lines are apportioned to it (largest remainder)
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
        Map<DualScope2.Line, BigDecimal> uncoveredShown = new java.util.IdentityHashMap<>();
        int runs = 0;
        for (int li = 0; li < r.lines().size(); li++) {
            DualScope2.Line l = r.lines().get(li);
            BigDecimal[] v = new BigDecimal[6];
            for (int i = 0; i < 6; i++) v[i] = cols.get(i).get(li);
            uncoveredShown.put(l, l.uncoveredLevel() == Hierarchy.GRID_AVERAGE ? v[5] : v[4]);
            int n = data.runsInLine(l.line().label());
            runs += n;
            List<String> row = new ArrayList<>(List.of(l.line().label(), l.line().zone(), Integer.toString(n)));
            for (int i = 0; i < 6; i++) row.add(Figures.text(Figures.exact(exact.get(i).get(li)), v[i]));
            rows.add(row);
            Map<String, Object> jl = new LinkedHashMap<>();
            jl.put("label", l.line().label());
            jl.put("zone", l.line().zone());
            jl.put("runs", n);
            jl.put("energy_mwh", v[0]);
            jl.put("location_based_t", v[1]);
            jl.put("market_based_t", v[2]);
            jl.put("instrument_mwh", v[3]);
            jl.put("residual_mix_mwh", v[4]);
            jl.put("grid_average_mwh", v[5]);
            jl.put("grid_factor_g_per_kwh", factor(l.line().gridFactor().gramsPerKwh()));
            jl.put("grid_factor_source", l.line().gridFactorSource());
            jl.put("uncovered_basis", l.uncoveredLevel() == null ? null : l.uncoveredLevel().name().toLowerCase(Locale.ROOT));
            jl.put("uncovered_g_per_kwh", l.uncoveredFactor() == null ? null : factor(l.uncoveredFactor().gramsPerKwh()));
            jl.put("uncovered_source", l.uncoveredSource());
            jlines.add(jl);
        }
        List<String> total = new ArrayList<>(List.of("Total", "", Integer.toString(runs)));
        for (BigDecimal v : t) total.add(Figures.text(v));

        blocks.add(new Facts("dual", "Dual reporting (" + GUIDANCE + ")", List.of(
                new Facts.Fact("Scope 2 location-based (tCO2e)", Figures.text(t[1])),
                new Facts.Fact("Scope 2 market-based (tCO2e)", Figures.text(t[2])),
                new Facts.Fact("Electricity consumed (MWh)", Figures.text(t[0])),
                new Facts.Fact("Runs", Integer.toString(runs)),
                new Facts.Fact("Reporter", o.reporter() == null ? "not named" : o.reporter().strip()),
                new Facts.Fact("Vintage window", rules.windowLabel()))));
        blocks.add(new Heading(1, "Location-based and market-based by facility / zone"));
        blocks.add(new Table("scope2", "Each figure labelled with its method; runs closed in " + o.year() + " (UTC), own operations",
                List.of(Table.Column.text("Facility / zone"), Table.Column.text("Zone"), Table.Column.number("Runs"),
                        Table.Column.number("MWh"), Table.Column.number("Location-based tCO2e"),
                        Table.Column.number("Market-based tCO2e"), Table.Column.number("Instruments MWh"),
                        Table.Column.number("Residual mix MWh"), Table.Column.number("Grid average MWh")), rows, total));

        blocks.add(new Heading(1, "Instruments applied"));
        List<List<String>> irows = new ArrayList<>();
        List<Object> japplied = new ArrayList<>();
        List<Double> am = new ArrayList<>(), at = new ArrayList<>();
        for (Allocation a : r.allocations()) {
            am.add(a.energy().megawattHours());
            at.add(a.co2e().tonnes());
        }
        // the instruments' MWh total is the Instruments MWh total of the table above, split over the allocations
        List<BigDecimal> ams = ToTotal.apportionExact(t[3], am.stream().map(Figures::exact).toList(), 3);
        List<BigDecimal> ats = ToTotal.apportion(at, 3);
        BigDecimal im = t[3], it = ToTotal.total(at, 3);
        for (int ai = 0; ai < r.allocations().size(); ai++) {
            Allocation a = r.allocations().get(ai);
            ContractualInstrument i = a.instrument();
            BigDecimal m = ams.get(ai), c = ats.get(ai);
            String rate = Figures.factor(i.rate().gramsPerKwh());
            String mt = Figures.text(Figures.exact(am.get(ai)), m), ct = Figures.text(Figures.exact(at.get(ai)), c);
            irows.add(List.of(i.type().label(), i.id(), a.line().label(), mt, rate, ct, i.vintageLabel(),
                    i.market().toString(), i.retiredFor() == null ? "not recorded" : i.retiredFor(),
                    i.registry() == null ? "" : i.registry()));
            Map<String, Object> ja = new LinkedHashMap<>();
            ja.put("type", i.type().label());
            ja.put("id", i.id());
            ja.put("line", a.line().label());
            ja.put("mwh", m);
            ja.put("rate_g_per_kwh", factor(i.rate().gramsPerKwh()));
            ja.put("co2e_t", c);
            ja.put("vintage", i.vintageLabel());
            ja.put("market", i.market().toString());
            ja.put("retired_for", i.retiredFor());
            ja.put("registry", i.registry());
            ja.put("hourly_matched", a.hourlyMatched());
            japplied.add(ja);
        }
        blocks.add(new Table("instruments", "Applied in the hierarchy EACs (GO, REC, I-REC) → PPAs → supplier rates, each MWh once",
                List.of(Table.Column.text("Type"), Table.Column.text("Instrument"), Table.Column.text("Applied to"),
                        Table.Column.number("MWh"), Table.Column.number("Rate gCO2e/kWh"), Table.Column.number("tCO2e"),
                        Table.Column.text("Vintage"), Table.Column.text("Market"), Table.Column.text("Retired for"),
                        Table.Column.text("Registry")), irows,
                List.of("Total", "", "", Figures.text(im), "", Figures.text(it), "", "", "", "")));

        blocks.add(new Heading(1, "Consumption not covered by instruments"));
        List<List<String>> urows = new ArrayList<>();
        // a line's uncovered MWh is its Residual mix / Grid average figure above (the total is their sum); the
        // tCO2e column is apportioned to its exact total
        List<DualScope2.Line> uncoveredLines = r.lines().stream().filter(l -> l.uncoveredFactor() != null).toList();
        List<BigDecimal> uts = ToTotal.apportion(uncoveredLines.stream().map(l -> l.uncoveredCo2e().tonnes()).toList(), 3);
        BigDecimal um = zero(), ut = ToTotal.total(uncoveredLines.stream().map(l -> l.uncoveredCo2e().tonnes()).toList(), 3);
        for (int ui = 0; ui < uncoveredLines.size(); ui++) {
            DualScope2.Line l = uncoveredLines.get(ui);
            BigDecimal m = uncoveredShown.get(l), c = uts.get(ui);
            um = um.add(m);
            urows.add(List.of(l.line().label(), Figures.text(Figures.exact(l.uncovered().megawattHours()), m), l.uncoveredLevel() == Hierarchy.RESIDUAL_MIX ? "residual mix"
                    : "grid average (no residual mix known)", Figures.factor(l.uncoveredFactor().gramsPerKwh()),
                    Figures.text(Figures.exact(l.uncoveredCo2e().tonnes()), c), l.uncoveredSource()));
        }
        blocks.add(new Table("uncovered", "Market-based factor of the MWh no instrument covers", List.of(
                Table.Column.text("Facility / zone"), Table.Column.number("MWh"), Table.Column.text("Factor"),
                Table.Column.number("gCO2e/kWh"), Table.Column.number("tCO2e"), Table.Column.text("Source")), urows,
                List.of("Total", Figures.text(um), "", "", Figures.text(ut), "")));

        blocks.add(new Heading(1, "Location-based emission factors"));
        List<List<String>> frows = new ArrayList<>();
        for (DualScope2.Line l : r.lines()) {
            frows.add(List.of(l.line().label(), l.line().zone(), Figures.factor(l.line().gridFactor().gramsPerKwh()),
                    l.line().gridFactorSource()));
        }
        blocks.add(new Table("grid_factors", "Grid average factors the runs' footprints used", List.of(
                Table.Column.text("Facility / zone"), Table.Column.text("Zone"), Table.Column.number("gCO2e/kWh"),
                Table.Column.text("Source")), frows, null));

        List<Notice> notices = new ArrayList<>();
        for (Scope2Warning w : r.warnings()) notices.add(new Notice(Notice.Kind.WARNING, w.message()));
        for (String w : data.warnings()) notices.add(new Notice(Notice.Kind.WARNING, w));
        if (!data.cloudRuns().isEmpty()) {
            List<Double> kwhs = new ArrayList<>();
            for (RunRecord c : data.cloudRuns()) if (c.footprint() != null) kwhs.add(c.footprint().facilityEnergy().kilowattHours());
            notices.add(new Notice(Notice.Kind.NOTE, data.cloudRuns().size() + " run(s) in cloud regions (" + Figures.text(ToTotal.total(kwhs, 3))
                    + " kWh) are purchased cloud compute: Scope 3 category 1 of the reporter, the provider's Scope 2; not in "
                    + "these totals (wattprint report esrs-e1 shows them as Scope 3)."));
        }
        blocks.add(new Heading(1, "Warnings and notes"));
        if (notices.isEmpty()) blocks.add(new Notice(Notice.Kind.NOTE, "No Scope 2 Quality Criteria warning and no run left out."));
        blocks.addAll(notices);
        List<RunRecord> basisRuns = new ArrayList<>(data.included());
        basisRuns.addAll(data.unknownLocation());
        Basis basis = Basis.of(basisRuns);
        blocks.addAll(basis.blocks());

        String subtitle = "Dual reporting (" + GUIDANCE + "), own operations, runs closed in " + o.year() + " (UTC)"
                + (o.reporter() == null ? "" : ", reporter " + o.reporter().strip());
        Document doc = new Document(KIND, "GHG Protocol Scope 2 " + o.year(), subtitle, generatedAt, blocks);

        Map<String, Object> j = new LinkedHashMap<>();
        j.put("report", KIND);
        j.put("year", o.year());
        j.put("generated_at", generatedAt.toString());
        j.put("reporter", rules.reporter());
        Map<String, Object> window = new LinkedHashMap<>();
        window.put("from", rules.windowFrom().toString());
        window.put("to", rules.windowTo().toString());
        j.put("vintage_window", window);
        j.put("runs", runs);
        j.put("energy_mwh", t[0]);
        j.put("location_based_t", t[1]);
        j.put("market_based_t", t[2]);
        j.put("lines", jlines);
        j.put("instruments_applied", japplied);
        List<Object> jw = new ArrayList<>();
        for (Scope2Warning w : r.warnings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", w.code().name().toLowerCase(Locale.ROOT));
            m.put("subject", w.subject());
            m.put("message", w.message());
            jw.add(m);
        }
        j.put("warnings", jw);
        List<String> notes = new ArrayList<>();
        for (Notice n : notices) if (n.kind() != Notice.Kind.WARNING || data.warnings().contains(n.text())) notes.add(n.text());
        j.put("notes", notes);
        j.put("rounding", "MWh and tCO2e to 3 decimals, factors to 2: a total is the exact sum rounded half-up, its "
                + "lines are apportioned to it by the largest remainder");
        j.put("basis", basis.data());
        return new ReportOutput(doc, j);
    }

    private static BigDecimal factor(double gramsPerKwh) { return Figures.round(gramsPerKwh, Figures.FACTOR_DECIMALS); }

    private static BigDecimal zero() { return BigDecimal.ZERO.setScale(3); }
}
