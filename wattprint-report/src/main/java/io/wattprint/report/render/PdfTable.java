package io.wattprint.report.render;

import io.wattprint.report.doc.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table on the PDF pages. Column widths come from the content ({@link #widths}): each column gets its widest cell
 * when the page is wide enough; otherwise each keeps at least its widest word — the type set smaller for that, down
 * to {@link #MIN_SIZE}, rather than a word broken (issue 16: "Marke t") — and long cells wrap at spaces
 * ({@link PdfPages#wrap}). The caption wraps over the page width. Figures are right-aligned. A row never splits
 * across pages; after a page break the header row is drawn again. The total line has a rule above it and
 * bold-looking text; an empty table shows "(none)".
 */
final class PdfTable {
    private static final float PAD_X = 4;
    private static final float PAD_Y = 2.5f;
    /** The smallest type a table is set in to keep its words whole. */
    static final float MIN_SIZE = 6.5f;

    private final PdfPages pages;
    private final Table table;
    private final boolean header;
    private float size;
    private float leading;
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
        float captionSize = size + 0.5f;
        widths = widths(rows);
        List<String> names = table.columns().stream().map(Table.Column::name).toList();
        List<String> caption = table.caption() == null ? List.of() : pages.wrap(table.caption(), captionSize, PdfPages.width());
        float captionLeading = captionSize * 1.3f;
        float captionHeight = caption.isEmpty() ? 0 : captionSize * 0.3f + caption.size() * captionLeading;
        float first = (header ? height(names) : 0) + height(rows.get(0));
        pages.need(captionHeight + first);
        if (!caption.isEmpty()) {
            pages.space(captionSize * 0.3f);
            for (String line : caption) {
                pages.space(captionLeading);
                pages.text(PdfPages.LEFT, pages.y + captionLeading - captionSize, line, captionSize, true, 0f);
            }
            pages.space(captionSize * 0.3f);
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

    /**
     * Widest cell of each column when they all fit the page. Else each column keeps at least its widest word, the
     * type set smaller for that when needed (not under {@link #MIN_SIZE}); where even that does not fit, its widest
     * piece of a word ({@link PdfPages#pieces}: words then break after hyphens and slashes), again smaller if need
     * be; and where not even those fit, the type is set at {@link #MIN_SIZE}, the columns whose pieces fit keep them
     * and the others share what is left (their long words break inside). Then a narrow column (figures, short labels: its widest cell under an equal
     * share of what the others leave) keeps its widest cell while the others' floors still fit, and the width left
     * is shared by the others in proportion to how much wider than its floor each would like to be.
     */
    private float[] widths(List<List<String>> rows) throws IOException {
        int n = table.columns().size();
        List<List<String>> all = new ArrayList<>();
        if (header) all.add(table.columns().stream().map(Table.Column::name).toList());
        all.addAll(rows);
        if (table.total() != null) all.add(table.total());
        float page = PdfPages.width();
        float[] natural = new float[n];
        float[] word = new float[n];
        float[] piece = new float[n];
        measure(all, natural, word, piece);
        float[] floor;
        if (sum(natural) <= page || sum(word) <= page) {
            floor = word;
        } else if (fitting(word, page) >= MIN_SIZE) {
            resize(fitting(word, page));
            measure(all, natural, word, piece);
            floor = word;
        } else if (sum(piece) <= page) {
            floor = piece;
        } else if (fitting(piece, page) >= MIN_SIZE) {
            resize(fitting(piece, page));
            measure(all, natural, word, piece);
            floor = piece;
        } else {
            // not even the pieces fit at the smallest type: set it, so that as few words as possible break inside
            resize(MIN_SIZE);
            measure(all, natural, word, piece);
            floor = shared(piece, page);
        }
        if (sum(natural) <= page) return natural;
        // narrow columns (figures, short labels) keep their widest cell: one narrower than an equal share of what the
        // others leave is fixed, as long as the others' floors still fit, until no more is
        float[] w = new float[n];
        boolean[] fixed = new boolean[n];
        float remaining = page;
        float openFloors = sum(floor);
        int open = n;
        for (boolean changed = true; changed && open > 0; ) {
            changed = false;
            for (int i = 0; i < n; i++) {
                if (!fixed[i] && natural[i] <= remaining / open && remaining - natural[i] >= openFloors - floor[i]) {
                    fixed[i] = true;
                    w[i] = natural[i];
                    remaining -= natural[i];
                    openFloors -= floor[i];
                    open--;
                    changed = true;
                }
            }
        }
        float rest = Math.max(0, remaining - openFloors);
        float want = 0;
        for (int i = 0; i < n; i++) if (!fixed[i]) want += Math.max(0, natural[i] - floor[i]);
        for (int i = 0; i < n; i++) {
            if (!fixed[i]) w[i] = floor[i] + (want <= 0 ? 0 : rest * Math.max(0, natural[i] - floor[i]) / want);
        }
        return w;
    }

    /** The type size (a tenth of a point, rounded down) at which columns as wide as {@code floor} fill the page. */
    private float fitting(float[] floor, float page) {
        float pad = floor.length * 2 * PAD_X;
        return (float) Math.floor(size * (page - pad) / (sum(floor) - pad) * 10) / 10;
    }

    private void resize(float s) {
        size = s;
        leading = size * 1.25f;
    }

    /** Columns narrower than an equal share of what the others leave keep their width; the others share the rest. */
    private static float[] shared(float[] want, float page) {
        int n = want.length;
        float[] w = new float[n];
        boolean[] fixed = new boolean[n];
        float remaining = page;
        int open = n;
        for (boolean changed = true; changed && open > 0; ) {
            changed = false;
            for (int i = 0; i < n; i++) {
                if (!fixed[i] && want[i] <= remaining / open) {
                    fixed[i] = true;
                    w[i] = want[i];
                    remaining -= want[i];
                    open--;
                    changed = true;
                }
            }
        }
        float wide = 0;
        for (int i = 0; i < n; i++) if (!fixed[i]) wide += want[i];
        for (int i = 0; i < n; i++) if (!fixed[i]) w[i] = want[i] * remaining / wide;
        return w;
    }

    /** Each column's widest cell, widest word and widest piece of a word, padding included, at the current size. */
    private void measure(List<List<String>> all, float[] natural, float[] word, float[] piece) throws IOException {
        java.util.Arrays.fill(natural, 0);
        java.util.Arrays.fill(word, 0);
        java.util.Arrays.fill(piece, 0);
        for (List<String> r : all) {
            for (int i = 0; i < natural.length; i++) {
                String cell = pages.printable(r.get(i));
                natural[i] = Math.max(natural[i], pages.width(cell, size) + 2 * PAD_X);
                for (String w : cell.split(" ")) {
                    word[i] = Math.max(word[i], pages.width(w, size) + 2 * PAD_X);
                    for (String p : PdfPages.pieces(w)) piece[i] = Math.max(piece[i], pages.width(p, size) + 2 * PAD_X);
                }
            }
        }
    }

    private static float sum(float[] a) {
        float s = 0;
        for (float x : a) s += x;
        return s;
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
