package io.wattprint.core.scope2;

import io.wattprint.core.model.Explanation;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scope 2 dual reporting (GHG Protocol Scope 2 Guidance, 2015, chapter 7): the location-based
 * and the market-based totals side by side, per consumption line and per zone, with every
 * instrument applied, the MWh left over, and every warning. Each figure carries an explanation.
 */
public record DualScope2(Scope2Rules rules, List<Line> lines, List<ZoneTotal> zones, Co2e locationBased,
                         Co2e marketBased, Energy energy, List<Surplus> surplus, List<Scope2Warning> warnings,
                         Explanation locationExplanation, Explanation marketExplanation) {

    public DualScope2 {
        Objects.requireNonNull(rules, "rules");
        lines = List.copyOf(lines);
        zones = List.copyOf(zones);
        surplus = List.copyOf(surplus);
        warnings = List.copyOf(warnings);
    }

    /**
     * One consumption line's result: the instruments applied to it, the energy they left
     * uncovered with the factor it got (residual mix, or the grid average where none is known),
     * and both totals.
     */
    public record Line(ConsumptionLine line, List<Allocation> allocations, Energy uncovered, Hierarchy uncoveredLevel,
                       CarbonIntensity uncoveredFactor, String uncoveredSource, Co2e locationBased, Co2e marketBased,
                       Explanation locationExplanation, Explanation marketExplanation) {
        public Line {
            allocations = List.copyOf(allocations);
        }

        public Energy instrumentEnergy() {
            Energy e = Energy.ZERO;
            for (Allocation a : allocations) e = e.plus(a.energy());
            return e;
        }

        public Co2e uncoveredCo2e() { return uncoveredFactor == null ? Co2e.ZERO : uncoveredFactor.times(uncovered); }
    }

    /** The lines of one zone added up. */
    public record ZoneTotal(String zone, Energy energy, Energy instrumentEnergy, Energy residualMixEnergy,
                            Energy gridAverageEnergy, Co2e locationBased, Co2e marketBased) {}

    /** MWh of an applied instrument that no consumption line used. */
    public record Surplus(ContractualInstrument instrument, Energy unused) {}

    /** Every allocation of every line, in the order they were made. */
    public List<Allocation> allocations() {
        List<Allocation> out = new ArrayList<>();
        for (Line l : lines) out.addAll(l.allocations());
        out.sort(java.util.Comparator.comparing((Allocation a) -> a.instrument().type().level())
                .thenComparing(a -> a.instrument().id()).thenComparing(a -> a.line().zone()).thenComparing(a -> a.line().label()));
        return out;
    }

    /** Both figures as one audit trail: the location-based explanation, then the market-based one. */
    public Explanation explanation() {
        return Explanation.builder("Scope 2 dual reporting " + rules.periodLabel(),
                        "location-based " + Scope2Format.tonnes(locationBased) + " t CO2e, market-based "
                                + Scope2Format.tonnes(marketBased) + " t CO2e")
                .formula("both methods reported side by side (GHG Protocol Scope 2 Guidance, 2015)")
                .part(locationExplanation)
                .part(marketExplanation)
                .build();
    }
}
