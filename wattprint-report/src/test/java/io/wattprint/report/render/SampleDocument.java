package io.wattprint.report.render;

import io.wattprint.report.ReportOutput;
import io.wattprint.report.doc.Chart;
import io.wattprint.report.doc.Document;
import io.wattprint.report.doc.Facts;
import io.wattprint.report.doc.Heading;
import io.wattprint.report.doc.Notice;
import io.wattprint.report.doc.Paragraph;
import io.wattprint.report.doc.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One document with every block kind, for the renderers' golden tests. */
final class SampleDocument {
    private SampleDocument() {}

    static ReportOutput at(Instant generatedAt) {
        Document d = new Document("sample", "Sample report", "Period 2026-W47, ledger test.db", generatedAt, List.of(
                new Heading(1, "Energy by project"),
                new Paragraph("Facility energy of the runs closed in the week; CO₂e location-based."),
                new Table("by_project", "By project", List.of(Table.Column.text("Project"), Table.Column.number("kWh"),
                        Table.Column.number("kgCO2e")),
                        List.of(List.of("vision", "1,200.50", "60.03"), List.of("nlp|chat", "0.25", "0.01")),
                        List.of("TOTAL", "1,200.75", "60.04")),
                new Notice(Notice.Kind.ESTIMATE, "12.5 % of the energy is estimated (no meter on host b)."),
                new Facts("inputs", "Inputs", List.of(new Facts.Fact("Emission factors", "wattprint data 2026.11, \"Ember\" 2024"))),
                new Chart("energy_by_week", "Energy by week", Chart.Type.BAR, "kWh", List.of("2026-W46", "2026-W47"),
                        List.of(new Chart.Series("training", List.of(1000.0, 1200.5)), new Chart.Series("inference", List.of(0.123456, 0.25))))));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("report", "sample");
        json.put("generated_at", generatedAt.toString());
        json.put("total_kwh", new BigDecimal("1200.75"));
        json.put("tiny", new BigDecimal("0.000000146"));
        return new ReportOutput(d, json);
    }
}
