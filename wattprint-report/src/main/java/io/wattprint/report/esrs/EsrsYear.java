package io.wattprint.report.esrs;

import io.wattprint.core.cloud.CloudEmission;
import io.wattprint.core.figure.Fact;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.scope2.Allocation;
import io.wattprint.core.scope2.ConsumptionLine;
import io.wattprint.core.scope2.ContractualInstrument;
import io.wattprint.core.scope2.DualScope2;
import io.wattprint.core.scope2.Hierarchy;
import io.wattprint.core.scope2.InstrumentType;
import io.wattprint.core.scope2.MarketBasedScope2;
import io.wattprint.core.scope2.ResidualMix;
import io.wattprint.core.scope2.ResidualMixYears;
import io.wattprint.core.scope2.Scope2Factor;
import io.wattprint.core.scope2.Scope2Rules;
import io.wattprint.ledger.ClosedTotals;
import io.wattprint.report.ResidualMixUse;
import io.wattprint.report.scope2.FacilityMeters;
import io.wattprint.report.scope2.MeterUse;
import io.wattprint.report.scope2.Scope2Data;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The ESRS E1-5 and E1-6 figures of one calendar year (runs closed in it, UTC), to 3 decimals (MWh, tCO2e): each
 * total is its exact sum rounded half-up and its parts are apportioned to it by the largest remainder
 * ({@link ToTotal#apportion}), so every table adds up and a figure prints the same in every table.
 */
public final class EsrsYear {
    /**
     * Own-operations energy of one zone (or the runs whose location is unknown), split by source, MWh rounded.
     *
     * @param exact the exact MWh of {@link #total}, renewable instruments, fossil, nuclear, renewable (residual mix, else
     *              grid mix) and not
     *              determined, in that order (the columns of the mix table)
     */
    public record ZoneEnergy(String zone, BigDecimal renewableInstruments, BigDecimal fossil, BigDecimal nuclear,
                             BigDecimal renewableMix, BigDecimal notDetermined, String mixSource, List<BigDecimal> exact) {
        public BigDecimal total() { return renewableInstruments.add(fossil).add(nuclear).add(renewableMix).add(notDetermined); }

        /** The mix table's cells in the order of {@link #exact}; a figure that is not 0 never prints 0 (§5.1). */
        public List<String> texts() {
            List<BigDecimal> shown = List.of(total(), renewableInstruments, fossil, nuclear, renewableMix, notDetermined);
            List<String> t = new ArrayList<>();
            for (int i = 0; i < shown.size(); i++) t.add(Figures.text(exact.get(i), shown.get(i)));
            return t;
        }
    }

    /**
     * One Scope 2 line (facility or zone, factor), MWh and tCO2e rounded, with their exact values; {@code boundary} the
     * boundary of its location-based factor (direct, life-cycle, not known); {@code energyBasis} where its MWh come from
     * (runs, or a facility's meter readings: METHODOLOGY.md §8.7).
     */
    public record Scope2Line(String label, String zone, int runs, BigDecimal mwh, BigDecimal location, BigDecimal market,
                             BigDecimal mwhExact, BigDecimal locationExact, BigDecimal marketExact, String boundary,
                             String energyBasis) {
        /** The figures as printed: rounded, or when that is 0 and the exact value is not, its first digits (§5.1). */
        public String mwhText() { return Figures.text(mwhExact, mwh); }

        public String locationText() { return Figures.text(locationExact, location); }

        public String marketText() { return Figures.text(marketExact, market); }
    }

    public static final String UNKNOWN_ZONE = "(location unknown)";

    public final int year;
    public final Scope2Data own;
    public final DualScope2 dual;
    /** Which residual mix each own-operations zone got for the year ({@link io.wattprint.core.scope2.ResidualMixYears}). */
    public final List<ResidualMixUse> residualMixYears;
    public final List<Scope2Line> scope2 = new ArrayList<>();
    public final List<ZoneEnergy> energy = new ArrayList<>();
    public final List<CloudScope3.Line> cloud;
    /** Zones whose uncovered MWh have neither a residual mix nor an --energy-mix row: not determined. */
    public final List<String> mixMissing = new ArrayList<>();
    /** Warnings on how E1-5 split the energy (grid-average mix used, composition not recorded, supplier rates). */
    public final List<String> mixWarnings = new ArrayList<>();
    /**
     * Scope 3 category 3 (upstream of purchased electricity) per Scope 2 line, and the year's total (the sum of the
     * determined lines as shown) with its exact value (the sum of their exact tonnes).
     */
    public final List<Category3.Line> category3 = new ArrayList<>();
    public final BigDecimal scope3Category3;
    public final Fact scope3Category3Fact;
    /** The boundary of the location-based Scope 2 total ({@link Scope2Data#locationBoundary()}). */
    public final String scope2Boundary;
    public final BigDecimal e15Total, fossil, nuclear, renewable, notDetermined, renewablePct;
    /**
     * E1-5_01 split by boundary (issue 16 item 7), apportioned to it: facility energy (IT energy × a PUE) and IT energy
     * only (runs whose PUE basis says none was applied, {@link PueAssumption#itEnergyOnly}); with the runs of each.
     */
    public final BigDecimal e15Facility, e15ItOnly;
    public final Fact e15ItOnlyFact;
    public final int facilityRuns, itOnlyRuns;
    public final BigDecimal scope2Location, scope2Market, scope3, totalLocation, totalMarket;
    public final BigDecimal intensityLocation, intensityMarket;
    /**
     * The datapoints as facts: exact value (exact decimal sums of the stored figures; a share or an intensity
     * {@link Figures#quotient}) and the value printed above; null where the printed value is null. JSON writes the exact
     * value with the decimals its text prints (METHODOLOGY §5.1, §12.4).
     */
    public final Fact e15TotalFact, fossilFact, nuclearFact, renewableFact, notDeterminedFact, renewablePctFact;
    public final Fact scope2LocationFact, scope2MarketFact, scope3Fact, totalLocationFact, totalMarketFact;
    public final Fact intensityLocationFact, intensityMarketFact;
    public final boolean hasData;
    /** The ledger's sums over the runs closed in the year. */
    public final ClosedTotals totals;
    /** Own-operations runs (no cloud region) with a footprint but no known location or factor. */
    public final int unknownLocationRuns;

    EsrsYear(int year, ClosedTotals yearTotals, List<ContractualInstrument> instruments, List<ResidualMix> mixes,
             List<CloudEmission> providerRows, EnergyMix mix, String reporter, int monthsBefore, int monthsAfter,
             BigDecimal netRevenue, io.wattprint.core.scope2.Scope2Factors factors, FacilityMeters meters) {
        this.year = year;
        this.totals = yearTotals;
        Scope2Rules rules = Scope2Rules.calendarYear(year, reporter).withVintageSlack(monthsBefore, monthsAfter);
        own = Scope2Data.ownOperations(yearTotals, rules, factors, meters);
        dual = new MarketBasedScope2().compute(own.lines(), instruments, mixes, rules);
        TreeMap<String, TreeSet<Integer>> zoneYears = new TreeMap<>();
        for (ConsumptionLine l : own.lines()) zoneYears.computeIfAbsent(l.zone(), z -> new TreeSet<>()).add(l.year());
        residualMixYears = ResidualMixUse.of(zoneYears, mixes);

        // Rounding (METHODOLOGY §12.1): E1-5_01 is the exact own-operations energy rounded half-up; it is apportioned
        // (largest remainder) over the zones (and the unknown-location runs), each zone's figure over its sources
        // (the mix table row) and over its Scope 2 lines, so the mix table, the Scope 2 table and E1-5_01 agree;
        // E1-5_02/03/05 and "not determined" are the mix table's column sums. Location- and market-based tCO2e are
        // their exact sums rounded, apportioned over the Scope 2 lines.
        Map<String, Double> zoneMwh = new TreeMap<>();
        List<Double> locExact = new ArrayList<>(), mktExact = new ArrayList<>();
        for (DualScope2.Line l : dual.lines()) {
            locExact.add(l.locationBased().tonnes());
            mktExact.add(l.marketBased().tonnes());
            zoneMwh.merge(l.line().zone(), l.line().energy().megawattHours(), Double::sum);
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
                    Scope2Factor.label(factor == null ? null : factor.boundary()), own.basisOf(l.line().label())));
        }
        scope2Boundary = own.locationBoundary();
        category3.addAll(Category3.of(dual.lines(), own));
        scope3Category3 = Category3.total(category3);
        scope3Category3Fact = new Fact(Category3.exactTotal(category3), scope3Category3);
        scope2Location = ToTotal.total(locExact, 3);
        scope2Market = ToTotal.total(mktExact, 3);

        BigDecimal f = BigDecimal.ZERO.setScale(3), n = f, rn = f, nd = f;
        ResidualMixYears rule = new ResidualMixYears(mixes);
        for (Map.Entry<String, Double> z : zoneMwh.entrySet()) {
            energy.add(zoneEnergy(z.getKey(), z.getValue(), zoneFigure.get(z.getKey()), rule.choose(z.getKey(), year), mix));
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
            rn = rn.add(ze.renewableInstruments()).add(ze.renewableMix());
            nd = nd.add(ze.notDetermined());
        }
        // in joules, converted once: a metered facility's subtraction below leaves no residue like 4e-17 MWh
        double facilityJ = 0, itOnlyJ = 0;
        int fRuns = 0, iRuns = 0;
        for (ClosedTotals.Group g : yearTotals.groups()) {
            if (g.cloudRegion() != null || !g.footprint()) continue;
            if (PueAssumption.itEnergyOnly(g.pueBasis())) {
                itOnlyJ += g.facilityEnergyJoules();
                iRuns += g.runs();
            } else {
                facilityJ += g.facilityEnergyJoules();
                fRuns += g.runs();
            }
        }
        // a metered facility (METHODOLOGY §8.7): its runs inside the readings' windows are replaced by the metered energy,
        // which is measured at the facility boundary (with PUE), whatever the runs' own PUE basis
        for (MeterUse m : own.meters()) {
            facilityJ += m.meteredJoules() - (m.runsInsideJoules() - m.runsInsideItOnlyJoules());
            itOnlyJ = Math.max(0, itOnlyJ - m.runsInsideItOnlyJoules());
        }
        double facilityMwh = Energy.ofJoules(Math.max(0, facilityJ)).megawattHours();
        double itOnlyMwh = Energy.ofJoules(itOnlyJ).megawattHours();
        List<BigDecimal> boundary = ToTotal.apportionExact(f.add(n).add(rn).add(nd),
                List.of(Figures.exact(facilityMwh), Figures.exact(itOnlyMwh)), 3);
        e15Facility = boundary.get(0);
        e15ItOnly = boundary.get(1);
        e15ItOnlyFact = new Fact(Figures.exact(itOnlyMwh), e15ItOnly);
        facilityRuns = fRuns;
        itOnlyRuns = iRuns;
        fossil = f;
        nuclear = n;
        renewable = rn;
        notDetermined = nd;
        e15Total = f.add(n).add(rn).add(nd);
        BigDecimal[] mixExact = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (ZoneEnergy ze : energy) {
            mixExact[0] = mixExact[0].add(ze.exact().get(0));
            mixExact[1] = mixExact[1].add(ze.exact().get(2));
            mixExact[2] = mixExact[2].add(ze.exact().get(3));
            mixExact[3] = mixExact[3].add(ze.exact().get(1)).add(ze.exact().get(4));
            mixExact[4] = mixExact[4].add(ze.exact().get(5));
        }
        e15TotalFact = new Fact(mixExact[0], e15Total);
        fossilFact = new Fact(mixExact[1], fossil);
        nuclearFact = new Fact(mixExact[2], nuclear);
        renewableFact = new Fact(mixExact[3], renewable);
        notDeterminedFact = new Fact(mixExact[4], nd);
        // the share of the printed figures, as before; of the exact ones only where the printed total is 0.000 (a
        // laptop's energy), which used to read "no energy consumed"
        BigDecimal pctExact = mixExact[0].signum() == 0 ? null
                : Figures.quotient(mixExact[3].multiply(BigDecimal.valueOf(100)), mixExact[0]);
        renewablePct = pctExact == null ? null : e15Total.signum() == 0 ? Figures.round(pctExact, 2)
                : rn.multiply(BigDecimal.valueOf(100)).divide(e15Total, 2, RoundingMode.HALF_UP);
        renewablePctFact = pctExact == null ? null : new Fact(pctExact, renewablePct);

        cloud = CloudScope3.of(year, yearTotals, providerRows);
        BigDecimal s3 = BigDecimal.ZERO.setScale(3);
        for (CloudScope3.Line c : cloud) s3 = s3.add(c.tonnes());
        scope3 = s3.add(scope3Category3);
        totalLocation = scope2Location.add(scope3);
        totalMarket = scope2Market.add(scope3);
        // Scope 3: the cloud lines and category 3, as printed (scope3 above) and exact
        BigDecimal s3Exact = ToTotal.sum(cloud.stream().map(CloudScope3.Line::exactTonnes).toList())
                .add(scope3Category3Fact.exact());
        scope2LocationFact = new Fact(ToTotal.sum(locExact.stream().map(Figures::exact).toList()), scope2Location);
        scope2MarketFact = new Fact(ToTotal.sum(mktExact.stream().map(Figures::exact).toList()), scope2Market);
        scope3Fact = new Fact(s3Exact, scope3);
        totalLocationFact = new Fact(scope2LocationFact.exact().add(s3Exact), totalLocation);
        totalMarketFact = new Fact(scope2MarketFact.exact().add(s3Exact), totalMarket);
        if (netRevenue != null) {
            BigDecimal millions = netRevenue.movePointLeft(6);
            intensityLocation = totalLocation.divide(millions, 3, RoundingMode.HALF_UP);
            intensityMarket = totalMarket.divide(millions, 3, RoundingMode.HALF_UP);
            intensityLocationFact = new Fact(Figures.quotient(totalLocationFact.exact(), millions), intensityLocation);
            intensityMarketFact = new Fact(Figures.quotient(totalMarketFact.exact(), millions), intensityMarket);
        } else {
            intensityLocation = null;
            intensityMarket = null;
            intensityLocationFact = null;
            intensityMarketFact = null;
        }
        hasData = yearTotals.runs() > 0 || !providerRows.isEmpty();
    }

    /**
     * One zone's E1-5 split (METHODOLOGY §12.4, issue 16 item 5), consistent with E1-6_10: MWh of 0-rate EACs and PPAs
     * applied are renewable; the MWh no instrument covers take the composition of the residual mix the market-based
     * figure used ({@link ResidualMixYears}), or, only where the zone has no residual mix for the year or an earlier one
     * (E1-6_10 used the grid average), the grid-average mix of {@code --energy-mix}, warned; a residual mix without a
     * recorded composition, a zone without either mix and the MWh of supplier rates or non-zero-rate instruments (whose
     * generation mix is not recorded) are "not determined", warned. Never the grid mix on top of a residual-mix factor.
     */
    private ZoneEnergy zoneEnergy(String zone, double total, BigDecimal figure, ResidualMixYears.Choice choice, EnergyMix mix) {
        double renewableInstr = 0, otherInstr = 0, uncovered = 0;
        boolean gridAverage = false;
        for (DualScope2.Line l : dual.lines()) {
            if (!l.line().zone().equals(zone)) continue;
            for (Allocation a : l.allocations()) {
                if (renewable(a.instrument())) renewableInstr += a.energy().megawattHours();
                else otherInstr += a.energy().megawattHours();
            }
            uncovered += l.uncovered().megawattHours();
            if (l.uncoveredLevel() == Hierarchy.GRID_AVERAGE) gridAverage = true;
        }
        double[] split = null; // renewable, nuclear, fossil of the uncovered MWh
        List<String> source = new ArrayList<>();
        if (otherInstr > 0) {
            source.add("supplier rates / non-zero-rate instruments: generation mix not recorded");
            mixWarnings.add(zone + ": " + Figures.text(otherInstr, 3) + " MWh covered by supplier rates or non-zero-rate "
                    + "instruments have no recorded generation mix: not determined in E1-5.");
        }
        ResidualMix rm = choice.mix();
        if (uncovered > 0 && !gridAverage && rm != null) {
            String name = "residual mix " + rm.zone() + " " + rm.year() + " (" + choice.how() + ", " + rm.source() + ")";
            if (rm.composition() != null) {
                split = rm.composition().split(uncovered);
                source.add(name);
            } else {
                source.add(name + ": composition not recorded");
                mixWarnings.add(zone + ": the " + Figures.text(uncovered, 3) + " MWh no instrument covers got the " + name
                        + " in E1-6_10, but its renewable/nuclear/fossil composition is not recorded: not determined in E1-5 "
                        + "(the grid-average mix would count again the attributes others claimed; record it with wattprint "
                        + "instruments residual-mix --renewable-pct --nuclear-pct --fossil-pct).");
            }
        } else if (uncovered > 0) {
            var row = mix.find(zone, year);
            if (row.isPresent()) {
                EnergyMix.Row m = row.get();
                double sum = m.fossilPct() + m.nuclearPct() + m.renewablePct();
                split = new double[] {uncovered * m.renewablePct() / sum, uncovered * m.nuclearPct() / sum,
                        uncovered * m.fossilPct() / sum};
                source.add("grid-average mix " + m.zone() + " " + m.year() + " (" + m.source() + "): no residual mix");
                mixWarnings.add(zone + ": no residual mix for " + year + " or an earlier year"
                        + (choice.laterYear() == null ? "" : " (the " + choice.laterYear() + " one is later: not used)") + ", so the "
                        + Figures.text(uncovered, 3) + " MWh no instrument covers are split by the grid-average mix of "
                        + "--energy-mix (" + m.source() + "), as E1-6_10 used the grid-average factor; it counts again the "
                        + "attributes others claimed (GHG Protocol Scope 2 Guidance §6.11).");
            } else {
                source.add("not determined: no residual mix and no --energy-mix row for " + zone + " " + year);
                mixMissing.add(zone);
            }
        }
        // from its parts, not total − the rest: a difference of doubles would leave a residue like 4e-16 MWh
        double notDetermined = otherInstr + (split == null ? uncovered : 0);
        double[] sp = split == null ? new double[3] : split;
        List<BigDecimal> ex = List.of(Figures.exact(renewableInstr), Figures.exact(sp[2]), Figures.exact(sp[1]),
                Figures.exact(sp[0]), Figures.exact(notDetermined));
        List<BigDecimal> p = ToTotal.apportionExact(figure, ex, 3);
        if (source.isEmpty()) source.add("instruments only");
        return new ZoneEnergy(zone, p.get(0), p.get(1), p.get(2), p.get(3), p.get(4), String.join("; ", source),
                List.of(Figures.exact(total), ex.get(0), ex.get(1), ex.get(2), ex.get(3), ex.get(4)));
    }

    /** A 0-rate EAC or PPA: its MWh count as renewable electricity. */
    static boolean renewable(ContractualInstrument i) {
        return i.type() != InstrumentType.SUPPLIER_RATE && i.rate().gramsPerKwh() == 0;
    }

    /** Facility kWh of the cloud runs of providers whose own reported figures replace them. */
    public double replacedCloudKwh() {
        double k = 0;
        for (CloudScope3.Line c : cloud) k += c.coveredKwh();
        return k;
    }
}
