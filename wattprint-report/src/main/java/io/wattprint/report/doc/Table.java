package io.wattprint.report.doc;

import java.util.List;
import java.util.Objects;

/**
 * A table of printed cells. {@code total} is the closing line (null when none); where it has figures they are
 * the sums of the rounded cells above, so a reader adding up the column gets the total shown.
 * {@code id} names the table in CSV output; {@code caption} may be null.
 */
public record Table(String id, String caption, List<Column> columns, List<List<String>> rows, List<String> total)
        implements Block {
    public Table {
        Objects.requireNonNull(id, "id");
        columns = List.copyOf(columns);
        // Cells are for reading: render.PageText cuts text longer than a page can hold; JSON keeps it whole.
        rows = rows.stream().map(r -> r.stream().toList()).toList();
        for (List<String> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + ": a row has " + r.size() + " cells for " + columns.size() + " columns");
            }
        }
        if (total != null) {
            total = total.stream().toList();
            if (total.size() != columns.size()) throw new IllegalArgumentException("table " + id + ": the total line has "
                    + total.size() + " cells for " + columns.size() + " columns");
        }
    }

    /** A column: its header and whether it holds figures (right-aligned). */
    public record Column(String name, boolean numeric) {
        public Column { Objects.requireNonNull(name, "name"); }

        public static Column text(String name) { return new Column(name, false); }

        public static Column number(String name) { return new Column(name, true); }
    }
}
