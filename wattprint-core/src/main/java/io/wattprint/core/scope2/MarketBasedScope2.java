package io.wattprint.core.scope2;

import io.wattprint.core.model.Explanation;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.scope2.Scope2Warning.Code;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Market-based Scope 2 beside the location-based figure (GHG Protocol Scope 2 Guidance, 2015).
 *
 * <pre>
 *   location-based = Σ lines  MWh × grid average factor
 *   market-based   = Σ lines  ( Σ instruments applied  MWh × instrument rate
 *                             + uncovered MWh × residual mix (the grid average where none is known) )
 * </pre>
 *
 * <ol>
 *   <li>Each instrument is checked against the Scope 2 Quality Criteria ({@link QualityCriteria});
 *       one that fails is not applied, with a warning per failed criterion.</li>
 *   <li>Instruments are applied in the hierarchy's order — EACs, then PPAs, then supplier rates —
 *       and within a level by id (byte order), so the result does not depend on input order.
 *       Each goes to the lines in its market, ordered by zone, period start and label, each line
 *       taking as much as it still needs. An instrument's MWh is used once at most: what one line
 *       took, no other gets; when instrument and line both have an hourly profile the matching is
 *       hour by hour.</li>
 *   <li>What no instrument covers gets the zone's residual mix for the line's year (else the
 *       latest earlier published year, disclosed; never a later one: {@link ResidualMixYears}), and the grid
 *       average only where the zone has none for that year or an earlier one, disclosed as a warning.</li>
 *   <li>MWh of an applied instrument that no line used is reported as surplus, never carried.</li>
 * </ol>
 */
public final class MarketBasedScope2 {
    static final String GUIDANCE = "GHG Protocol Scope 2 Guidance (2015)";

    /**
     * @param residualMixes residual-mix factors; for the same zone and year a later entry replaces an earlier one
     * @throws IllegalArgumentException when two instruments share an id
     */
    public DualScope2 compute(List<ConsumptionLine> consumption, List<ContractualInstrument> instruments,
                              List<ResidualMix> residualMixes, Scope2Rules rules) {
        List<ConsumptionLine> lines = new ArrayList<>(consumption);
        lines.sort(Comparator.comparing(ConsumptionLine::zone).thenComparing(ConsumptionLine::from)
                .thenComparing(ConsumptionLine::label));
        List<ContractualInstrument> ordered = new ArrayList<>(instruments);
        Set<String> ids = new HashSet<>();
        for (ContractualInstrument i : ordered) {
            if (!ids.add(i.id())) throw new IllegalArgumentException("instrument " + i.id() + " is given twice");
        }
        ordered.sort(Comparator.comparing((ContractualInstrument i) -> i.type().level()).thenComparing(ContractualInstrument::id));
        Set<String> zones = new HashSet<>();
        for (ConsumptionLine l : lines) zones.add(l.zone());

        QualityCriteria.Outcome checked = QualityCriteria.check(ordered, zones, rules);
        List<Scope2Warning> warnings = new ArrayList<>(checked.warnings());

        Map<ConsumptionLine, Remaining> uncovered = new LinkedHashMap<>();
        Map<ConsumptionLine, List<Allocation>> applied = new HashMap<>();
        for (ConsumptionLine l : lines) {
            uncovered.put(l, new Remaining(l.energy(), l.hourly()));
            applied.put(l, new ArrayList<>());
        }
        List<DualScope2.Surplus> surplus = new ArrayList<>();
        for (ContractualInstrument i : checked.eligible()) {
            Remaining left = new Remaining(i.energy(), i.hourly());
            for (ConsumptionLine l : lines) {
                if (!i.market().contains(l.zone())) continue;
                Remaining.Matched m = Remaining.match(left, uncovered.get(l));
                if (m.joules() <= 0) continue;
                TreeMap<Instant, Energy> hours = new TreeMap<>();
                m.supplyHours().forEach((h, j) -> hours.put(h, Energy.ofJoules(j)));
                applied.get(l).add(new Allocation(i, l, Energy.ofJoules(m.joules()), m.hourByHour(), hours));
            }
            if (!left.isEmpty()) {
                Energy unused = Energy.ofJoules(left.total());
                surplus.add(new DualScope2.Surplus(i, unused));
                warnings.add(new Scope2Warning(Code.SURPLUS, i.id(), "instrument " + i.id() + ": " + Scope2Format.mwh(unused)
                        + " of its " + Scope2Format.mwh(i.energy()) + " MWh not used by consumption in its market"
                        + (i.hourly() == null ? "" : " (hour by hour)") + " in " + rules.periodLabel()
                        + "; surplus, not carried over"));
            }
        }

        ResidualMixYears mixes = new ResidualMixYears(residualMixes);
        List<DualScope2.Line> results = new ArrayList<>();
        for (ConsumptionLine l : lines) {
            results.add(line(l, applied.get(l), Energy.ofJoules(uncovered.get(l).total()), mixes, warnings));
        }
        return total(rules, results, surplus, warnings);
    }

