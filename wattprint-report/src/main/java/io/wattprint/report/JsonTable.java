package io.wattprint.report;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.report.doc.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A table built once and given both ways: as a {@link Table} block (printed cells) and as JSON rows (one object per
 * row, keyed by each column's JSON key), so the two forms of a report cannot disagree. A cell is a String, a
 * rounded {@link BigDecimal} (printed with {@link Figures#text(BigDecimal)}), an Integer or Long, a {@link Cell}
 * (printed text with its own JSON value), or null ("n/a" printed, null in JSON).
 */
public final class JsonTable {
    /** A column: header, whether it holds figures, and its key in the JSON rows. */
    public record Col(String name, boolean numeric, String key) {
        public Col {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(key, "key");
        }

        public static Col text(String name, String key) { return new Col(name, false, key); }

        public static Col number(String name, String key) { return new Col(name, true, key); }
    }

    /** A cell printed one way and written to JSON another (a percentage printed "45.0 %", written 45.0). */
    public record Cell(String printed, Object json) {
        public Cell { Objects.requireNonNull(printed, "printed"); }

        /** A share 0–1 printed as a percentage with one decimal; JSON gets the same rounded percentage. */
        public static Cell percent(double share) {
            return new Cell(Figures.percent(share, 1), Figures.percentValue(share, 1));
        }

        /**
         * A line of a total: JSON gets {@code shown} (its largest-remainder share of the total); the text is {@code
         * shown}, or {@code exact}'s first significant digits when it is not 0 but was apportioned 0.
         */
        public static Cell part(double exact, BigDecimal shown) { return part(Figures.exact(exact), shown); }

        public static Cell part(BigDecimal exact, BigDecimal shown) { return new Cell(Figures.text(exact, shown), shown); }
    }

    private final String id;
    private final String caption;
    private final List<Col> cols;
    private final List<List<String>> printed = new ArrayList<>();
    private final List<Map<String, Object>> json = new ArrayList<>();
    private List<String> totalPrinted;
    private Map<String, Object> totalJson;

    public JsonTable(String id, String caption, Col... cols) {
        this.id = Objects.requireNonNull(id, "id");
        this.caption = caption;
        this.cols = List.of(cols);
    }

    public JsonTable row(Object... cells) {
        check(cells);
        printed.add(print(cells));
        json.add(object(cells));
        return this;
    }

    /** The closing line; its figures must be the sums of the rounded cells above (the caller adds them with {@link ToTotal#sum}). */
    public JsonTable total(Object... cells) {
        check(cells);
        totalPrinted = print(cells);
        totalJson = object(cells);
        totalJson.replaceAll((k, v) -> "".equals(v) ? null : v); // a blank cell of the total line has no figure
        return this;
    }

    public boolean isEmpty() { return printed.isEmpty(); }

    public int size() { return printed.size(); }

    public Table table() {
        List<Table.Column> columns = new ArrayList<>();
        for (Col c : cols) columns.add(new Table.Column(c.name(), c.numeric()));
        return new Table(id, caption, columns, printed, totalPrinted);
    }

    public List<Map<String, Object>> rows() { return List.copyOf(json); }

    /** The total line as a JSON object, or null when the table has none. */
    public Map<String, Object> totalJson() { return totalJson; }

    private void check(Object[] cells) {
        if (cells.length != cols.size()) {
            throw new IllegalArgumentException("table " + id + ": " + cells.length + " cells for " + cols.size() + " columns");
        }
    }

    private static List<String> print(Object[] cells) {
        List<String> r = new ArrayList<>();
        for (Object c : cells) r.add(print(c));
        return r;
    }

    private Map<String, Object> object(Object[] cells) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i++) m.put(cols.get(i).key(), value(cells[i]));
        return m;
    }

    static String print(Object c) {
        if (c == null) return "n/a";
        if (c instanceof BigDecimal d) return Figures.text(d);
        if (c instanceof Cell cell) return cell.printed();
        if (c instanceof Integer || c instanceof Long) return Figures.text(new BigDecimal(c.toString()));
        return c.toString();
    }

    private static Object value(Object c) {
        if (c instanceof Cell cell) return cell.json();
        return c;
    }
}
