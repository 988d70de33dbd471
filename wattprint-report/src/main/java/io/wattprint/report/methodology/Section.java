package io.wattprint.report.methodology;

import io.wattprint.core.figure.Figures;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Paragraph;
import io.wattprint.report.doc.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * What the sections of the appendix share: each builds its data record first (the JSON under its key), then its
 * blocks from that record with these helpers, so the printed and JSON forms cannot disagree.
 */
final class Section {
    private Section() {}

    /** Up to {@code max} names joined by ", ", then "and N more"; "(none)" when there are none. */
    static String names(Collection<String> names, int max) {
        if (names.isEmpty()) return "(none)";
        List<String> shown = names.stream().limit(max).toList();
        return String.join(", ", shown) + (names.size() > max ? " and " + (names.size() - max) + " more" : "");
    }

    /** A cell as printed: "n/a" for null, figures with {@link Figures#text(BigDecimal)}, text as it is. */
    static String cell(Object value) {
        if (value == null) return "n/a";
        if (value instanceof BigDecimal d) return Figures.text(d);
        if (value instanceof Integer || value instanceof Long) return Figures.text(new BigDecimal(value.toString()));
        return value.toString();
    }

    /** Each value as printed ({@link #cell}). */
    static List<String> cells(Object... values) {
        List<String> r = new ArrayList<>();
        for (Object v : values) r.add(cell(v));
        return r;
    }

    /** The rows of {@code lines}, each printed by {@code row}. */
    static <T> List<List<String>> rows(List<T> lines, Function<T, List<String>> row) {
        return lines.stream().map(row).toList();
    }

    /** The table, or one line saying the kind is absent when it has no row. */
    static void add(List<Block> b, Table t, String none) {
        b.add(t.rows().isEmpty() ? new Paragraph(none) : t);
    }
}
