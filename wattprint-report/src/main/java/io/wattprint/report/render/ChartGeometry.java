package io.wattprint.report.render;

import io.wattprint.report.doc.Chart;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Where everything of a chart goes, computed once for the SVG of the HTML report and the vectors of the PDF, so
 * both draw the same picture. Coordinates are in a {@link #WIDTH} × {@link #HEIGHT} box, origin top left, y down
 * (as in SVG; the PDF renderer scales and flips them). Text widths are estimated from the character count
 * ({@link #CHAR_WIDTH} per character at {@link #FONT_SIZE}), as SVG text cannot be measured before display.
 *
 * <p>Layout from the top: the legend (one swatch and name per series, wrapping), the unit, the plot with its value
 * axis on the left (nice ticks, see {@link NiceScale}) and the category labels under it. Each category gets an equal
 * band; bars fill the middle 70 % of it: side by side for {@code BAR}, one on top of the other for
 * {@code STACKED_BAR} (positive values stack up from zero, negative ones down), and {@code LINE} joins one point per
 * band centre. Category labels too long for their band are shortened, and only every k-th is printed when they
 * would overlap.
 */
final class ChartGeometry {
    static final double WIDTH = 640;
    static final double HEIGHT = 320;
    static final double FONT_SIZE = 11;
    static final double CHAR_WIDTH = 0.6 * FONT_SIZE;
    static final double PAD = 8;
    static final double SWATCH = 10;
    static final double LEGEND_LINE = 16;
    static final double BAR_SHARE = 0.7;
    static final int LABEL_CHARS = 16;
    /** Okabe–Ito colour-blind-safe palette (Okabe & Ito 2008), in series order, repeating. */
    private static final String[] PALETTE = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999999", "#F0E442"};

    enum Anchor { START, MIDDLE, END }

    /** A text and where its baseline is anchored. */
    record Text(double x, double y, String text, Anchor anchor) {}

    /** A horizontal grid line at a tick, and the tick's label. */
    record Tick(double y, Text label) {}

    /** A legend entry: its colour square (top left corner) and the series name. */
    record LegendItem(int series, double x, double y, Text name) {}

    /** One bar, or one segment of a stacked bar, with the value it shows. */
    record Bar(int category, int series, double x, double y, double width, double height, double value) {}

    /** One point of a line. */
    record Point(int category, double x, double y, double value) {}

    final Chart chart;
    final NiceScale scale;
    final double plotLeft;
    final double plotTop;
    final double plotRight;
    final double plotBottom;
    final List<LegendItem> legend = new ArrayList<>();
    final Text unit;
    final List<Tick> ticks = new ArrayList<>();
    final List<Text> categoryLabels = new ArrayList<>();
    final List<Bar> bars = new ArrayList<>();
    final List<List<Point>> lines = new ArrayList<>();

    private ChartGeometry(Chart chart) {
        this.chart = chart;
        this.scale = scale(chart);
        double y = layoutLegend();
        this.unit = new Text(PAD, y + FONT_SIZE, chart.unit(), Anchor.START);
        this.plotTop = y + FONT_SIZE + 14;
        this.plotBottom = HEIGHT - PAD - FONT_SIZE - 6;
        this.plotRight = WIDTH - PAD;
        int tickChars = 1;
        for (BigDecimal t : scale.ticks()) tickChars = Math.max(tickChars, NiceScale.label(t).length());
        this.plotLeft = PAD + tickChars * CHAR_WIDTH + 6;
        for (BigDecimal t : scale.ticks()) {
            double ty = y(t.doubleValue());
            ticks.add(new Tick(ty, new Text(plotLeft - 4, ty + FONT_SIZE * 0.35, NiceScale.label(t), Anchor.END)));
        }
        layoutCategories();
        if (chart.type() == Chart.Type.LINE) layoutLines();
        else if (chart.type() == Chart.Type.STACKED_BAR) layoutStacked();
        else layoutGrouped();
    }

    static ChartGeometry of(Chart chart) { return new ChartGeometry(chart); }

    /** The fill colour of series {@code i}, as {@code #RRGGBB}. */
    static String color(int i) { return PALETTE[i % PALETTE.length]; }

    /** The y of {@code value} on the value axis. */
    double y(double value) { return plotBottom - scale.fraction(value) * (plotBottom - plotTop); }

    /** The y of zero, where bars start. */
    double zeroY() { return y(0); }

    /** True when there is nothing to draw (no category or no series). */
    boolean empty() { return chart.categories().isEmpty() || chart.series().isEmpty(); }

    private double band() { return (plotRight - plotLeft) / chart.categories().size(); }

    private static NiceScale scale(Chart c) {
        double min = 0;
        double max = 0;
        for (int i = 0; i < c.categories().size(); i++) {
            double up = 0;
            double down = 0;
            for (Chart.Series s : c.series()) {
                double v = s.values().get(i);
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("chart " + c.id() + ": series " + s.name() + " has no finite value for "
                            + c.categories().get(i) + " (" + v + ")");
                }
                if (c.type() == Chart.Type.STACKED_BAR) {
                    if (v > 0) up += v;
                    else down += v;
                } else {
                    up = Math.max(up, v);
                    down = Math.min(down, v);
                }
            }
            max = Math.max(max, up);
            min = Math.min(min, down);
        }
        return NiceScale.of(min, max);
    }

    /** Lays the legend out in lines from the top; returns the y under it. */
    private double layoutLegend() {
        double x = PAD;
        double y = PAD;
        for (int s = 0; s < chart.series().size(); s++) {
            String name = chart.series().get(s).name();
            double w = SWATCH + 4 + name.length() * CHAR_WIDTH + 16;
            if (x > PAD && x + w > WIDTH - PAD) {
                x = PAD;
                y += LEGEND_LINE;
            }
            legend.add(new LegendItem(s, x, y, new Text(x + SWATCH + 4, y + SWATCH - 1, name, Anchor.START)));
            x += w;
        }
        return legend.isEmpty() ? y : y + LEGEND_LINE;
    }

    private void layoutCategories() {
        int n = chart.categories().size();
        if (n == 0) return;
        double band = band();
        int longest = 1;
        for (String c : chart.categories()) longest = Math.max(longest, shorten(c).length());
        int every = (int) Math.max(1, Math.ceil((longest * CHAR_WIDTH + 6) / band));
        for (int i = 0; i < n; i += every) {
            categoryLabels.add(new Text(plotLeft + (i + 0.5) * band, plotBottom + FONT_SIZE + 3,
                    shorten(chart.categories().get(i)), Anchor.MIDDLE));
        }
    }

    /** A category label cut to {@link #LABEL_CHARS} characters (the data table under the chart has it whole). */
    static String shorten(String label) {
        int cps = label.codePointCount(0, label.length());
        if (cps <= LABEL_CHARS) return label;
        return label.substring(0, label.offsetByCodePoints(0, LABEL_CHARS - 1)) + "…";
    }

    private void layoutGrouped() {
        int n = chart.categories().size();
        int m = chart.series().size();
        if (n == 0 || m == 0) return;
        double band = band();
        double width = band * BAR_SHARE / m;
        for (int i = 0; i < n; i++) {
            double x0 = plotLeft + i * band + band * (1 - BAR_SHARE) / 2;
            for (int s = 0; s < m; s++) {
                double v = chart.series().get(s).values().get(i);
                bars.add(bar(i, s, x0 + s * width, width, 0, v));
            }
        }
    }

    private void layoutStacked() {
        int n = chart.categories().size();
        if (n == 0) return;
        double band = band();
        double width = band * BAR_SHARE;
        for (int i = 0; i < n; i++) {
            double x = plotLeft + i * band + band * (1 - BAR_SHARE) / 2;
            double up = 0;
            double down = 0;
            for (int s = 0; s < chart.series().size(); s++) {
                double v = chart.series().get(s).values().get(i);
                if (v >= 0) {
                    bars.add(bar(i, s, x, width, up, v));
                    up += v;
                } else {
                    bars.add(bar(i, s, x, width, down, v));
                    down += v;
                }
            }
        }
    }

    /** A bar from {@code base} to {@code base + value}, whichever side of the base it lies. */
    private Bar bar(int category, int series, double x, double width, double base, double value) {
        double a = y(base);
        double b = y(base + value);
        return new Bar(category, series, x, Math.min(a, b), width, Math.abs(a - b), value);
    }

    private void layoutLines() {
        int n = chart.categories().size();
        if (n == 0) return;
        double band = band();
        for (Chart.Series s : chart.series()) {
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double v = s.values().get(i);
                points.add(new Point(i, plotLeft + (i + 0.5) * band, y(v), v));
            }
            lines.add(points);
        }
    }
}
