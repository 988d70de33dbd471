package io.wattprint.cli.out;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: left-aligned text, right-aligned numbers, two spaces between columns.
 * Columns whose header starts with '>' are right-aligned (the '>' is not printed).
 */
public final class Table {
    private final List<String> headers = new ArrayList<>();
    private final List<Boolean> right = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    public Table(String... columns) {
        for (String c : columns) {
            boolean r = c.startsWith(">");
            headers.add(r ? c.substring(1) : c);
            right.add(r);
        }
    }

    public Table row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + headers.size() + " columns");
        }
        List<String> r = new ArrayList<>();
        for (Object c : cells) r.add(c == null ? "" : Terminal.safe(c.toString()));   // cells are often user text
        rows.add(r);
        return this;
    }

    public boolean isEmpty() { return rows.isEmpty(); }

    public void print(PrintWriter out) {
        int[] width = new int[headers.size()];
        for (int i = 0; i < width.length; i++) width[i] = headers.get(i).length();
        for (List<String> r : rows) for (int i = 0; i < width.length; i++) width[i] = Math.max(width[i], r.get(i).length());
        line(out, headers, width);
        for (List<String> r : rows) line(out, r, width);
        out.flush();
    }

    private void line(PrintWriter out, List<String> cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append("  ");
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - c.length());
            sb.append(right.get(i) ? pad + c : (i == cells.size() - 1 ? c : c + pad));
        }
        out.println(sb.toString().stripTrailing());
    }
}
