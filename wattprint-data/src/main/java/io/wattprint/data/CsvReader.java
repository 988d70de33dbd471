package io.wattprint.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader for the shipped reference files: comma separated, fields quoted
 * with {@code "} when they hold a comma, quote or line break, quotes doubled inside quotes,
 * LF or CRLF line ends, UTF-8 (a leading BOM is skipped). Blank lines are ignored. Each
 * record keeps the line it started on so errors can point at it.
 */
final class CsvReader {

    /** One record: its fields and the 1-based line it starts on. */
    record Record(int line, List<String> fields) {}

    private CsvReader() {}

    static List<Record> read(String resource, InputStream in) {
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(resource, readAll(r));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static List<Record> parse(String resource, String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        boolean recordHasContent = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    if (c == '\n') line++;
                    field.append(c);
                }
                i++;
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (field.length() > 0 || fieldWasQuoted) {
                        throw new IllegalStateException(resource + " line " + line
                                + ": a quote inside an unquoted field; quote the whole field and double inner quotes");
                    }
                    quoted = true;
                    fieldWasQuoted = true;
                    recordHasContent = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldWasQuoted = false;
                    recordHasContent = true;
                }
                case '\r' -> { /* part of CRLF; a lone CR is ignored */ }
                case '\n' -> {
                    if (recordHasContent || field.length() > 0) {
                        fields.add(field.toString());
                        records.add(new Record(recordLine, List.copyOf(fields)));
                    }
                    fields.clear();
                    field.setLength(0);
                    fieldWasQuoted = false;
                    recordHasContent = false;
                    line++;
                    recordLine = line;
                }
                default -> {
                    if (fieldWasQuoted) {
                        throw new IllegalStateException(resource + " line " + line
                                + ": text after a closing quote; expected a comma or the end of the line");
                    }
                    field.append(c);
                    recordHasContent = true;
                }
            }
            i++;
        }
        if (quoted) {
            throw new IllegalStateException(resource + " line " + recordLine + ": quoted field is never closed");
        }
        if (recordHasContent || field.length() > 0) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }

    private static String readAll(Reader r) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        int n;
        while ((n = r.read(buf)) >= 0) sb.append(buf, 0, n);
        return sb.toString();
    }
}
