package io.wattprint.report.esrs;

import io.wattprint.core.cloud.CloudEmission;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.scope2.Allocation;
import io.wattprint.core.scope2.ContractualInstrument;
import io.wattprint.core.scope2.DualScope2;
import io.wattprint.core.scope2.InstrumentType;
import io.wattprint.core.scope2.MarketBasedScope2;
import io.wattprint.core.scope2.ResidualMix;
import io.wattprint.core.scope2.Scope2Factor;
import io.wattprint.core.scope2.Scope2Rules;
import io.wattprint.ledger.ClosedTotals;
import io.wattprint.report.scope2.Scope2Data;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ESRS E1-5 and E1-6 figures of one calendar year (runs closed in it, UTC), to 3 decimals (MWh, tCO2e): each
 * total is its exact sum rounded half-up and its parts are apportioned to it by the largest remainder
 * ({@link ToTotal#apportion}), so every table adds up and a figure prints the same in every table.
 */
public final class EsrsYear {
    /**
     * Own-operations energy of one zone (or the runs whose location is unknown), split by source, MWh rounded.
     *
     * @param exact the exact MWh of {@link #total}, renewable instruments, fossil, nuclear, renewable (grid) and not
     *              determined, in that order (the columns of the mix table)
     */
    public record ZoneEnergy(String zone, BigDecimal renewableInstruments, BigDecimal fossil, BigDecimal nuclear,
                             BigDecimal renewableGrid, BigDecimal notDetermined, String mixSource, List<BigDecimal> exact) {
        public BigDecimal total() { return renewableInstruments.add(fossil).add(nuclear).add(renewableGrid).add(notDetermined); }

        /** The mix table's cells in the order of {@link #exact}; a figure that is not 0 never prints 0 (§5.1). */
        public List<String> texts() {
            List<BigDecimal> shown = List.of(total(), renewableInstruments, fossil, nuclear, renewableGrid, notDetermined);
            List<String> t = new ArrayList<>();
            for (int i = 0; i < shown.size(); i++) t.add(Figures.text(exact.get(i), shown.get(i)));
            return t;
        }
    }

    /**
     * One Scope 2 line (facility or zone, factor), MWh and tCO2e rounded, with their exact values; {@code boundary} the
     * boundary of its location-based factor (direct, life-cycle, not known).
     */
    public record Scope2Line(String label, String zone, int runs, BigDecimal mwh, BigDecimal location, BigDecimal market,
                             BigDecimal mwhExact, BigDecimal locationExact, BigDecimal marketExact, String boundary) {
        /** The figures as printed: rounded, or when that is 0 and the exact value is not, its first digits (§5.1). */
        public String mwhText() { return Figures.text(mwhExact, mwh); }

        public String locationText() { return Figures.text(locationExact, location); }

        public String marketText() { return Figures.text(marketExact, market); }
    }

    public static final String UNKNOWN_ZONE = "(location unknown)";

    public final int year;
    public final Scope2Data own;
    public final DualScope2 dual;
    public final List<Scope2Line> scope2 = new ArrayList<>();
    public final List<ZoneEnergy> energy = new ArrayList<>();
    public final List<CloudScope3.Line> cloud;
    public final List<String> mixMissing = new ArrayList<>();
    /** Scope 3 category 3 (upstream of purchased electricity) per Scope 2 line, and the year's total. */
    public final List<Category3.Line> category3 = new ArrayList<>();
    public final BigDecimal scope3Category3;
    /** The boundary of the location-based Scope 2 total ({@link Scope2Data#locationBoundary()}). */
    public final String scope2Boundary;
    public final BigDecimal e15Total, fossil, nuclear, renewable, notDetermined, renewablePct;
    public final BigDecimal scope2Location, scope2Market, scope3, totalLocation, totalMarket;
    public final BigDecimal intensityLocation, intensityMarket;
    public final boolean hasData;
    /** The ledger's sums over the runs closed in the year. */
    public final ClosedTotals totals;
    /** Own-operations runs (no cloud region) with a footprint but no known location or factor. */
    public final int unknownLocationRuns;

    EsrsYear(int year, ClosedTotals yearTotals, List<ContractualInstrument> instruments, List<ResidualMix> mixes,
             List<CloudEmission> providerRows, EnergyMix mix, String reporter, int monthsBefore, int monthsAfter,
             BigDecimal netRevenue, io.wattprint.core.scope2.Scope2Factors factors) {
        this.year = year;
        this.totals = yearTotals;
        Scope2Rules rules = Scope2Rules.calendarYear(year, reporter).withVintageSlack(monthsBefore, monthsAfter);
        own = Scope2Data.ownOperations(yearTotals, rules, factors);
        dual = new MarketBasedScope2().compute(own.lines(), instruments, mixes, rules);

        // Rounding (METHODOLOGY §12.1): E1-5_01 is the exact own-operations energy rounded half-up; it is apportioned
        // (largest remainder) over the zones (and the unknown-location runs), each zone's figure over its sources
        // (the mix table row) and over its Scope 2 lines, so the mix table, the Scope 2 table and E1-5_01 agree;
        // E1-5_02/03/05 and "not determined" are the mix table's column sums. Location- and market-based tCO2e are
        // their exact sums rounded, apportioned over the Scope 2 lines.
        Map<String, Double> zoneMwh = new TreeMap<>();
        Map<String, Double> zoneRenewableInstr = new TreeMap<>();
        List<Double> locExact = new ArrayList<>(), mktExact = new ArrayList<>();
        for (DualScope2.Line l : dual.lines()) {
            locExact.add(l.locationBased().tonnes());
            mktExact.add(l.marketBased().tonnes());
            zoneMwh.merge(l.line().zone(), l.line().energy().megawattHours(), Double::sum);
            for (Allocation a : l.allocations()) {
                if (renewable(a.instrument())) zoneRenewableInstr.merge(l.line().zone(), a.energy().megawattHours(), Double::sum);
            }
        }
        double unknownMwh = 0;
        int unknownRuns = 0;
        for (ClosedTotals.Group g : yearTotals.groups()) {
            if (g.cloudRegion() != null || !g.footprint() || g.located()) continue;
            unknownMwh += Energy.ofJoules(g.facilityEnergyJoules()).megawattHours();
            unknownRuns += g.runs();
        }
        unknownLocationRuns = unknownRuns;
        List<BigDecimal> zoneExact = new ArrayList<>();
        for (double v : zoneMwh.values()) zoneExact.add(Figures.exact(v));
        if (unknownRuns > 0) zoneExact.add(Figures.exact(unknownMwh));
        List<BigDecimal> zoneShown = ToTotal.apportionExact(zoneExact, 3);
        Map<String, BigDecimal> zoneFigure = new TreeMap<>();
        int zi = 0;
        for (String z : zoneMwh.keySet()) zoneFigure.put(z, zoneShown.get(zi++));

        List<BigDecimal> locShown = ToTotal.apportion(locExact, 3), mktShown = ToTotal.apportion(mktExact, 3);
        Map<String, List<BigDecimal>> lineMwh = new TreeMap<>();
        for (String z : zoneMwh.keySet()) {
            List<BigDecimal> ex = new ArrayList<>();
            for (DualScope2.Line l : dual.lines()) if (l.line().zone().equals(z)) ex.add(Figures.exact(l.line().energy().megawattHours()));
            lineMwh.put(z, new ArrayList<>(ToTotal.apportionExact(zoneFigure.get(z), ex, 3)));
        }
        for (int i = 0; i < dual.lines().size(); i++) {
            DualScope2.Line l = dual.lines().get(i);
            Scope2Factor factor = own.factorOf(l.line().label());
            scope2.add(new Scope2Line(l.line().label(), l.line().zone(), own.runsInLine(l.line().label()),
                    lineMwh.get(l.line().zone()).remove(0), locShown.get(i), mktShown.get(i),
                    Figures.exact(l.line().energy().megawattHours()), Figures.exact(locExact.get(i)), Figures.exact(mktExact.get(i)),
                    Scope2Factor.label(factor == null ? null : factor.boundary())));
        }
        scope2Boundary = own.locationBoundary();
        category3.addAll(Category3.of(dual.lines(), own));
        scope3Category3 = Category3.total(category3);
        scope2Location = ToTotal.total(locExact, 3);
        scope2Market = ToTotal.total(mktExact, 3);

        BigDecimal f = BigDecimal.ZERO.setScale(3), n = f, rn = f, nd = f;
        for (Map.Entry<String, Double> z : zoneMwh.entrySet()) {
            double total = z.getValue();
            double instr = Math.min(total, zoneRenewableInstr.getOrDefault(z.getKey(), 0.0));
            double rest = Math.max(0, total - instr);
            var row = mix.find(z.getKey(), year);
            ZoneEnergy ze;
            if (row.isPresent()) {
                EnergyMix.Row m = row.get();
                double sum = m.fossilPct() + m.nuclearPct() + m.renewablePct();
                List<BigDecimal> ex = List.of(Figures.exact(instr), Figures.exact(rest * m.fossilPct() / sum),
                        Figures.exact(rest * m.nuclearPct() / sum), Figures.exact(rest * m.renewablePct() / sum));
                List<BigDecimal> p = ToTotal.apportionExact(zoneFigure.get(z.getKey()), ex, 3);
                ze = new ZoneEnergy(z.getKey(), p.get(0), p.get(1), p.get(2), p.get(3),
                        BigDecimal.ZERO.setScale(3), m.source() + " (" + m.zone() + " " + m.year() + ")",
                        List.of(Figures.exact(total), ex.get(0), ex.get(1), ex.get(2), ex.get(3), BigDecimal.ZERO));
            } else {
                List<BigDecimal> ex = List.of(Figures.exact(instr), Figures.exact(rest));
                List<BigDecimal> p = ToTotal.apportionExact(zoneFigure.get(z.getKey()), ex, 3);
                BigDecimal zero = BigDecimal.ZERO.setScale(3);
                ze = new ZoneEnergy(z.getKey(), p.get(0), zero, zero, zero, p.get(1), "not determined: no mix for " + z.getKey() + " " + year,
                        List.of(Figures.exact(total), ex.get(0), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, ex.get(1)));
                if (rest > 0) mixMissing.add(z.getKey());
            }
            energy.add(ze);
        }
        if (unknownRuns > 0) {
            BigDecimal z = BigDecimal.ZERO.setScale(3);
            BigDecimal u = Figures.exact(unknownMwh), zero = BigDecimal.ZERO;
            energy.add(new ZoneEnergy(UNKNOWN_ZONE, z, z, z, z, zoneShown.get(zoneShown.size() - 1), "not determined: location unknown",
                    List.of(u, zero, zero, zero, zero, u)));
        }
        for (ZoneEnergy ze : energy) {
            f = f.add(ze.fossil());
            n = n.add(ze.nuclear());
            rn = rn.add(ze.renewableInstruments()).add(ze.renewableGrid());
            nd = nd.add(ze.notDetermined());
        }
        fossil = f;
        nuclear = n;
        renewable = rn;
        notDetermined = nd;
        e15Total = f.add(n).add(rn).add(nd);
        renewablePct = e15Total.signum() == 0 ? null
                : rn.multiply(BigDecimal.valueOf(100)).divide(e15Total, 2, RoundingMode.HALF_UP);

        cloud = CloudScope3.of(yearTotals, providerRows);
        BigDecimal s3 = BigDecimal.ZERO.setScale(3);
        for (CloudScope3.Line c : cloud) s3 = s3.add(c.tonnes());
        scope3 = s3.add(scope3Category3);
        totalLocation = scope2Location.add(scope3);
        totalMarket = scope2Market.add(scope3);
        if (netRevenue != null) {
            BigDecimal millions = netRevenue.movePointLeft(6);
            intensityLocation = totalLocation.divide(millions, 3, RoundingMode.HALF_UP);
            intensityMarket = totalMarket.divide(millions, 3, RoundingMode.HALF_UP);
        } else {
            intensityLocation = null;
            intensityMarket = null;
        }
        hasData = yearTotals.runs() > 0 || !providerRows.isEmpty();
    }

    /** A 0-rate EAC or PPA: its MWh count as renewable electricity. */
    static boolean renewable(ContractualInstrument i) {
        return i.type() != InstrumentType.SUPPLIER_RATE && i.rate().gramsPerKwh() == 0;
    }

    /** Facility kWh of the cloud runs of providers whose own reported figures replace them. */
    public double replacedCloudKwh() {
        double k = 0;
        for (CloudScope3.Line c : cloud) if (c.reported()) k += c.runsKwh();
        return k;
    }
}
