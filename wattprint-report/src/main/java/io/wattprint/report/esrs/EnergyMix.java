package io.wattprint.report.esrs;

import io.wattprint.core.figure.Figures;
import io.wattprint.data.csv.CsvInput;
import io.wattprint.report.InputCsv;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The generation mix of grid zones per year, read from the user's {@code --energy-mix} CSV
 * ({@code zone,year,fossil_pct,nuclear_pct,renewable_pct,source}), to split the electricity not covered by a
 * renewable instrument into fossil, nuclear and renewable MWh (ESRS E1-5). Shares must add up to 100 within
 * {@value #TOLERANCE} points; they are applied divided by their sum, so the three parts add up to the MWh split.
 * wattprint ships no mix of its own: a zone and year missing here is "not determined", never guessed.
 */
public final class EnergyMix {
    public static final String HEADER = "zone,year,fossil_pct,nuclear_pct,renewable_pct,source";
    public static final double TOLERANCE = 0.5;

    /** One zone's mix for one year, in percent. */
    public record Row(String zone, int year, double fossilPct, double nuclearPct, double renewablePct, String source) {
        double sum() { return fossilPct + nuclearPct + renewablePct; }
    }

    /** A malformed file: the message names the file, line, field and what was expected. */
    public static final class InvalidMix extends IllegalArgumentException {
        InvalidMix(String message) { super(message); }
    }

    private final Map<String, Row> rows;
    private final String file;

    private EnergyMix(Map<String, Row> rows, String file) {
        this.rows = rows;
        this.file = file;
    }

    public static EnergyMix none() { return new EnergyMix(new TreeMap<>(), null); }

    /** The file's name as given, or null when no mix was given. */
    public String file() { return file; }

    public List<Row> rows() { return List.copyOf(rows.values()); }

    public Optional<Row> find(String zone, int year) { return Optional.ofNullable(rows.get(key(zone, year))); }

    private static String key(String zone, int year) { return zone.toUpperCase(Locale.ROOT) + "|" + year; }

    /** @throws IOException when the file cannot be read; {@link InvalidMix} when it is malformed */
    public static EnergyMix read(Path path) throws IOException {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(in, path.toString());
        }
    }

    static EnergyMix parse(List<String> lines, String name) {
        try {
            return parse(new StringReader(String.join("\n", lines)), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader is never unreadable
        }
    }

    /** The rules of the typed report inputs, without comments: a line starting with # is a row here. */
    private static final CsvInput.Rules RULES = new CsvInput.Rules(false, false, false);

    static EnergyMix parse(Reader in, String name) throws IOException {
        List<CsvInput.Record> records = InputCsv.records(name, in, RULES, "a quoted field is not closed", InvalidMix::new);
        if (records.isEmpty() || records.get(0).line() != 1) {
            throw new InvalidMix(name + " line 1: the file is empty (expected the header " + HEADER + ")");
        }
        String given = String.join(",", records.get(0).fields()).strip();
        String header = given.replace(" ", "").toLowerCase(Locale.ROOT);
        if (!header.equals(HEADER)) {
            throw new InvalidMix(name + " line 1: expected the header " + HEADER + ", got '" + given + "'");
        }
        Map<String, Row> rows = new TreeMap<>();
        for (CsvInput.Record rec : records.subList(1, records.size())) {
            int no = rec.line();
            List<String> f = rec.fields();
            if (f.size() != 6) {
                throw new InvalidMix(InputCsv.at(name, no) + ": expected 6 fields (" + HEADER + "), got " + f.size());
            }
            String zone = f.get(0).strip();
            if (zone.isEmpty()) throw new InvalidMix(InputCsv.expected(name, no, "zone", "a grid zone such as FR, got nothing"));
            int year;
            try {
                year = Integer.parseInt(f.get(1).strip());
            } catch (NumberFormatException e) {
                throw new InvalidMix(InputCsv.expected(name, no, "year", "a year such as 2026, got '" + f.get(1).strip() + "'"));
            }
            if (year < 1990 || year > 2100) {
                throw new InvalidMix(InputCsv.expected(name, no, "year", "a year from 1990 to 2100, got " + year));
            }
            double fossil = pct(f.get(2), "fossil_pct", name, no);
            double nuclear = pct(f.get(3), "nuclear_pct", name, no);
            double renewable = pct(f.get(4), "renewable_pct", name, no);
            String source = f.get(5).strip();
            if (source.isEmpty()) {
                throw new InvalidMix(InputCsv.expected(name, no, "source", "who published the mix, got nothing"));
            }
            Row row = new Row(zone.toUpperCase(Locale.ROOT), year, fossil, nuclear, renewable, source);
            if (Math.abs(row.sum() - 100) > TOLERANCE) {
                throw new InvalidMix(InputCsv.at(name, no) + ", fields fossil_pct + nuclear_pct + renewable_pct: expected 100 (± "
                        + TOLERANCE + "), got " + Figures.shortest(row.sum()));
            }
            if (rows.put(key(zone, year), row) != null) {
                throw new InvalidMix(InputCsv.at(name, no) + ", fields zone and year: " + row.zone() + " " + year + " is given twice");
            }
        }
        return new EnergyMix(rows, name);
    }

    private static double pct(String text, String field, String name, int no) {
        String t = text.strip();
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new InvalidMix(InputCsv.expected(name, no, field, "a percentage from 0 to 100, got '" + t + "'"));
        }
        if (!Double.isFinite(v) || v < 0 || v > 100) {
            throw new InvalidMix(InputCsv.expected(name, no, field, "a percentage from 0 to 100, got " + t));
        }
        return v;
    }

}
