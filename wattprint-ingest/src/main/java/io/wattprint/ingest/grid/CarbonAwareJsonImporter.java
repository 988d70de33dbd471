package io.wattprint.ingest.grid;

import com.fasterxml.jackson.databind.JsonNode;
import io.wattprint.core.factor.FactorSeries.Point;
import io.wattprint.core.model.EmissionFactor.Basis;
import io.wattprint.core.model.EmissionFactor.Boundary;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.ingest.ImportContext;
import io.wattprint.ingest.ImportException;
import io.wattprint.ingest.Importer;
import io.wattprint.ingest.grid.GridWriter.Entry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code carbon-aware-json}: the GSF Carbon Aware SDK's JSON data source ({@code {"Date", "Emissions":
 * [{Location, Time, Rating, Duration}]}}, FORMATS.md). Location is an Azure region name, stored as zone
 * {@code azure:<location>} (lower case; not checked against Azure's list — the SDK's own sample uses
 * names such as "Sydney"). Rating is gCO2e/kWh, a number or a string. Duration ({@code hh:mm} or
 * {@code hh:mm:ss}) is the point's length; without it a point lasts until the next element of the
 * same Location and the last one 1 hour (the convention of {@code wattprint factors import} without an
 * end column), with a note. A Time without an offset is read as UTC, with a note. The format states
 * no basis or boundary: stored as average, lifecycle, with a note. Dataset: the file's {@code Date}.
 */
public final class CarbonAwareJsonImporter implements Importer {
    static final String SOURCE = "Carbon Aware SDK JSON";
    private static final String EXPECTED = "a Carbon Aware SDK JSON data file {\"Emissions\": [{\"Location\", \"Time\", "
            + "\"Rating\", \"Duration\"}]}";
    static final Duration LAST_POINT = Duration.ofHours(1);

    @Override public String kind() { return "carbon-aware-json"; }

    @Override
    public String description() { return "GSF Carbon Aware SDK JSON data-source files (Emissions: Location, Time, Rating, Duration)"; }

    @Override
    public boolean accepts(Path file) { return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"); }

    /** An element without Duration, waiting for the next element of its Location to end it. */
    private record Open(long line, String raw, String path, SeriesKey key, Instant from, CarbonIntensity g) {}

    @Override
    public void importFile(Path file, ImportContext ctx) throws IOException {
        JsonStream.Header h = JsonStream.header(file, EXPECTED);
        if (!h.arrays().contains("Emissions")) throw new ImportException(file + " has no Emissions array (expected " + EXPECTED + ")");
        String dataset = GridValues.fileName(file, "Date", JsonStream.text(h.fields(), "Date"));
        ctx.note("Carbon Aware SDK JSON states no basis or boundary: stored as average, lifecycle (check your data's source)");
        GridWriter writer = new GridWriter(ctx);
        Map<String, Open> open = new LinkedHashMap<>();
        JsonStream.forEach(file, "Emissions", ctx, (i, e) -> {
            String at = "Emissions[" + i + "].";
            long line = i + 1;
            try {
                String location = JsonStream.text(e, "Location");
                if (location == null || location.isBlank()) throw new BadValue(at + "Location", "missing (expected an Azure region, e.g. eastus)");
                GridValues.name(at + "Location", location);
                String time = JsonStream.text(e, "Time");
                Instant from = GridValues.utcInstant(at + "Time", time);
                if (!GridValues.hasOffset(time)) ctx.note("Carbon Aware SDK JSON: times without an offset read as UTC");
                CarbonIntensity g = CarbonIntensity.ofGramsPerKwh(JsonStream.number(e, "Rating", at + "Rating", "gCO2e/kWh"));
                SeriesKey key = new SeriesKey("azure:" + location.strip().toLowerCase(Locale.ROOT), SOURCE, dataset, Basis.AVERAGE,
                        Boundary.LIFECYCLE, null);
                String duration = JsonStream.text(e, "Duration");
                Open prev = open.get(key.zone());
                if (prev != null) {
                    if (!from.isAfter(prev.from())) {
                        throw new BadValue(at + "Time", from + " is not after " + prev.from() + " (element " + prev.line()
                                + " of the same Location) (expected elements of a Location in time order)");
                    }
                    open.remove(key.zone());
                    writer.add(prev.line(), prev.raw(), prev.path(), List.of(new Entry(prev.key(), new Point(prev.from(), from, prev.g()))));
                }
                if (duration == null) {
                    ctx.note("Carbon Aware SDK JSON: elements without Duration last until the next element of their Location, the last one "
                            + LAST_POINT.toHours() + " hour");
                    open.put(key.zone(), new Open(line, e.toString(), at + "Time", key, from, g));
                } else {
                    Duration d = GridValues.hoursMinutes(at + "Duration", duration);
                    writer.add(line, e.toString(), at + "Time", List.of(new Entry(key, new Point(from, from.plus(d), g))));
                }
            } catch (BadValue b) {
                ctx.reject(line, b.field(), b.getMessage(), e.toString());
            }
        });
        for (Open o : open.values()) {
            writer.add(o.line(), o.raw(), o.path(), List.of(new Entry(o.key(), new Point(o.from(), o.from().plus(LAST_POINT), o.g()))));
        }
        writer.finish();
    }
}
