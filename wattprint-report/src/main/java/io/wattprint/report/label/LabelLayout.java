package io.wattprint.report.label;

import io.wattprint.core.figure.Figures;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where everything on the label goes, in one place, so the SVG and the PNG draw the same label: a 360 × 520
 * card (user units; the PNG draws it at twice that), a coloured header, the model and task, the figure in large
 * type, five stars, then GPU energy, hardware, date and the reference set. Each text is measured with the label's
 * font, Liberation Sans (metric-compatible with Arial and Helvetica; the copy shipped inside PDFBox, so the same
 * widths everywhere): a text wider than the card's 320 units of line is set smaller, down to a floor; the hardware,
 * the reference set and the sources then wrap onto a second line, and what still does not fit is cut with "…" at a
 * measured width.
 */
final class LabelLayout {
    static final int WIDTH = 360, HEIGHT = 520;
    static final String INK = "#111827", MUTED = "#4b5563", HEADER = "#0f766e", STAR = "#f5b301", STAR_EMPTY = "#d1d5db";
    static final double STAR_Y = 300, STAR_R = 24, STAR_INNER = 10;
    /** The texts' left edge and the width they may take: 20 units of margin on either side. */
    static final double LEFT = 20, LINE = WIDTH - 2 * LEFT;
    static final String FONT_FAMILY = "Liberation Sans, Arial, Helvetica, sans-serif";
    /**
     * Liberation Sans has no bold face in PDFBox: a bold text is measured as regular plus 0.06 em per character, a
     * bound on the difference of their advance widths (Liberation Sans Bold vs Regular, the Arial metrics: at most
     * 56 of 1,000 units, e.g. i 278 vs 222, r 389 vs 333).
     */
    static final double BOLD_EXTRA_EM = 0.06;
    static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final Metrics METRICS = Metrics.load();

    /** One line of text: x, baseline y, size, bold, colour, right-aligned or not. */
    record Text(double x, double y, int size, boolean bold, String color, boolean end, String text) {}

    private LabelLayout() {}

