package io.wattprint.data;

import io.wattprint.data.csv.CsvInput;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A reference CSV resource with a required header, read into typed rows. Every failure names
 * the resource, the line and the field, and says what was expected.
 */
final class CsvTable {

    /** One data row: typed accessors that fail with the resource, line and field. */
    static final class Row {
        private final String resource;
        private final int line;
        private final List<String> header;
        private final List<String> fields;

        Row(String resource, int line, List<String> header, List<String> fields) {
            this.resource = resource;
            this.line = line;
            this.header = header;
            this.fields = fields;
        }

        int line() { return line; }

        /** The field's text, trimmed; fails when blank. */
        String text(String name) {
            String v = optional(name);
            if (v.isEmpty()) throw error(name, "a value, got an empty field");
            return v;
        }

        /** The field's text, trimmed; may be empty. */
        String optional(String name) {
            int i = header.indexOf(name);
            if (i < 0) throw new IllegalArgumentException("no column " + name + " in " + resource);
            return fields.get(i).trim();
        }

        int integer(String name) {
            String v = text(name);
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw error(name, "a whole number, got '" + v + "'");
            }
        }

        double number(String name) {
            String v = text(name);
            try {
                double d = Double.parseDouble(v);
                if (!Double.isFinite(d)) throw new NumberFormatException();
                return d;
            } catch (NumberFormatException e) {
                throw error(name, "a number, got '" + v + "'");
            }
        }

        /** The field as a number, or null when it is empty. */
        Double optionalNumber(String name) {
            return optional(name).isEmpty() ? null : number(name);
        }

        /** The field, lower-cased, which must be one of {@code allowed}. */
        String oneOf(String name, String... allowed) {
            String v = text(name).toLowerCase(Locale.ROOT);
            if (!Arrays.asList(allowed).contains(v)) {
                throw error(name, "one of " + String.join(", ", allowed) + ", got '" + v + "'");
            }
            return v;
        }

        IllegalStateException error(String field, String expected) {
            return new IllegalStateException(resource + " line " + line + ", field " + field + ": expected " + expected);
        }
    }

    private CsvTable() {}

    /** Reads {@code resource} (a classpath path) and maps each data row with {@code mapper}. */
    static <T> List<T> load(String resource, List<String> expectedHeader, Function<Row, T> mapper) {
        InputStream in = CsvTable.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("reference data resource " + resource + " is missing from the classpath");
        return map(resource, read(resource, in), expectedHeader, mapper);
    }

    private static List<CsvInput.Record> read(String resource, InputStream in) {
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CsvInput.read(resource, r, CsvInput.Rules.STRICT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static <T> List<T> map(String resource, List<CsvInput.Record> records, List<String> expectedHeader,
                           Function<Row, T> mapper) {
        if (records.isEmpty()) throw new IllegalStateException(resource + " is empty; expected a header row");
        CsvInput.Record head = records.get(0);
        List<String> header = head.fields().stream().map(String::trim).toList();
        if (!header.equals(expectedHeader)) {
            throw new IllegalStateException(resource + " line " + head.line() + ": expected header "
                    + String.join(",", expectedHeader) + ", got " + String.join(",", header));
        }
        List<T> out = new ArrayList<>(records.size() - 1);
        for (CsvInput.Record rec : records.subList(1, records.size())) {
            if (rec.fields().size() != header.size()) {
                throw new IllegalStateException(resource + " line " + rec.line() + ": expected " + header.size()
                        + " fields (" + String.join(",", header) + "), got " + rec.fields().size()
                        + "; quote fields that contain commas");
            }
            Row row = new Row(resource, rec.line(), header, rec.fields());
            try {
                out.add(mapper.apply(row));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(resource + " line " + rec.line() + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }
}
