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
import java.util.Locale;

/**
 * One self-contained HTML5 page: UTF-8, an inline style sheet (screen and print), no script, nothing loaded from
 * elsewhere. Headings one level under the title ({@code h1}); tables with their caption, figures right-aligned
 * ({@code class="num"}) and the total line in {@code <tfoot>}; facts as a two-column table; notices as
 * {@code <p class="notice KIND">}; each table in a {@code <div class="scroll">} that scrolls sideways only where the
 * viewport is narrower than the table can wrap to (a phone): text cells wrap, figures stay on one line; charts as
 * inline SVG ({@link SvgChart}) followed by the values they draw in a {@code <details>} table. All text is escaped;
 * the same document gives the same bytes.
 */
public final class HtmlRenderer implements Renderer {
    static final String STYLE = """
            body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 15px; line-height: 1.45; color: #1a1a1a; margin: 0; overflow-wrap: break-word; }
            main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
            main > p { max-width: 60rem; }
            h1 { font-size: 1.7rem; margin: 0 0 .3rem; }
            h2 { font-size: 1.3rem; margin: 1.8rem 0 .6rem; border-bottom: 1px solid #ccc; }
            h3 { font-size: 1.1rem; margin: 1.4rem 0 .5rem; }
            h4 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
            .subtitle { margin: 0; color: #444; }
            .generated { margin: .2rem 0 1rem; color: #666; font-size: .85rem; }
            .scroll { overflow-x: auto; margin: .6rem 0 1rem; }
            table { border-collapse: collapse; }
            caption { text-align: left; font-weight: bold; padding: .2rem 0; }
            th, td { border-bottom: 1px solid #ddd; padding: .25rem .6rem; text-align: left; vertical-align: top; }
            thead th { border-bottom: 2px solid #999; }
            .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            th.num, td.num.text { white-space: normal; }
            td:not(.num) { overflow-wrap: anywhere; }
            tfoot td { font-weight: bold; border-top: 2px solid #999; }
            .none { color: #666; font-style: italic; }
            .facts th { font-weight: normal; color: #444; }
            .notice { border-left: 4px solid #999; background: #f4f4f4; padding: .4rem .7rem; }
            .notice.warning { border-color: #d55e00; background: #fdf0e8; }
            .notice.estimate { border-color: #e69f00; background: #fdf6e6; }
            figure { margin: 1rem 0; page-break-inside: avoid; break-inside: avoid; }
            figcaption { font-weight: bold; }
            figure svg { width: 100%; max-width: 640px; height: auto; display: block; }
            details { font-size: .85rem; }
            @media (max-width: 40rem) { main { padding: .75rem; } th, td { padding: .2rem .4rem; } }
            @media print { body { font-size: 10pt; } main { max-width: none; padding: 0; } .scroll { overflow: visible; } tr { break-inside: avoid; } }
            """;