    /**
     * The font's advance widths, read with FontBox (pure Java: the SVG needs no AWT, only the PNG does): per 1,000
     * units of the em, by code point; a character the font lacks counts as its widest glyph.
     */
    private record Metrics(java.util.Map<Integer, Float> advance, float widest) {
        static Metrics load() {
            try (InputStream in = LabelLayout.class.getResourceAsStream(FONT_RESOURCE)) {
                if (in == null) throw new IllegalStateException("the label font is missing from the class path: " + FONT_RESOURCE);
                try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                    CmapLookup cmap = ttf.getUnicodeCmapLookup();
                    float scale = 1000f / ttf.getUnitsPerEm();
                    java.util.Map<Integer, Float> advance = new java.util.HashMap<>();
                    float widest = 0;
                    for (int cp = 0x20; cp <= 0x2FFF; cp++) {
                        int gid = cmap.getGlyphId(cp);
                        if (gid == 0) continue;
                        float w = ttf.getAdvanceWidth(gid) * scale;
                        advance.put(cp, w);
                        widest = Math.max(widest, w);
                    }
                    return new Metrics(java.util.Map.copyOf(advance), widest);
                }
            } catch (IOException e) {
                throw new IllegalStateException("the label font " + FONT_RESOURCE + " cannot be read", e);
            }
        }
    }

    /** The label's font for the PNG (AWT), at 1 unit (derive the size). */
    static Font font() {
        try (InputStream in = LabelLayout.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) throw new IllegalStateException("the label font is missing from the class path: " + FONT_RESOURCE);
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("the label font " + FONT_RESOURCE + " cannot be read", e);
        }
    }

    /** The advance width of {@code text} at {@code size} units (bold: the bound of {@link #BOLD_EXTRA_EM}). */
    static double width(String text, int size, boolean bold) {
        double units = text.codePoints().mapToDouble(cp -> METRICS.advance().getOrDefault(cp, METRICS.widest())).sum();
        int chars = text.codePointCount(0, text.length());
        return units / 1000.0 * size + (bold ? BOLD_EXTRA_EM * size * chars : 0);
    }

    /** The centre x of star {@code i} (0–4). */
    static double starX(int i) { return 52 + i * 64; }

    /** The ten points of a five-pointed star around (cx, cy), point up (StrictMath: the same digits on every JVM). */
    static double[][] starPoints(double cx, double cy) {
        double[][] p = new double[10][2];
        for (int i = 0; i < 10; i++) {
            double a = StrictMath.toRadians(-90 + 36 * i);
            double r = i % 2 == 0 ? STAR_R : STAR_INNER;
            p[i][0] = cx + r * StrictMath.cos(a);
            p[i][1] = cy + r * StrictMath.sin(a);
        }
        return p;
    }

    static List<Text> texts(EnergyLabel l) {
        List<Text> t = new ArrayList<>();
        t.add(new Text(20, 36, 20, true, "#ffffff", false, "ENERGY LABEL"));
        t.add(new Text(340, 36, 11, false, "#ffffff", true, "AI Energy Score method"));
        t.add(new Text(20, 84, 12, false, MUTED, false, "Model"));
        t.add(fitted(106, 20, 14, true, INK, l.model()));
        t.add(new Text(20, 134, 12, false, MUTED, false, "Task"));
        t.add(fitted(154, 16, 12, false, INK, l.task()));
        t.add(fitted(222, 44, 28, true, INK, l.whText()));
        t.add(new Text(20, 248, 14, false, INK, false, "Wh of GPU energy per 1,000 queries"));
        t.add(fitted(352, 12, 10, false, MUTED, l.stars() + " of 5 stars (5 = lowest energy for the task)"));
        double y = 382;
        y = lines(t, y, "GPU energy: " + Figures.text(l.gpuWh()) + " Wh, " + String.format(Locale.ROOT, "%,d", l.queries())
                + " queries, " + l.runs().size() + " run(s)", 1);
        y = lines(t, y, "Hardware: " + l.hardware(), 2);
        y = lines(t, y, "Date: " + l.date(), 1);
        String set = l.referenceName().replaceAll(".*[/\\\\]", "");
        y = lines(t, y, "Reference set: " + set + ", " + l.referenceModels() + " model(s), " + Figures.text(l.rangeMin()) + " to "
                + Figures.text(l.rangeMax()) + " Wh/1k", 2);
        lines(t, y, "Source: " + String.join("; ", l.referenceSources()), 2);
        t.add(new Text(20, 508, 10, false, MUTED, false, "wattprint · not an official AI Energy Score rating"));
        return t;
    }

    /**
     * Size 12 down to 10 on one line; else (when {@code maxLines} is 2) two lines at 10, 12 apart. The next line's
     * y, 19 further: with hardware, reference set and sources all on two lines the sources' second line stays at 494,
     * clear of the footer at 508.
     */
    private static double lines(List<Text> t, double y, String text, int maxLines) {
        for (int size = 12; size >= 10; size--) {
            if (width(text, size, false) <= LINE) {
                t.add(new Text(LEFT, y, size, false, INK, false, text));
                return y + 19;
            }
        }
        if (maxLines == 1) {
            t.add(new Text(LEFT, y, 10, false, INK, false, cut(text, 10, false)));
            return y + 19;
        }
        String first = firstLine(text, 10);
        t.add(new Text(LEFT, y, 10, false, INK, false, first));
        t.add(new Text(LEFT, y + 12, 10, false, INK, false, cut(text.substring(first.length()).strip(), 10, false)));
        return y + 12 + 19;
    }

    /** One line at {@code size}, else smaller down to {@code min}, else cut at {@code min}. */
    private static Text fitted(double y, int size, int min, boolean bold, String color, String text) {
        for (int s = size; s >= min; s--) {
            if (width(text, s, bold) <= LINE) return new Text(LEFT, y, s, bold, color, false, text);
        }
        return new Text(LEFT, y, min, bold, color, false, cut(text, min, bold));
    }

    /** The longest start of {@code text} that fits a line, broken after a space (or inside a word longer than a line). */
    static String firstLine(String text, int size) {
        int end = 0;
        for (int i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
            if (width(text.substring(0, i), size, false) > LINE) break;
            end = i;
        }
        if (end > 0) return text.substring(0, end);
        return cut(text, size, false).replace("…", "");
    }

    /** {@code text}, or its longest start that fits a line with "…" after it. */
    static String cut(String text, int size, boolean bold) {
        if (width(text, size, bold) <= LINE) return text;
        int end = text.length();
        while (end > 1 && width(text.substring(0, end).strip() + "…", size, bold) > LINE) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end).strip() + "…";
    }
}