    private static DualScope2.Line line(ConsumptionLine l, List<Allocation> allocations, Energy uncovered,
                                        ResidualMixYears mixes, List<Scope2Warning> warnings) {
        Hierarchy level = null;
        CarbonIntensity factor = null;
        String source = null;
        List<String> notes = new ArrayList<>();
        if (uncovered.joules() > 0) {
            ResidualMixYears.Choice rm = mixes.choose(l.zone(), l.year());
            if (rm.mix() != null) {
                level = Hierarchy.RESIDUAL_MIX;
                factor = rm.mix().intensity();
                source = "residual mix " + rm.mix().zone() + " " + rm.mix().year() + ", source: " + rm.mix().source();
                if (rm.mix().year() != l.year()) {
                    String w = "residual mix " + l.zone() + ": no factor for " + l.year() + "; the " + rm.mix().year()
                            + " factor (" + Scope2Format.factor(rm.mix().intensity()) + ", " + rm.mix().source() + ") applied to "
                            + Scope2Format.mwh(uncovered) + " MWh (latest earlier published year)";
                    warnings.add(new Scope2Warning(Code.RESIDUAL_MIX_OTHER_YEAR, l.zone(), w));
                    notes.add(w);
                }
                if (rm.replaced() > 0) {
                    notes.add(rm.replaced() + " earlier residual mix(es) for " + l.zone() + " " + rm.mix().year()
                            + " replaced by the one recorded last (source: " + rm.mix().source() + ")");
                }
            } else {
                level = Hierarchy.GRID_AVERAGE;
                factor = l.gridFactor();
                source = "grid average (location-based factor): " + l.gridFactorSource();
                String w = "no residual mix known for " + l.zone() + " " + l.year() + " or an earlier year"
                        + (rm.laterYear() == null ? "" : " (the " + rm.laterYear() + " one is later and not used)") + ": "
                        + Scope2Format.mwh(uncovered)
                        + " MWh not covered by instruments got the grid average " + Scope2Format.factor(l.gridFactor())
                        + " instead; this counts again attributes others claimed (" + GUIDANCE + ": disclose)";
                warnings.add(new Scope2Warning(Code.GRID_AVERAGE_USED, l.zone(), w));
                notes.add(w);
            }
        }
        Co2e location = l.locationBased();
        Co2e market = Co2e.ZERO;
        for (Allocation a : allocations) market = market.plus(a.co2e());
        if (factor != null) market = market.plus(factor.times(uncovered));

        Explanation locationEx = Explanation.builder("location-based CO2e, " + l.label(), t(location))
                .formula("MWh × grid average factor")
                .input("consumption", Scope2Format.mwh(l.energy()) + " MWh in " + l.zone() + ", " + Periods.label(l.from(), l.to()), null)
                .input("grid average factor", l.gridFactor().toString(), l.gridFactorSource())
                .build();
        Explanation.Builder mb = Explanation.builder("market-based CO2e, " + l.label(), t(market))
                .formula("Σ instrument MWh × instrument rate + uncovered MWh × residual mix (grid average where none is known)")
                .input("consumption", Scope2Format.mwh(l.energy()) + " MWh in " + l.zone() + ", " + Periods.label(l.from(), l.to()), null);
        for (Allocation a : allocations) {
            ContractualInstrument i = a.instrument();
            mb.input(i.type().label() + " " + i.id() + " (" + i.type().level().description() + ")",
                    Scope2Format.mwh(a.energy()) + " MWh × " + i.rate() + " = " + t(a.co2e())
                            + (a.hourlyMatched() ? ", matched hour by hour" : ""),
                    "vintage " + i.vintageLabel() + ", market " + i.market()
                            + (i.retiredFor() == null ? "" : ", retired for " + i.retiredFor())
                            + (i.registry() == null ? "" : ", registry " + i.registry()));
        }
        if (factor != null) {
            mb.input(level.description(), Scope2Format.mwh(uncovered) + " MWh × " + factor + " = " + t(factor.times(uncovered)), source);
        }
        notes.forEach(mb::note);
        return new DualScope2.Line(l, allocations, uncovered, level, factor, source, location, market, locationEx, mb.build());
    }

