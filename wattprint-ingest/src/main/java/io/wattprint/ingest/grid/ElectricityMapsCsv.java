package io.wattprint.ingest.grid;

import io.wattprint.core.text.CsvCells;
import io.wattprint.ingest.Excerpt;
import io.wattprint.core.factor.FactorSeries.Point;
import io.wattprint.core.model.EmissionFactor.Basis;
import io.wattprint.core.model.EmissionFactor.Boundary;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.data.csv.CsvInput;
import io.wattprint.data.csv.CsvSyntaxException;
import io.wattprint.ingest.CountingStream;
import io.wattprint.ingest.ImportContext;
import io.wattprint.ingest.ImportException;
import io.wattprint.ingest.grid.GridWriter.Entry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Electricity Maps CSV exports ({@code {ZONE}_{YEAR}_{granularity}.csv}), both header generations
 * (FORMATS.md "Grid carbon intensity"): each row gives two points, its lifecycle value ({@code (Life
 * cycle)}, older {@code (LCA)}) and its direct value, stored as two series (basis average) of zone
 * {@code Zone Id}. The point length is the file's granularity, read from its name ({@code hourly},
 * {@code daily}, {@code monthly}, {@code yearly}); a name without one is taken as hourly, with a note.
 * Times are the {@code Datetime (UTC)} column. The dataset is {@code <year> <granularity>} from the
 * name, else the name itself. Licence ODbL (Electricity Maps' data licence).
 */
final class ElectricityMapsCsv {
    static final String SOURCE = "Electricity Maps";
    static final String LICENCE = "ODbL";
    private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9-]+_(\\d{4})_(hourly|daily|monthly|yearly)$", Pattern.CASE_INSENSITIVE);
    private static final String EXPECTED = "an Electricity Maps CSV export with the columns Datetime (UTC), Zone Id, "
            + "Carbon Intensity gCO₂eq/kWh (direct) and Carbon Intensity gCO₂eq/kWh (Life cycle) or (LCA)";
    static final String UNIT = "gCO₂eq/kWh";

    private ElectricityMapsCsv() {}

    /** Column positions found in the header; -1 when absent. */
    private record Columns(int time, int zone, int direct, int lifecycle, String[] names) {}

    static void read(Path file, ImportContext ctx) throws IOException { read(file, ctx, GridWriter.CHUNK_ROWS); }

    /** As {@link #read(Path, ImportContext)}, writing every {@code chunkRows} rows (tests use small chunks). */
    static void read(Path file, ImportContext ctx, int chunkRows) throws IOException {
        String base = file.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        Matcher m = NAME.matcher(base);
        String granularity = m.matches() ? m.group(2).toLowerCase(Locale.ROOT) : "hourly";
        String dataset = m.matches() ? m.group(1) + " " + granularity : base;
        if (!m.matches()) {
            ctx.note(file.getFileName() + ": no granularity in the file name ({ZONE}_{YEAR}_hourly.csv); points taken as 1 hour long");
        }
        GridWriter writer = new GridWriter(ctx, chunkRows);
        try (InputStream in = new CountingStream(Files.newInputStream(file), ctx);
             CsvInput.Records csv = CsvInput.open(file.toString(), in, CsvInput.Rules.EXPORTED)) {
            Iterator<CsvInput.Record> it = csv.iterator();
            if (!it.hasNext()) throw new ImportException(file + " is empty (expected " + EXPECTED + ")");
            Columns c = columns(file, it.next().fields());
            while (it.hasNext()) {
                CsvInput.Record r = it.next();
                long line = r.line();
                List<String> f = r.fields();
                String raw = CsvCells.rawLine(f);
                if (f.size() != c.names().length) {
                    ctx.reject(line, null, f.size() + " fields (expected " + c.names().length + ", as in the header)", raw);
                    continue;
                }
                try {
                    Instant from = GridValues.utcInstant(c.names()[c.time()], f.get(c.time()));
                    String zone = f.get(c.zone()).strip();
                    if (zone.isEmpty()) throw new BadValue(c.names()[c.zone()], "empty (expected the zone id, e.g. ES)");
                    GridValues.name(c.names()[c.zone()], zone);
                    CarbonIntensity lifecycle = GridValues.gramsPerKwh(c.names()[c.lifecycle()], f.get(c.lifecycle()), UNIT);
                    CarbonIntensity direct = GridValues.gramsPerKwh(c.names()[c.direct()], f.get(c.direct()), UNIT);
                    Instant to = end(from, granularity);
                    writer.add(line, raw, c.names()[c.time()], List.of(
                            new Entry(new SeriesKey(zone, SOURCE, dataset, Basis.AVERAGE, Boundary.LIFECYCLE, LICENCE),
                                    new Point(from, to, lifecycle)),
                            new Entry(new SeriesKey(zone, SOURCE, dataset, Basis.AVERAGE, Boundary.DIRECT, LICENCE),
                                    new Point(from, to, direct))));
                } catch (BadValue e) {
                    ctx.reject(line, e.field(), e.getMessage(), raw);
                }
            }
        } catch (CsvSyntaxException e) {
            throw new ImportException(file + ": not readable as CSV: line " + e.line() + ": " + e.what() + " (expected " + EXPECTED + ")", e);
        }
        writer.finish();
    }

    private static Instant end(Instant from, String granularity) {
        return switch (granularity) {
            case "daily" -> from.plusSeconds(86_400);
            case "monthly" -> from.atOffset(ZoneOffset.UTC).plusMonths(1).toInstant();
            case "yearly" -> from.atOffset(ZoneOffset.UTC).plusYears(1).toInstant();
            default -> from.plusSeconds(3_600);
        };
    }

    private static Columns columns(Path file, List<String> header) {
        String[] names = header.stream().map(String::strip).toArray(String[]::new);
        int time = -1, zone = -1, direct = -1, lifecycle = -1;
        for (int i = 0; i < names.length; i++) {
            String n = normal(names[i]);
            if (n.equals("datetime (utc)")) time = i;
            else if (n.equals("zone id")) zone = i;
            else if (n.equals("carbon intensity gco2eq/kwh (direct)")) direct = i;
            else if (n.equals("carbon intensity gco2eq/kwh (life cycle)") || n.equals("carbon intensity gco2eq/kwh (lca)")) lifecycle = i;
        }
        if (time < 0 || zone < 0 || direct < 0 || lifecycle < 0) {
            throw new ImportException(file + " line 1: header '" + Excerpt.of(String.join(",", names)) + "' is not an Electricity Maps export"
                    + " (expected " + EXPECTED + ")");
        }
        return new Columns(time, zone, direct, lifecycle, names);
    }

    /** Lower case, subscript two as 2, runs of spaces as one: both generations and hand-edited headers compare equal. */
    private static String normal(String name) {
        return name.replace('\u2082', '2').replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
