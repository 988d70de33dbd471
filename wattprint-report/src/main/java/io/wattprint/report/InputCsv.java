package io.wattprint.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The small CSV reading shared by the report inputs the user gives as files ({@code --energy-mix},
 * {@code --reference}): RFC 4180 fields of one line, and the "file line N, field F: expected …" wording of
 * their errors. A quote opens a quoted field only at the start of the field (after blanks, which are dropped);
 * inside it, a doubled quote is one quote and commas are text; a quoted field cannot span lines.
 */
public final class InputCsv {
    private InputCsv() {}

    /** The fields of {@code line}; empty when a quoted field is not closed before the end of the line. */
    public static Optional<List<String>> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false, wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
                wasQuoted = false;
            } else if (c == '"' && cur.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) return Optional.empty();
        out.add(cur.toString());
        return Optional.of(out);
    }

    /** "{@code file} line {@code line}": where an error about a whole line is. */
    public static String at(String file, int line) { return file + " line " + line; }

    /** "{@code file} line {@code line}, field {@code field}: expected {@code expected}". */
    public static String expected(String file, int line, String field, String expected) {
        return at(file, line) + ", field " + field + ": expected " + expected;
    }
}
