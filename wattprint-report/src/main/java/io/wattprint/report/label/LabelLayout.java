package io.wattprint.report.label;

import io.wattprint.core.figure.Figures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where everything on the label goes, in one place, so the SVG and the PNG draw the same label: a 360 × 520
 * card (user units; the PNG draws it at twice that), a coloured header, the model and task, the figure in large
 * type, five stars, then GPU energy, hardware, date and the reference set. Texts longer than their line are cut
 * with "…" at a fixed number of characters (deterministic, whatever fonts the viewer has).
 */
final class LabelLayout {
    static final int WIDTH = 360, HEIGHT = 520;
    static final String INK = "#111827", MUTED = "#4b5563", HEADER = "#0f766e", STAR = "#f5b301", STAR_EMPTY = "#d1d5db";
    static final double STAR_Y = 300, STAR_R = 24, STAR_INNER = 10;

    /** One line of text: x, baseline y, size, bold, colour, right-aligned or not. */
    record Text(double x, double y, int size, boolean bold, String color, boolean end, String text) {}

    private LabelLayout() {}

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
        t.add(new Text(20, 106, 20, true, INK, false, cut(l.model(), 28)));
        t.add(new Text(20, 134, 12, false, MUTED, false, "Task"));
        t.add(new Text(20, 154, 16, false, INK, false, cut(l.task(), 36)));
        t.add(new Text(20, 222, 44, true, INK, false, cut(l.whText(), 12)));
        t.add(new Text(20, 248, 14, false, INK, false, "Wh of GPU energy per 1,000 queries"));
        t.add(new Text(20, 352, 12, false, MUTED, false, l.stars() + " of 5 stars (5 = lowest energy for the task)"));
        t.add(new Text(20, 384, 12, false, INK, false, cut("GPU energy: " + Figures.text(l.gpuWh()) + " Wh, "
                + String.format(Locale.ROOT, "%,d", l.queries()) + " queries, " + l.runs().size() + " run(s)", 52)));
        t.add(new Text(20, 406, 12, false, INK, false, cut("Hardware: " + l.hardware(), 52)));
        t.add(new Text(20, 428, 12, false, INK, false, "Date: " + l.date()));
        String set = l.referenceName().replaceAll(".*[/\\\\]", "");
        t.add(new Text(20, 450, 12, false, INK, false, cut("Reference set: " + set + ", " + l.referenceModels() + " model(s), "
                + Figures.text(l.rangeMin()) + " to " + Figures.text(l.rangeMax()) + " Wh/1k", 54)));
        t.add(new Text(20, 470, 12, false, INK, false, cut("Source: " + String.join("; ", l.referenceSources()), 54)));
        t.add(new Text(20, 504, 10, false, MUTED, false, "wattprint · not an official AI Energy Score rating"));
        return t;
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
