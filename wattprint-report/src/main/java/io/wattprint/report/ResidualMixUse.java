package io.wattprint.report;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.scope2.ResidualMix;
import io.wattprint.core.scope2.ResidualMixYears;
import io.wattprint.report.doc.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * Which residual mix each zone and consumption year got, by core's one rule ({@link ResidualMixYears}): every report
 * that shows a market-based figure or an E1-5 split prints this table ("Residual mix used") and writes its rows to JSON
 * ({@code residual_mix_years}), so a reader sees the year and edition behind each figure.
 *
 * @param residualMixYear null when the zone has none for the year or an earlier one (the grid average is used)
 * @param composition the renewable/nuclear/fossil shares of the mix used, "not recorded" when it has none, null
 *                    without a mix
 */
public record ResidualMixUse(String zone, int consumptionYear, Integer residualMixYear, String rule, BigDecimal gPerKwh,
                             String composition, String source) {
    public static final String CAPTION = "Residual mix used per zone and consumption year (rule: " + ResidualMixYears.RULE + ")";

    /** One row per zone and year of {@code zoneYears} (zone → years), in zone then year order. */
    public static List<ResidualMixUse> of(SortedMap<String, ? extends SortedSet<Integer>> zoneYears, List<ResidualMix> mixes) {
        ResidualMixYears rule = new ResidualMixYears(mixes);
        List<ResidualMixUse> rows = new ArrayList<>();
        zoneYears.forEach((zone, years) -> years.forEach(y -> rows.add(of(rule.choose(zone, y)))));
        return List.copyOf(rows);
    }

    static ResidualMixUse of(ResidualMixYears.Choice c) {
        ResidualMix m = c.mix();
        if (m == null) return new ResidualMixUse(c.zone(), c.year(), null, c.how(), null, null, null);
        return new ResidualMixUse(c.zone(), c.year(), m.year(), c.how(),
                Figures.round(m.intensity().gramsPerKwh(), Figures.FACTOR_DECIMALS),
                m.composition() == null ? "not recorded" : m.composition().toString(), m.source());
    }

    /** The printed table of {@code rows}. */
    public static Table table(List<ResidualMixUse> rows) {
        List<List<String>> cells = new ArrayList<>();
        for (ResidualMixUse u : rows) {
            cells.add(List.of(u.zone(), Integer.toString(u.consumptionYear()),
                    u.residualMixYear() == null ? "none" : Integer.toString(u.residualMixYear()), u.rule(),
                    u.gPerKwh() == null ? "" : Figures.text(u.gPerKwh()), u.composition() == null ? "" : u.composition(),
                    u.source() == null ? "" : u.source()));
        }
        return new Table("residual_mix_years", CAPTION, List.of(Table.Column.text("Zone"), Table.Column.text("Consumption year"),
                Table.Column.text("Residual mix year"), Table.Column.text("How chosen"), Table.Column.number("gCO2e/kWh"),
                Table.Column.text("Composition"), Table.Column.text("Source")), cells, null);
    }
}
