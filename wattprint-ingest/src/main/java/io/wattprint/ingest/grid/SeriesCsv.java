package io.wattprint.ingest.grid;

import io.wattprint.core.factor.FactorSeries;
import io.wattprint.core.factor.FactorSeries.Point;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.time.TimestampException;
import io.wattprint.core.time.Timestamps;
import io.wattprint.data.csv.CsvInput;
import io.wattprint.data.csv.CsvSyntaxException;
import io.wattprint.ingest.ImportException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a factor series file: CSV with a header naming the columns {@code start}, {@code g_per_kwh}
 * and optionally {@code end}, in any order; one row per point; instants in ISO-8601 with {@code Z}
 * or an offset, read by {@link Timestamps} as every importer reads them ({@code 2026-10-03T14:00Z},
 * {@code 2026-10-03 14:00:00+02:00}, {@code 2026-10-03 14:00:00 UTC}). Without an {@code end} column each point lasts until the next row's start and the
 * last one for {@value #LAST_POINT_HOURS} hour. The whole file is refused at its first bad row, with
 * the file, line, field and what was expected ({@link ImportException}).
 */
public final class SeriesCsv {
    public static final int LAST_POINT_HOURS = 1;

    /** The points read, and the file line each came from (for messages about a point). */
    public record Rows(List<Point> points, List<Integer> lines) {}

    private SeriesCsv() {}

    public static Rows read(Path file) {
        List<Line> lines = lines(file);
        if (lines.isEmpty()) {
            throw new ImportException(file + " is empty (expected a header start,end,g_per_kwh and one row per point)");
        }
        int headerLine = lines.get(0).number() - 1;
        String[] header = lines.get(0).fields();
        int start = -1, end = -1, value = -1;
        for (int i = 0; i < header.length; i++) {
            switch (header[i].toLowerCase(Locale.ROOT)) {
                case "start" -> start = start < 0 ? i : badHeader(file, headerLine, header);
                case "end" -> end = end < 0 ? i : badHeader(file, headerLine, header);
                case "g_per_kwh" -> value = value < 0 ? i : badHeader(file, headerLine, header);
                default -> badHeader(file, headerLine, header);
            }
        }
        if (start < 0 || value < 0) badHeader(file, headerLine, header);

        List<Instant> starts = new ArrayList<>();
        List<Instant> ends = new ArrayList<>();
        List<CarbonIntensity> values = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (Line line : lines.subList(1, lines.size())) {
            int lineNo = line.number();
            String[] f = line.fields();
            if (f.length != header.length) {
                throw new ImportException(file + " line " + lineNo + ": " + f.length + (f.length == 1 ? " field" : " fields")
                        + " (expected " + header.length + ": " + String.join(",", header) + ")");
            }
            Instant s = instant(file, lineNo, "start", f[start]);
            if (!starts.isEmpty() && end < 0 && !s.isAfter(starts.get(starts.size() - 1))) {
                throw new ImportException(file + " line " + lineNo + ", field start: " + s + " is not after the previous row's "
                        + "start " + starts.get(starts.size() - 1) + " (expected rows in time order; without an end column "
                        + "each point lasts until the next row's start)");
            }
            starts.add(s);
            if (end >= 0) ends.add(instant(file, lineNo, "end", f[end]));
            values.add(intensity(file, lineNo, f[value]));
            lineNumbers.add(lineNo);
        }
        if (starts.isEmpty()) {
            throw new ImportException(file + " has no data rows (expected one row per point after the header)");
        }
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            Instant to = end >= 0 ? ends.get(i)
                    : i + 1 < starts.size() ? starts.get(i + 1) : starts.get(i).plus(Duration.ofHours(LAST_POINT_HOURS));
            points.add(new Point(starts.get(i), to, values.get(i)));
        }
        return new Rows(points, lineNumbers);
    }

    /** The series of the points read, or a usage error naming the line of the point it refuses. */
    public static FactorSeries series(Path file, Rows rows, java.util.function.Function<List<Point>, FactorSeries> make) {
        try {
            return make.apply(rows.points());
        } catch (io.wattprint.core.factor.InvalidSeriesException e) {
            String where = e.pointIndex() < 0 ? file.toString() : file + " line " + rows.lines().get(e.pointIndex());
            throw new ImportException(where + ": " + e.getMessage());
        }
    }

    private static int badHeader(Path file, int headerLine, String[] header) {
        throw new ImportException(file + " line " + (headerLine + 1) + ": header '" + String.join(",", header)
                + "' (expected the columns start,end,g_per_kwh or start,g_per_kwh, each once)");
    }

    private static Instant instant(Path file, int line, String field, String text) {
        try {
            return Timestamps.parse(text, Timestamps.Forms.OFFSET);
        } catch (TimestampException e) {
            throw new ImportException(file + " line " + line + ", field " + field + ": '" + text + "' is not an ISO-8601 instant "
                    + "with Z or an offset (expected e.g. 2026-10-03T14:00:00Z)");
        }
    }

    /** The largest factor, as for the CLI's --g-per-kwh options, so that no imported factor can make a run's CO2e overflow. */
    public static final double MAX_G_PER_KWH = 10_000;

    private static CarbonIntensity intensity(Path file, int line, String text) {
        try {
            double g = Double.parseDouble(text);
            if (Double.isFinite(g) && g >= 0 && g <= MAX_G_PER_KWH) return CarbonIntensity.ofGramsPerKwh(g);
        } catch (NumberFormatException e) {
            // said below
        }
        throw new ImportException(file + " line " + line + ", field g_per_kwh: '" + text
                + "' (expected gCO2e/kWh as a number, 0 or more and at most " + Figures.plain(MAX_G_PER_KWH, 9)
                + ", e.g. 56.2)");
    }

    /** A line that is not blank: its number in the file and its fields, trimmed. */
    private record Line(int number, String[] fields) {}

    /** The lines that are not blank, read with {@link CsvInput} (RFC 4180 quoting); each field stripped of blanks. */
    private static List<Line> lines(Path file) {
        List<Line> lines = new ArrayList<>();
        // A Reader, not the path: a file that is not UTF-8 must fail (MalformedInputException), not read as U+FFFD.
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CsvInput.Record r : CsvInput.read(file.toString(), in, CsvInput.Rules.EXPORTED)) {
                String[] f = r.fields().stream().map(SeriesCsv::trimmed).toArray(String[]::new);
                if (f.length == 1 && f[0].isEmpty()) continue;
                lines.add(new Line(r.line(), f));
            }
        } catch (UncheckedIOException e) {
            throw unreadable(file, e.getCause());
        } catch (CsvSyntaxException e) {
            throw new ImportException("cannot read " + file + ": not readable as CSV (line " + e.line() + ": " + e.what() + ")");
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        return lines;
    }

    private static ImportException unreadable(Path file, IOException e) {
        if (e instanceof MalformedInputException) {
            return new ImportException("cannot read " + file + ": it is not UTF-8 text (expected a CSV file start,end,g_per_kwh)");
        }
        return new ImportException("cannot read " + file + ": " + reason(e));
    }

    /** A field without surrounding blanks, and without surrounding quotes a blank before them kept FastCSV from reading. */
    private static String trimmed(String field) {
        String t = field.strip();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) t = t.substring(1, t.length() - 1).strip();
        return t;
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
