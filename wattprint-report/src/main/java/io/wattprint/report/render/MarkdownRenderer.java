package io.wattprint.report.render;

import io.wattprint.report.ReportOutput;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Chart;
import io.wattprint.report.doc.Document;
import io.wattprint.report.doc.Facts;
import io.wattprint.report.doc.Heading;
import io.wattprint.report.doc.Notice;
import io.wattprint.report.doc.Paragraph;
import io.wattprint.report.doc.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * GitHub-flavoured Markdown: headings, pipe tables (figures right-aligned, the total line in bold), notices as
 * block quotes, facts as a two-column table, and each chart as the table of the values it draws.
 */
public final class MarkdownRenderer implements Renderer {
    @Override
    public void write(ReportOutput report, OutputStream out) throws IOException {
        out.write(render(PageText.cut(report.document())).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static String render(Document d) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(inline(d.title())).append("\n\n");
        if (d.subtitle() != null) b.append(inline(d.subtitle())).append("\n\n");
        b.append("Generated: ").append(d.generatedAt()).append("\n");
        for (Block block : d.blocks()) {
            b.append('\n');
            if (block instanceof Heading h) {
                b.append("#".repeat(h.level() + 1)).append(' ').append(inline(h.text())).append('\n');
            } else if (block instanceof Paragraph p) {
                b.append(inline(p.text())).append('\n');
            } else if (block instanceof Notice n) {
                b.append("> **").append(n.kind().label()).append(":** ").append(inline(n.text())).append('\n');
            } else if (block instanceof Facts f) {
                facts(b, f);
            } else if (block instanceof Table t) {
                table(b, t);
            } else if (block instanceof Chart c) {
                chart(b, c);
            }
        }
        return b.toString();
    }

    private static void facts(StringBuilder b, Facts f) {
        if (f.caption() != null) b.append("**").append(inline(f.caption())).append("**\n\n");
        b.append("| Field | Value |\n|---|---|\n");
        for (Facts.Fact x : f.facts()) b.append("| ").append(cell(x.label())).append(" | ").append(cell(x.value())).append(" |\n");
    }

    private static void table(StringBuilder b, Table t) {
        if (t.caption() != null) b.append("**").append(inline(t.caption())).append("**\n\n");
        b.append('|');
        for (Table.Column c : t.columns()) b.append(' ').append(cell(c.name())).append(" |");
        b.append("\n|");
        for (Table.Column c : t.columns()) b.append(c.numeric() ? "---:|" : "---|");
        b.append('\n');
        for (List<String> r : t.rows()) row(b, r, false);
        if (t.rows().isEmpty()) {
            List<String> none = new ArrayList<>();
            for (int i = 0; i < t.columns().size(); i++) none.add(i == 0 ? "(none)" : "");
            row(b, none, false);
        }
        if (t.total() != null) row(b, t.total(), true);
    }

    private static void row(StringBuilder b, List<String> cells, boolean bold) {
        b.append('|');
        for (String c : cells) {
            b.append(' ');
            if (bold && !c.isEmpty()) b.append("**").append(cell(c)).append("**");
            else b.append(cell(c));
            b.append(" |");
        }
        b.append('\n');
    }

    private static void chart(StringBuilder b, Chart c) {
        b.append("*Chart: ").append(inline(c.title())).append(" (").append(inline(c.unit())).append(")*\n\n");
        b.append("| |");
        for (Chart.Series s : c.series()) b.append(' ').append(cell(s.name())).append(" |");
        b.append("\n|---|");
        b.append("---:|".repeat(c.series().size()));
        b.append('\n');
        for (int i = 0; i < c.categories().size(); i++) {
            b.append("| ").append(cell(c.categories().get(i))).append(" |");
            for (Chart.Series s : c.series()) b.append(' ').append(Charts.value(s.values().get(i))).append(" |");
            b.append('\n');
        }
    }

    /** Text in a table cell: pipes escaped, line breaks as spaces. */
    static String cell(String s) { return inline(s).replace("|", "\\|"); }

    /** Markdown-active characters at the start of inline text escaped; line breaks as spaces. */
    static String inline(String s) {
        String t = s.replace("\r", "").replace('\n', ' ');
        return t.replace("*", "\\*").replace("_", "\\_");
    }
}
