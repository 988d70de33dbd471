package io.wattprint.report.render;

import io.wattprint.core.text.CsvCells;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Chart;
import io.wattprint.report.doc.Document;
import io.wattprint.report.doc.Facts;
import io.wattprint.report.doc.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Every table, fact list and chart of the report in one long ("tidy") CSV, RFC 4180:
 * {@code table,row,column,value}, one line per cell. {@code row} counts from 1 in each table; the total line is
 * row {@code total}. The first lines, table {@code report}, carry the kind, title, subtitle and generation time.
 * Figures are the printed strings, thousands separators removed, so a spreadsheet reads them as numbers.
 */
public final class CsvRenderer implements Renderer {
    @Override
    public void write(ReportOutput report, OutputStream out) throws IOException {
        out.write(render(PageText.cut(report.document())).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static String render(Document d) {
        StringBuilder b = new StringBuilder("table,row,column,value\r\n");
        line(b, "report", "1", "kind", d.kind());
        line(b, "report", "1", "title", d.title());
        if (d.subtitle() != null) line(b, "report", "1", "subtitle", d.subtitle());
        line(b, "report", "1", "generated_at", d.generatedAt().toString());
        for (Block block : d.blocks()) {
            if (block instanceof Table t) {
                    int n = 0;
                    for (List<String> r : t.rows()) cells(b, t, Integer.toString(++n), r);
                    if (t.total() != null) cells(b, t, "total", t.total());
            } else if (block instanceof Facts f) {
                    int n = 0;
                    for (Facts.Fact x : f.facts()) {
                        String row = Integer.toString(++n);
                        line(b, f.id(), row, "field", x.label());
                        line(b, f.id(), row, "value", x.value());
                    }
            } else if (block instanceof Chart c) {
                    for (int i = 0; i < c.categories().size(); i++) {
                        String row = Integer.toString(i + 1);
                        line(b, c.id(), row, "category", c.categories().get(i));
                        for (Chart.Series s : c.series()) {
                            line(b, c.id(), row, s.name() + " (" + c.unit() + ")", Charts.value(s.values().get(i)));
                        }
                    }
            }
        }
        return b.toString();
    }

    private static void cells(StringBuilder b, Table t, String row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            Table.Column c = t.columns().get(i);
            String v = cells.get(i);
            line(b, t.id(), row, c.name(), c.numeric() ? v.replace(",", "") : v);
        }
    }

    private static void line(StringBuilder b, String... fields) {
        b.append(CsvCells.line(Arrays.asList(fields)));
    }

}
