package io.wattprint.report.render;

import io.wattprint.report.doc.Chart;
import io.wattprint.report.doc.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A chart on the PDF pages: its title, the picture of {@link ChartGeometry} (the same as the HTML's SVG) scaled to
 * the text width and drawn as vectors, then the values it draws as a small table, so the figures are text.
 */
final class PdfChart {
    /** Bézier control distance for a quarter circle. */
    private static final float KAPPA = 0.5523f;

    private final PdfPages pages;
    private final ChartGeometry g;
    private final float scale;
    private float top;

    private PdfChart(PdfPages pages, Chart chart) {
        this.pages = pages;
        this.g = ChartGeometry.of(chart);
        this.scale = (float) Math.min(1, PdfPages.width() / ChartGeometry.WIDTH);
    }

    static void draw(PdfPages pages, Chart chart) throws IOException {
        new PdfChart(pages, chart).draw();
    }

    private void draw() throws IOException {
        Chart c = g.chart;
        float titleHeight = 16;
        pages.need(titleHeight + (float) ChartGeometry.HEIGHT * scale);
        pages.space(titleHeight);
        pages.text(PdfPages.LEFT, pages.y + 4, pages.printable(c.title() + " (" + c.unit() + ")"), 10, true, 0f);
        top = pages.y;
        PDPageContentStream cs = pages.cs;
        for (ChartGeometry.LegendItem item : g.legend) {
            fill(ChartGeometry.color(item.series()));
            cs.addRect(x(item.x()), y(item.y() + ChartGeometry.SWATCH), len(ChartGeometry.SWATCH), len(ChartGeometry.SWATCH));
            cs.fill();
            text(item.name(), 0f);
        }
        text(g.unit, 0.27f);
        for (ChartGeometry.Tick t : g.ticks) {
            pages.line(x(g.plotLeft), y(t.y()), x(g.plotRight), y(t.y()), 0.5f * scale, 0.87f);
            text(t.label(), 0.27f);
        }
        if (c.type() == Chart.Type.LINE) lines();
        else bars();
        pages.line(x(g.plotLeft), y(g.plotTop), x(g.plotLeft), y(g.plotBottom), scale, 0.2f);
        pages.line(x(g.plotLeft), y(g.zeroY()), x(g.plotRight), y(g.zeroY()), scale, 0.2f);
        for (ChartGeometry.Text t : g.categoryLabels) text(t, 0.27f);
        if (g.empty()) {
            text(new ChartGeometry.Text((g.plotLeft + g.plotRight) / 2, (g.plotTop + g.plotBottom) / 2, "No data",
                    ChartGeometry.Anchor.MIDDLE), 0.27f);
        }
        pages.cs.setNonStrokingColor(0f);
        pages.y = top - (float) ChartGeometry.HEIGHT * scale;
        PdfTable.draw(pages, values(c), true, 8);
    }

    /** The chart's values as a table: one row per category, one column per series (as the HTML's data table). */
    static Table values(Chart c) {
        List<Table.Column> columns = new ArrayList<>();
        columns.add(Table.Column.text(""));
        for (Chart.Series s : c.series()) columns.add(Table.Column.number(s.name() + " (" + c.unit() + ")"));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < c.categories().size(); i++) {
            List<String> r = new ArrayList<>();
            r.add(c.categories().get(i));
            for (Chart.Series s : c.series()) r.add(Charts.value(s.values().get(i)));
            rows.add(r);
        }
        return new Table(c.id(), null, columns, rows, null);
    }

    private void bars() throws IOException {
        for (ChartGeometry.Bar b : g.bars) {
            fill(ChartGeometry.color(b.series()));
            pages.cs.addRect(x(b.x()), y(b.y() + b.height()), len(b.width()), len(b.height()));
            pages.cs.fill();
        }
    }

    private void lines() throws IOException {
        PDPageContentStream cs = pages.cs;
        for (int s = 0; s < g.lines.size(); s++) {
            float[] rgb = rgb(ChartGeometry.color(s));
            cs.setStrokingColor(rgb[0], rgb[1], rgb[2]);
            cs.setLineWidth(2 * scale);
            List<ChartGeometry.Point> points = g.lines.get(s);
            for (int i = 0; i < points.size(); i++) {
                if (i == 0) cs.moveTo(x(points.get(i).x()), y(points.get(i).y()));
                else cs.lineTo(x(points.get(i).x()), y(points.get(i).y()));
            }
            if (points.size() > 1) cs.stroke();
            fill(ChartGeometry.color(s));
            for (ChartGeometry.Point p : points) circle(x(p.x()), y(p.y()), len(3));
        }
        cs.setStrokingColor(0f);
    }

    private void circle(float cx, float cy, float r) throws IOException {
        PDPageContentStream cs = pages.cs;
        float k = KAPPA * r;
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        cs.fill();
    }

    private void text(ChartGeometry.Text t, float gray) throws IOException {
        float size = (float) ChartGeometry.FONT_SIZE * scale;
        String s = pages.printable(t.text());
        float w = pages.width(s, size);
        float left = x(t.x());
        if (t.anchor() == ChartGeometry.Anchor.MIDDLE) left -= w / 2;
        if (t.anchor() == ChartGeometry.Anchor.END) left -= w;
        pages.text(left, y(t.y()), s, size, false, gray);
    }

    private void fill(String hex) throws IOException {
        float[] rgb = rgb(hex);
        pages.cs.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
    }

    static float[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new float[] {((v >> 16) & 0xff) / 255f, ((v >> 8) & 0xff) / 255f, (v & 0xff) / 255f};
    }

    private float x(double chartX) { return PdfPages.LEFT + (float) chartX * scale; }

    private float y(double chartY) { return top - (float) chartY * scale; }

    private float len(double chartLength) { return (float) chartLength * scale; }
}
