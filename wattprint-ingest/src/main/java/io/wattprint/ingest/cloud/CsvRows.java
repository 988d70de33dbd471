package io.wattprint.ingest.cloud;

import io.wattprint.core.text.CsvCells;
import io.wattprint.data.csv.CsvInput;
import io.wattprint.data.csv.CsvSyntaxException;
import io.wattprint.ingest.ImportContext;
import io.wattprint.ingest.ImportException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A CSV file read as a stream of rows (FORMATS.md: headers matched case-insensitively, BOM trimmed,
 * CRLF and LF). A row with another number of fields than the header is quarantined here, so the
 * importers see only rows whose columns line up.
 */
final class CsvRows {
    /** One data row: its 1-based line, its fields by normalised header name, and its raw text. */
    record Row(long line, Map<String, Integer> index, List<String> fields) {
        /** The field, stripped; null when the column is absent or the field empty. */
        String get(String column) {
            Integer i = index.get(column);
            if (i == null) return null;
            String v = fields.get(i).strip();
            return v.isEmpty() ? null : v;
        }

        boolean has(String column) { return index.containsKey(column); }

        String raw() { return CsvCells.rawLine(fields); }
    }

    private CsvRows() {}

    /** Header names as compared: trimmed, lower case; {@code dotted} also turns '.' into '_' (BigQuery CSV). */
    static String normalise(String header, boolean dotted) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        return dotted ? h.replace('.', '_') : h;
    }

    /**
     * Reads the file: hands the header (normalised) to {@code checkHeader}, which throws {@link
     * ImportException} when it is not this kind, then each well-formed row to {@code each}.
     */
    static void read(Path file, ImportContext ctx, boolean dotted, Consumer<Map<String, Integer>> checkHeader,
                     Consumer<Row> each) throws IOException {
        try (CsvInput.Records csv = CsvInput.open(file.toString(), Files.newInputStream(file), CsvInput.Rules.EXPORTED)) {
            Iterator<CsvInput.Record> it = csv.iterator();
            if (!it.hasNext()) throw new ImportException(file + ": the file is empty (expected a header line)");
            List<String> header = it.next().fields();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.size(); i++) index.putIfAbsent(normalise(header.get(i), dotted), i);
            checkHeader.accept(index);
            int width = header.size();
            while (it.hasNext()) {
                CsvInput.Record r = it.next();
                long line = r.line();
                if (r.fields().size() != width) {
                    ctx.reject(line, null, "expected " + width + " columns as in the header, found " + r.fields().size(),
                            String.join(",", r.fields()));
                    continue;
                }
                each.accept(new Row(line, index, r.fields()));
            }
        } catch (CsvSyntaxException e) {
            throw new ImportException(file + " line " + e.line() + ": not readable as CSV (" + e.what() + ")");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Throws when a required column is missing, naming the file and all missing columns. */
    static void require(Path file, String kind, Map<String, Integer> index, List<String> columns) {
        List<String> missing = columns.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new ImportException(file + " is not a " + kind + " file: missing column(s) " + String.join(", ", missing));
        }
    }
}
