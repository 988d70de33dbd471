package io.wattprint.report.maturity;

import io.wattprint.report.JsonTable;
import io.wattprint.report.JsonTable.Col;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Chart;
import io.wattprint.report.doc.Document;
import io.wattprint.report.doc.Heading;
import io.wattprint.report.doc.Notice;
import io.wattprint.report.doc.Paragraph;
import io.wattprint.report.doc.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The maturity document, read from the report's data ({@link MaturityData}, what its JSON writes), so the printed
 * form and the JSON cannot disagree; only the "Sources and methods" blocks come from the {@code Basis} itself.
 */
final class MaturityDocument {
    private MaturityDocument() {}

    static Document of(MaturityData d, List<Block> basisBlocks, Instant generatedAt) {
        List<Block> b = new ArrayList<>();
        b.add(new Heading(1, "Organisation"));
        b.add(new Paragraph(d.organisation().summary()));
        b.add(new Heading(1, "AI systems"));
        if (d.systems().isEmpty()) {
            b.add(new Notice(Notice.Kind.NOTE, "No AI systems in the period: the ledger has no run that started in "
                    + d.period() + ", so no level can be assessed."));
        } else {
            b.add(systems(d.systems(), d.total()));
            b.add(new Chart("levels", "Maturity level by AI system", Chart.Type.BAR,
                    "level", d.systems().stream().map(MaturityData.AiSystem::system).toList(),
                    List.of(new Chart.Series("level", d.systems().stream().map(s -> (double) s.level()).toList()))));
            b.add(new Heading(1, "To reach the next level"));
            b.add(nextLevel(d.systems()));
        }
        b.add(new Heading(1, "Rules"));
        for (String r : d.rules().text()) b.add(new Paragraph(r));
        b.addAll(basisBlocks);
        List<String> weeks = d.weeks();
        String subtitle = "Period: " + d.period() + " (ISO weeks " + weeks.get(0) + " to " + weeks.get(weeks.size() - 1) + ")";
        return new Document("maturity", "Measurement maturity (seed 000 rubric, COMPEL D19)", subtitle, generatedAt, b);
    }

    /** The systems table: one line per system (shares printed from their exact values, figures apportioned), then TOTAL. */
    private static Table systems(List<MaturityData.AiSystem> systems, MaturityData.Total total) {
        JsonTable t = new JsonTable("systems", null, Col.text("System", "system"), Col.text("Production", "production"),
                Col.number("Level", "level"), Col.number("Runs", "runs"), Col.number("Weeks run", "weeks_active"),
                Col.number("Weeks covered", "weeks_covered"), Col.number("Measured", "measured_pct"),
                Col.number("Automatic", "automatic_pct"), Col.number("CO2e known", "co2e_known_pct"),
                Col.number("IT kWh", "it_kwh"), Col.number("kgCO2e", "co2e_kg"));
        for (MaturityData.AiSystem s : systems) {
            MaturityData.Exact x = s.exact();
            t.row(s.system(), s.production() ? "yes (" + s.productionReason() + ")" : "no", s.level(), s.runs(),
                    s.weeksActive().size(), s.weeksCovered().size(), JsonTable.Cell.percent(x.measuredShare()),
                    JsonTable.Cell.percent(x.automaticShare()), JsonTable.Cell.percent(x.co2eKnownShare()),
                    JsonTable.Cell.part(x.itKwh(), s.itKwh()), JsonTable.Cell.part(x.co2eKg(), s.co2eKg()));
        }
        t.total("TOTAL", "", "", total.runs(), "", "", "", "", "", JsonTable.Cell.part(total.itKwhExact(), total.itKwh()),
                JsonTable.Cell.part(total.co2eKgExact(), total.co2eKg()));
        return t.table();
    }

    private static Table nextLevel(List<MaturityData.AiSystem> systems) {
        JsonTable next = new JsonTable("next_level", null, Col.text("System", "system"), Col.text("Next level", "next_level"),
                Col.text("Missing", "missing"));
        for (MaturityData.AiSystem s : systems) {
            for (String m : s.toNextLevel()) next.row(s.system(), s.level() == 3 ? "—" : "Level " + (s.level() + 1), m);
        }
        return next.table();
    }
}
