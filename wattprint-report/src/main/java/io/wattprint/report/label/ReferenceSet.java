package io.wattprint.report.label;

import io.wattprint.data.csv.CsvInput;
import io.wattprint.report.InputCsv;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The reference set a label's stars are drawn against: per task, the GPU energy of other models in Wh per 1,000
 * queries, each with its source. Read from CSV {@code model,task,wh_per_1k_queries,source} (header required,
 * RFC 4180 quoting, blank lines and lines starting with {@code #} skipped); every error names the file, the line,
 * the field and what was expected.
 */
public record ReferenceSet(String name, List<Entry> entries) {
    public static final List<String> HEADER = List.of("model", "task", "wh_per_1k_queries", "source");

    /** One reference model's figure for one task. */
    public record Entry(String model, String task, BigDecimal whPer1kQueries, String source, int line) {
        public Entry {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(whPer1kQueries, "whPer1kQueries");
            Objects.requireNonNull(source, "source");
        }
    }

    /** A reference file that cannot be used, with the place and the reason. */
    public static final class Invalid extends IllegalArgumentException {
        Invalid(String message) { super(message); }
    }

    public ReferenceSet {
        Objects.requireNonNull(name, "name");
        entries = List.copyOf(entries);
    }

    /** The entries of {@code task} (compared as {@link #taskKey}). */
    public List<Entry> forTask(String task) {
        String k = taskKey(task);
        return entries.stream().filter(e -> taskKey(e.task()).equals(k)).toList();
    }

    /** The tasks named in the set, as written in it first, sorted. */
    public List<String> tasks() {
        TreeSet<String> t = new TreeSet<>();
        for (Entry e : entries) t.add(e.task());
        return List.copyOf(t);
    }

    /** Tasks match ignoring case, surrounding blanks and the difference between '-', '_' and ' ': text-generation = Text Generation. */
    public static String taskKey(String task) {
        return task.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ').replaceAll("\\s+", " ");
    }

    /** Reads a reference CSV; {@code name} (the file as the user gave it) prefixes every error. */
    public static ReferenceSet parse(String name, Reader in) throws IOException {
        List<CsvInput.Record> records = InputCsv.records(name, in, CsvInput.Rules.TYPED,
                "expected a closing quote (\") before the end of the line", Invalid::new);
        List<Entry> out = new ArrayList<>();
        boolean header = false;
        for (CsvInput.Record rec : records) {
            int n = rec.line();
            List<String> f = rec.fields();
            if (!header) {
                List<String> got = f.stream().map(x -> x.strip().toLowerCase(Locale.ROOT)).toList();
                if (!got.equals(HEADER)) {
                    throw new Invalid(InputCsv.at(name, n) + ": expected the header " + String.join(",", HEADER) + ", got "
                            + String.join(",", f));
                }
                header = true;
                continue;
            }
            if (f.size() != HEADER.size()) {
                throw new Invalid(InputCsv.at(name, n) + ": expected " + HEADER.size() + " fields (" + String.join(",", HEADER)
                        + "), got " + f.size());
            }
            String model = required(name, n, "model", f.get(0));
            String task = required(name, n, "task", f.get(1));
            String source = required(name, n, "source", f.get(3));
            String wh = f.get(2).strip();
            BigDecimal v = null;
            try {
                v = new BigDecimal(wh);
            } catch (NumberFormatException e) {
                // not a number: the same error as a number that is not positive
            }
            if (v == null || v.signum() <= 0) {
                throw new Invalid(InputCsv.expected(name, n, "wh_per_1k_queries", "a positive number of Wh per 1,000 queries, "
                        + "got '" + wh + "'"));
            }
            out.add(new Entry(model, task, v, source, n));
        }
        if (!header) throw new Invalid(name + ": empty; expected the header " + String.join(",", HEADER) + " and one line per model");
        if (out.isEmpty()) throw new Invalid(name + ": no reference lines after the header");
        return new ReferenceSet(name, out);
    }

    private static String required(String name, int line, String field, String value) {
        String v = value.strip();
        if (v.isEmpty()) throw new Invalid(InputCsv.expected(name, line, field, "a value, got nothing"));
        return v;
    }
}
