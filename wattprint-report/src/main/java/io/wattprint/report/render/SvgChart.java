package io.wattprint.report.render;

import static io.wattprint.report.render.HtmlRenderer.escape;

import io.wattprint.report.doc.Chart;
import java.util.List;
import java.util.Locale;

/**
 * A chart as inline SVG, drawn from its {@link ChartGeometry}: legend, unit, grid lines with tick labels, bars (or
 * lines with a dot per value), the zero line and the category labels. Every bar and dot carries a {@code <title>}
 * with its series, category and value (a tooltip, and text for screen readers); the {@code <svg>} itself has
 * {@code role="img"} and an {@code aria-label}. Coordinates have one decimal, so the same chart gives the same bytes.
 */
final class SvgChart {
    private SvgChart() {}

    static void write(StringBuilder b, Chart c) {
        ChartGeometry g = ChartGeometry.of(c);
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(n(ChartGeometry.WIDTH)).append(' ')
                .append(n(ChartGeometry.HEIGHT)).append("\" role=\"img\" aria-label=\"").append(escape(ariaLabel(c)))
                .append("\" font-family=\"Liberation Sans, Arial, Helvetica, sans-serif\" font-size=\"")
                .append(n(ChartGeometry.FONT_SIZE)).append("\">\n");
        b.append("<title>").append(escape(c.title())).append(" (").append(escape(c.unit())).append(")</title>\n");
        legend(b, g);
        text(b, g.unit, "unit");
        grid(b, g);
        if (c.type() == Chart.Type.LINE) lines(b, g);
        else bars(b, g);
        b.append("<line class=\"axis\" x1=\"").append(n(g.plotLeft)).append("\" y1=\"").append(n(g.plotTop))
                .append("\" x2=\"").append(n(g.plotLeft)).append("\" y2=\"").append(n(g.plotBottom))
                .append("\" stroke=\"#333333\"/>\n");
        b.append("<line class=\"axis\" x1=\"").append(n(g.plotLeft)).append("\" y1=\"").append(n(g.zeroY()))
                .append("\" x2=\"").append(n(g.plotRight)).append("\" y2=\"").append(n(g.zeroY()))
                .append("\" stroke=\"#333333\"/>\n");
        b.append("<g class=\"categories\" fill=\"#444444\">\n");
        for (ChartGeometry.Text t : g.categoryLabels) text(b, t, null);
        b.append("</g>\n");
        if (g.empty()) {
            text(b, new ChartGeometry.Text((g.plotLeft + g.plotRight) / 2, (g.plotTop + g.plotBottom) / 2, "No data",
                    ChartGeometry.Anchor.MIDDLE), "empty");
        }
        b.append("</svg>\n");
    }

    static String ariaLabel(Chart c) {
        String kind = c.type() == Chart.Type.LINE ? "line chart" : c.type() == Chart.Type.STACKED_BAR ? "stacked bar chart" : "bar chart";
        return c.title() + ": " + kind + " in " + c.unit() + ", " + c.categories().size() + " categories, "
                + c.series().size() + " series";
    }

    private static void legend(StringBuilder b, ChartGeometry g) {
        b.append("<g class=\"legend\">\n");
        for (ChartGeometry.LegendItem item : g.legend) {
            b.append("<rect x=\"").append(n(item.x())).append("\" y=\"").append(n(item.y())).append("\" width=\"")
                    .append(n(ChartGeometry.SWATCH)).append("\" height=\"").append(n(ChartGeometry.SWATCH))
                    .append("\" fill=\"").append(ChartGeometry.color(item.series())).append("\"/>");
            text(b, item.name(), null);
        }
        b.append("</g>\n");
    }

    private static void grid(StringBuilder b, ChartGeometry g) {
        b.append("<g class=\"grid\" stroke=\"#dddddd\">\n");
        for (ChartGeometry.Tick t : g.ticks) {
            b.append("<line x1=\"").append(n(g.plotLeft)).append("\" y1=\"").append(n(t.y())).append("\" x2=\"")
                    .append(n(g.plotRight)).append("\" y2=\"").append(n(t.y())).append("\"/>\n");
        }
        b.append("</g>\n<g class=\"ticks\" fill=\"#444444\">\n");
        for (ChartGeometry.Tick t : g.ticks) text(b, t.label(), null);
        b.append("</g>\n");
    }

    private static void bars(StringBuilder b, ChartGeometry g) {
        b.append("<g class=\"bars\">\n");
        for (ChartGeometry.Bar bar : g.bars) {
            b.append("<rect x=\"").append(n(bar.x())).append("\" y=\"").append(n(bar.y())).append("\" width=\"")
                    .append(n(bar.width())).append("\" height=\"").append(n(bar.height())).append("\" fill=\"")
                    .append(ChartGeometry.color(bar.series())).append("\">");
            tooltip(b, g.chart, bar.series(), bar.category(), bar.value());
            b.append("</rect>\n");
        }
        b.append("</g>\n");
    }

    private static void lines(StringBuilder b, ChartGeometry g) {
        b.append("<g class=\"lines\" fill=\"none\" stroke-width=\"2\">\n");
        for (int s = 0; s < g.lines.size(); s++) {
            b.append("<polyline stroke=\"").append(ChartGeometry.color(s)).append("\" points=\"");
            List<ChartGeometry.Point> points = g.lines.get(s);
            for (int i = 0; i < points.size(); i++) {
                if (i > 0) b.append(' ');
                b.append(n(points.get(i).x())).append(',').append(n(points.get(i).y()));
            }
            b.append("\"/>\n");
        }
        b.append("</g>\n<g class=\"points\">\n");
        for (int s = 0; s < g.lines.size(); s++) {
            for (ChartGeometry.Point p : g.lines.get(s)) {
                b.append("<circle cx=\"").append(n(p.x())).append("\" cy=\"").append(n(p.y())).append("\" r=\"3.0\" fill=\"")
                        .append(ChartGeometry.color(s)).append("\">");
                tooltip(b, g.chart, s, p.category(), p.value());
                b.append("</circle>\n");
            }
        }
        b.append("</g>\n");
    }

    private static void tooltip(StringBuilder b, Chart c, int series, int category, double value) {
        b.append("<title>").append(escape(c.series().get(series).name())).append(", ")
                .append(escape(c.categories().get(category))).append(": ").append(Charts.value(value)).append(' ')
                .append(escape(c.unit())).append("</title>");
    }

    private static void text(StringBuilder b, ChartGeometry.Text t, String cssClass) {
        b.append("<text");
        if (cssClass != null) b.append(" class=\"").append(cssClass).append('"');
        b.append(" x=\"").append(n(t.x())).append("\" y=\"").append(n(t.y())).append('"');
        if (t.anchor() == ChartGeometry.Anchor.MIDDLE) b.append(" text-anchor=\"middle\"");
        if (t.anchor() == ChartGeometry.Anchor.END) b.append(" text-anchor=\"end\"");
        b.append('>').append(escape(t.text())).append("</text>\n");
    }

    /** A coordinate with one decimal, locale-free; never "-0.0". */
    static String n(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.equals("-0.0") ? "0.0" : s;
    }
}
