package io.wattprint.report.doc;

import java.util.List;
import java.util.Objects;

/**
 * A chart to draw in HTML and PDF (Markdown and CSV print its data as a table). {@code categories} are the
 * x-axis labels (weeks, phases, projects); each series has one value per category, in {@code unit}.
 */
public record Chart(String id, String title, Type type, String unit, List<String> categories, List<Series> series)
        implements Block {
    public enum Type { BAR, STACKED_BAR, LINE }

    public Chart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(unit, "unit");
        categories = categories.stream().toList();
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("chart " + id + ": series " + s.name() + " has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** One named series of values. */
    public record Series(String name, List<Double> values) {
        public Series {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }
    }
}
