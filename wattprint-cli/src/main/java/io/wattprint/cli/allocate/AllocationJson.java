package io.wattprint.cli.allocate;

import io.wattprint.core.allocation.Allocation;
import io.wattprint.core.model.Period;
import io.wattprint.ledger.AllocationRuleRepository.StoredRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * What {@code allocate --json} prints: the period and filters, the rule (name and version null for a rule given
 * inline), the pool, each consumer's line and the totals; kWh and kg as exact decimals without trailing zeros.
 */
record AllocationJson(String period, String from, String to, String project, String host, Rule rule, Pool pool,
                      double used, Double capacity, List<Line> lines, Total total, int runsLeftOut, List<String> warnings,
                      List<String> explanation) {

    /** The rule applied: stored name and version, basis, measure and how idle capacity is treated. */
    record Rule(String name, Integer version, String basis, String measure, String idle) {}

    /** The pool shared out: its energy, CO2e and where they come from. */
    record Pool(BigDecimal energyKwh, BigDecimal co2eKg, String source) {}

    /** One consumer's share. */
    record Line(String consumer, String kind, int runs, double usage, double share, BigDecimal energyKwh, BigDecimal co2eKg,
                List<String> explanation) {
        static Line of(Allocation.Line l) {
            return new Line(l.consumer(), l.kind().name().toLowerCase(Locale.ROOT), l.members(), l.usage(), l.share(),
                    l.energyKwh().stripTrailingZeros(), l.co2eKg().stripTrailingZeros(), l.explanation().render());
        }
    }

    /** What the lines add up to. */
    record Total(BigDecimal energyKwh, BigDecimal co2eKg) {}

    static AllocationJson of(Period p, String project, String host, Allocation a, StoredRule stored, int runsLeftOut,
                             List<String> warnings) {
        Rule rule = new Rule(stored == null ? null : stored.rule().name(), stored == null ? null : stored.version(),
                a.rule().basisLabel(), a.rule().measure().label(), a.rule().idle().label());
        BigDecimal kwh = a.energyKwh().stripTrailingZeros();
        BigDecimal kg = a.co2eKg().stripTrailingZeros();
        return new AllocationJson(p.label(), p.from().toString(), p.to().toString(), project, host, rule,
                new Pool(kwh, kg, a.pool().description()), a.used(), a.capacity(),
                a.lines().stream().map(Line::of).toList(), new Total(kwh, kg), runsLeftOut, warnings, a.explanation().render());
    }
}