    @Override
    public void write(ReportOutput report, OutputStream out) throws IOException {
        out.write(render(PageText.cut(report.document())).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static String render(Document d) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"wattprint\">\n")
                .append("<title>").append(escape(d.title())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main class=\"report ")
                .append(escape(d.kind())).append("\">\n");
        b.append("<h1>").append(escape(d.title())).append("</h1>\n");
        if (d.subtitle() != null) b.append("<p class=\"subtitle\">").append(escape(d.subtitle())).append("</p>\n");
        b.append("<p class=\"generated\">Generated: ").append(d.generatedAt()).append("</p>\n");
        for (Block block : d.blocks()) {
            if (block instanceof Heading h) {
                int level = h.level() + 1;
                b.append("<h").append(level).append('>').append(escape(h.text())).append("</h").append(level).append(">\n");
            } else if (block instanceof Paragraph p) {
                b.append("<p>").append(escape(p.text())).append("</p>\n");
            } else if (block instanceof Notice n) {
                b.append("<p class=\"notice ").append(n.kind().name().toLowerCase(Locale.ROOT)).append("\"><strong>")
                        .append(escape(n.kind().label())).append(":</strong> ").append(escape(n.text())).append("</p>\n");
            } else if (block instanceof Facts f) {
                facts(b, f);
            } else if (block instanceof Table t) {
                table(b, t);
            } else if (block instanceof Chart c) {
                chart(b, c);
            }
        }
        b.append("</main>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void facts(StringBuilder b, Facts f) {
        b.append("<div class=\"scroll\"><table class=\"facts\" id=\"").append(escape(f.id())).append("\">\n");
        if (f.caption() != null) b.append("<caption>").append(escape(f.caption())).append("</caption>\n");
        b.append("<tbody>\n");
        for (Facts.Fact x : f.facts()) {
            b.append("<tr><th scope=\"row\">").append(escape(x.label())).append("</th><td>").append(escape(x.value()))
                    .append("</td></tr>\n");
        }
        b.append("</tbody>\n</table></div>\n");
    }

    private static void table(StringBuilder b, Table t) {
        b.append("<div class=\"scroll\"><table id=\"").append(escape(t.id())).append("\">\n");
        if (t.caption() != null) b.append("<caption>").append(escape(t.caption())).append("</caption>\n");
        b.append("<thead><tr>");
        for (Table.Column c : t.columns()) b.append("<th").append(numeric(c)).append('>').append(escape(c.name())).append("</th>");
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> r : t.rows()) row(b, t, r);
        if (t.rows().isEmpty()) {
            b.append("<tr><td class=\"none\" colspan=\"").append(t.columns().size()).append("\">(none)</td></tr>\n");
        }
        b.append("</tbody>\n");
        if (t.total() != null) {
            b.append("<tfoot>\n");
            row(b, t, t.total());
            b.append("</tfoot>\n");
        }
        b.append("</table></div>\n");
    }

    private static void row(StringBuilder b, Table t, List<String> cells) {
        b.append("<tr>");
        for (int i = 0; i < cells.size(); i++) {
            b.append("<td").append(cell(t.columns().get(i), cells.get(i))).append('>').append(escape(cells.get(i))).append("</td>");
        }
        b.append("</tr>\n");
    }

    private static String numeric(Table.Column c) { return c.numeric() ? " class=\"num\"" : ""; }

    /**
     * A figure column's cell: {@code num} (right-aligned, kept on one line); words in it ("not reported: no net
     * revenue given") make it {@code num text}, which wraps like any text cell.
     */
    private static String cell(Table.Column c, String text) {
        if (!c.numeric()) return "";
        return words(text) ? " class=\"num text\"" : " class=\"num\"";
    }

    /** A run of four letters or more: prose, not a figure ("1,200.50", "n/a", "+12.5 %", "< 0.001", "2.4e3"). */
    static boolean words(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isLetter(text.charAt(i)) ? run + 1 : 0;
            if (run >= 4) return true;
        }
        return false;
    }

    /** The chart, then the values it draws as a table (so the figures are in the page's text, for search and print). */
    private static void chart(StringBuilder b, Chart c) {
        b.append("<figure class=\"chart\" id=\"").append(escape(c.id())).append("\">\n<figcaption>").append(escape(c.title()))
                .append(" (").append(escape(c.unit())).append(")</figcaption>\n");
        SvgChart.write(b, c);
        List<Table.Column> columns = new ArrayList<>();
        columns.add(Table.Column.text(""));
        for (Chart.Series s : c.series()) columns.add(Table.Column.number(s.name() + " (" + c.unit() + ")"));
        b.append("<details><summary>Values</summary>\n<div class=\"scroll\"><table class=\"data\">\n<thead><tr>");
        for (Table.Column col : columns) b.append("<th").append(numeric(col)).append('>').append(escape(col.name())).append("</th>");
        b.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < c.categories().size(); i++) {
            b.append("<tr><th scope=\"row\">").append(escape(c.categories().get(i))).append("</th>");
            for (Chart.Series s : c.series()) b.append("<td class=\"num\">").append(Charts.value(s.values().get(i))).append("</td>");
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table></div>\n</details>\n</figure>\n");
    }

    /** Text for HTML content and attribute values: {@code & < > " '} as entities. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
