package io.wattprint.report.render;

import io.wattprint.report.doc.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table on the PDF pages. Column widths come from the content: each column gets its widest cell when the page is
 * wide enough; otherwise each keeps at least its longest word and the rest of the width is shared in proportion to
 * how much more each would need, and long cells wrap. Figures are right-aligned. A row never splits across pages;
 * after a page break the header row is drawn again. The total line has a rule above it and bold-looking text; an
 * empty table shows "(none)".
 */
final class PdfTable {
    private static final float PAD_X = 4;
    private static final float PAD_Y = 2.5f;

    private final PdfPages pages;
    private final Table table;
    private final boolean header;
    private final float size;
    private final float leading;
    private float[] widths;

    private PdfTable(PdfPages pages, Table table, boolean header, float size) {
        this.pages = pages;
        this.table = table;
        this.header = header;
        this.size = size;
        this.leading = size * 1.25f;
    }

    /** Draws {@code table} at the cursor; {@code header} false leaves the column names out (facts). */
    static void draw(PdfPages pages, Table table, boolean header, float size) throws IOException {
        new PdfTable(pages, table, header, size).draw();
    }

    private void draw() throws IOException {
        List<List<String>> rows = new ArrayList<>(table.rows());
        boolean none = rows.isEmpty();
        if (none) {
            List<String> r = new ArrayList<>();
            for (int i = 0; i < table.columns().size(); i++) r.add(i == 0 ? "(none)" : "");
            rows.add(r);
        }
        widths = widths(rows);
        List<String> names = table.columns().stream().map(Table.Column::name).toList();
        float captionHeight = table.caption() == null ? 0 : size * 1.6f;
        float first = (header ? height(names) : 0) + height(rows.get(0));
        pages.need(captionHeight + first);
        if (table.caption() != null) {
            pages.space(captionHeight);
            pages.text(PdfPages.LEFT, pages.y + size * 0.45f, pages.printable(table.caption()), size + 0.5f, true, 0f);
        }
        if (header) row(names, true, false, 0f);
        for (List<String> r : rows) {
            float h = height(r);
            if (pages.y - h < PdfPages.BOTTOM) {
                pages.newPage();
                if (header) row(names, true, false, 0f);
            }
            row(r, false, false, none ? 0.4f : 0f);
        }
        if (table.total() != null) {
            if (pages.y - height(table.total()) < PdfPages.BOTTOM) {
                pages.newPage();
                if (header) row(names, true, false, 0f);
            }
            row(table.total(), true, true, 0f);
        }
        pages.space(size);
    }

    /** Widest cell of each column when it fits the page; else longest word plus a share of the remaining width. */
    private float[] widths(List<List<String>> rows) throws IOException {
        int n = table.columns().size();
        float[] natural = new float[n];
        float[] least = new float[n];
        List<List<String>> all = new ArrayList<>();
        if (header) all.add(table.columns().stream().map(Table.Column::name).toList());
        all.addAll(rows);
        if (table.total() != null) all.add(table.total());
        for (List<String> r : all) {
            for (int i = 0; i < n; i++) {
                String cell = pages.printable(r.get(i));
                natural[i] = Math.max(natural[i], pages.width(cell, size) + 2 * PAD_X);
                for (String word : cell.split(" ")) least[i] = Math.max(least[i], pages.width(word, size) + 2 * PAD_X);
            }
        }
        // narrow columns (figures, short labels) keep their width: a column narrower than an equal share of what
        // the wide ones leave is fixed, until no more is
        float[] w = new float[n];
        boolean[] fixed = new boolean[n];
        float remaining = PdfPages.width();
        int wide = n;
        for (boolean changed = true; changed && wide > 0; ) {
            changed = false;
            for (int i = 0; i < n; i++) {
                if (!fixed[i] && natural[i] <= remaining / wide) {
                    fixed[i] = true;
                    w[i] = natural[i];
                    remaining -= natural[i];
                    wide--;
                    changed = true;
                }
            }
        }
        // the wide columns share the rest: each its longest word, then the remainder in proportion to what more it
        // would need; if even the longest words do not fit, in proportion to them (the words then break inside)
        float sumNatural = 0;
        float sumLeast = 0;
        for (int i = 0; i < n; i++) {
            if (fixed[i]) continue;
            sumNatural += natural[i];
            sumLeast += least[i];
        }
        for (int i = 0; i < n; i++) {
            if (fixed[i]) continue;
            w[i] = sumLeast >= remaining ? least[i] * remaining / sumLeast
                    : least[i] + (remaining - sumLeast) * (natural[i] - least[i]) / (sumNatural - sumLeast);
        }
        return w;
    }

    private float height(List<String> cells) throws IOException {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) lines = Math.max(lines, lines(cells.get(i), i).size());
        return lines * leading + 2 * PAD_Y;
    }

    private List<String> lines(String cell, int column) throws IOException {
        return pages.wrap(cell, size, widths[column] - 2 * PAD_X);
    }

    /** Draws one row under the cursor: header rows and the total line bold, a rule under (or, for a total, above). */
    private void row(List<String> cells, boolean bold, boolean total, float gray) throws IOException {
        float h = height(cells);
        float top = pages.y;
        float x = PdfPages.LEFT;
        float right = PdfPages.LEFT;
        for (float w : widths) right += w;
        if (total) pages.line(PdfPages.LEFT, top, right, top, 0.9f, 0f);
        for (int i = 0; i < cells.size(); i++) {
            float baseline = top - PAD_Y - size;
            for (String line : lines(cells.get(i), i)) {
                float tx = table.columns().get(i).numeric() ? x + widths[i] - PAD_X - pages.width(line, size) : x + PAD_X;
                pages.text(tx, baseline, line, size, bold, gray);
                baseline -= leading;
            }
            x += widths[i];
        }
        pages.y = top - h;
        if (!total) pages.line(PdfPages.LEFT, pages.y, right, pages.y, bold ? 0.9f : 0.3f, bold ? 0f : 0.75f);
    }
}
