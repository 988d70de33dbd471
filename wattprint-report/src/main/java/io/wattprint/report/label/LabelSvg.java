package io.wattprint.report.label;

import java.util.Locale;

/** The label as a hand-written SVG 1.1 document: same label in, same bytes out. */
public final class LabelSvg {
    private LabelSvg() {}

    public static String render(EnergyLabel l) {
        StringBuilder b = new StringBuilder();
        int w = LabelLayout.WIDTH, h = LabelLayout.HEIGHT;
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" viewBox=\"0 0 ").append(w).append(' ').append(h).append("\" role=\"img\" aria-label=\"")
                .append(esc("Energy label: " + l.model() + ", " + l.task() + ", " + l.whText() + " Wh per 1,000 queries, " + l.stars()
                        + " of 5 stars")).append("\">\n");
        b.append("  <rect x=\"1\" y=\"1\" width=\"").append(w - 2).append("\" height=\"").append(h - 2)
                .append("\" rx=\"12\" fill=\"#ffffff\" stroke=\"").append(LabelLayout.INK).append("\" stroke-width=\"2\"/>\n");
        b.append("  <path d=\"M1 13 A12 12 0 0 1 13 1 H").append(w - 13).append(" A12 12 0 0 1 ").append(w - 1)
                .append(" 13 V56 H1 Z\" fill=\"").append(LabelLayout.HEADER).append("\"/>\n");
        b.append("  <g font-family=\"").append(LabelLayout.FONT_FAMILY).append("\">\n");
        for (LabelLayout.Text t : LabelLayout.texts(l)) {
            b.append("    <text x=\"").append(n(t.x())).append("\" y=\"").append(n(t.y())).append("\" font-size=\"").append(t.size())
                    .append('"');
            if (t.bold()) b.append(" font-weight=\"bold\"");
            if (t.end()) b.append(" text-anchor=\"end\"");
            b.append(" fill=\"").append(t.color()).append("\">").append(esc(t.text())).append("</text>\n");
        }
        b.append("  </g>\n");
        b.append("  <g id=\"stars\" stroke-width=\"1.5\">\n");
        for (int i = 0; i < 5; i++) {
            boolean filled = i < l.stars();
            b.append("    <polygon class=\"").append(filled ? "star filled" : "star empty").append("\" points=\"");
            double[][] p = LabelLayout.starPoints(LabelLayout.starX(i), LabelLayout.STAR_Y);
            for (int k = 0; k < p.length; k++) {
                if (k > 0) b.append(' ');
                b.append(n(p[k][0])).append(',').append(n(p[k][1]));
            }
            b.append("\" fill=\"").append(filled ? LabelLayout.STAR : "#ffffff").append("\" stroke=\"")
                    .append(filled ? "#b45309" : LabelLayout.STAR_EMPTY).append("\"/>\n");
        }
        b.append("  </g>\n");
        b.append("</svg>\n");
        return b.toString();
    }

    /** Two decimals, trailing zeros dropped: 52 → "52", 27.18 → "27.18". */
    static String n(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        if (s.contains(".")) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