    private static DualScope2 total(Scope2Rules rules, List<DualScope2.Line> lines, List<DualScope2.Surplus> surplus,
                                    List<Scope2Warning> warnings) {
        Co2e location = Co2e.ZERO;
        Co2e market = Co2e.ZERO;
        Energy energy = Energy.ZERO;
        Map<String, DualScope2.ZoneTotal> zones = new TreeMap<>();
        for (DualScope2.Line l : lines) {
            location = location.plus(l.locationBased());
            market = market.plus(l.marketBased());
            energy = energy.plus(l.line().energy());
            DualScope2.ZoneTotal z = zones.get(l.line().zone());
            Energy residual = l.uncoveredLevel() == Hierarchy.RESIDUAL_MIX ? l.uncovered() : Energy.ZERO;
            Energy grid = l.uncoveredLevel() == Hierarchy.GRID_AVERAGE ? l.uncovered() : Energy.ZERO;
            zones.put(l.line().zone(), z == null
                    ? new DualScope2.ZoneTotal(l.line().zone(), l.line().energy(), l.instrumentEnergy(), residual, grid,
                            l.locationBased(), l.marketBased())
                    : new DualScope2.ZoneTotal(z.zone(), z.energy().plus(l.line().energy()),
                            z.instrumentEnergy().plus(l.instrumentEnergy()), z.residualMixEnergy().plus(residual),
                            z.gridAverageEnergy().plus(grid), z.locationBased().plus(l.locationBased()),
                            z.marketBased().plus(l.marketBased())));
        }
        Explanation.Builder lb = Explanation.builder("Scope 2 location-based " + rules.periodLabel(), t(location))
                .formula("Σ lines MWh × grid average factor (" + GUIDANCE + ", location-based method)");
        Explanation.Builder mb = Explanation.builder("Scope 2 market-based " + rules.periodLabel(), t(market))
                .formula("Σ lines (instruments MWh × rate + uncovered MWh × residual mix); hierarchy EACs → PPAs → "
                        + "supplier rate → residual mix → grid average (" + GUIDANCE + ", market-based method)");
        for (DualScope2.Line l : lines) {
            lb.part(l.locationExplanation());
            mb.part(l.marketExplanation());
        }
        mb.note("quality criteria (" + GUIDANCE + ", Table 7.1): vintage within " + rules.windowLabel()
                + ", market containing the consumption zone, retired"
                + (rules.reporter() == null ? "" : " for " + rules.reporter()) + ", one claim per certificate");
        for (Scope2Warning w : warnings) {
            if (w.code() != Code.GRID_AVERAGE_USED && w.code() != Code.RESIDUAL_MIX_OTHER_YEAR) mb.note(w.message());
        }
        return new DualScope2(rules, lines, new ArrayList<>(zones.values()), location, market, energy, surplus, warnings,
                lb.build(), mb.build());
    }

    private static String t(Co2e c) { return Scope2Format.tonnes(c) + " t CO2e"; }
}
