package io.wattprint.ingest.grid;

import io.wattprint.ingest.Excerpt;
import com.fasterxml.jackson.databind.JsonNode;
import io.wattprint.core.factor.FactorSeries.Point;
import io.wattprint.core.model.EmissionFactor.Basis;
import io.wattprint.core.model.EmissionFactor.Boundary;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.ingest.ImportContext;
import io.wattprint.ingest.ImportException;
import io.wattprint.ingest.grid.GridWriter.Entry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Electricity Maps API v3 carbon-intensity responses saved as JSON (FORMATS.md): the shape is told
 * by the top-level fields — {@code history: [...]} (history), {@code data: [...]} (past-range),
 * {@code forecast: [...]} (forecast) or a single object with {@code carbonIntensity} (latest).
 * Each element is a point of one hour (the endpoints' hourly granularity) from its {@code datetime};
 * the boundary is its {@code emissionFactorType} ({@code lifecycle} when absent, the API's default).
 * Actuals go to dataset {@code api v3}; forecast points to {@code forecast <updatedAt>}, a dataset of
 * their own, never mixed with actuals. An element with a null value is rejected with the reason.
 */
final class ElectricityMapsJson {
    static final String DATASET = "api v3";
    private static final String EXPECTED = "an Electricity Maps API v3 carbon-intensity response: latest {zone, carbonIntensity, "
            + "datetime}, history {zone, history: [...]}, past-range {data: [...]} or forecast {zone, forecast: [...], updatedAt}";

    private ElectricityMapsJson() {}

    static void read(Path file, ImportContext ctx) throws IOException {
        JsonStream.Header h = JsonStream.header(file, EXPECTED);
        String zone = JsonStream.text(h.fields(), "zone");
        GridWriter writer = new GridWriter(ctx);
        if (h.arrays().contains("forecast")) {
            String updated = JsonStream.text(h.fields(), "updatedAt");
            String dataset = "forecast " + (updated == null ? "(no updatedAt)" : GridValues.fileName(file, "updatedAt", updated));
            JsonStream.forEach(file, "forecast", ctx, (i, e) -> element(writer, ctx, "forecast[" + i + "]", i + 1, e, zone, dataset));
        } else if (h.arrays().contains("history")) {
            JsonStream.forEach(file, "history", ctx, (i, e) -> element(writer, ctx, "history[" + i + "]", i + 1, e, zone, DATASET));
        } else if (h.arrays().contains("data")) {
            JsonStream.forEach(file, "data", ctx, (i, e) -> element(writer, ctx, "data[" + i + "]", i + 1, e, zone, DATASET));
        } else if (h.fields().has("carbonIntensity") && h.fields().has("datetime")) {
            element(writer, ctx, "", 1, h.fields(), zone, DATASET);
        } else {
            throw new ImportException(file + " has none of the fields history, data, forecast or carbonIntensity (expected "
                    + EXPECTED + ")");
        }
        writer.finish();
    }

    private static void element(GridWriter writer, ImportContext ctx, String path, long line, JsonNode e, String topZone,
                                String dataset) {
        String at = path.isEmpty() ? "" : path + ".";
        try {
            String zone = JsonStream.text(e, "zone");
            if (zone == null) zone = topZone;
            if (zone == null || zone.isBlank()) throw new BadValue(at + "zone", "missing (expected the zone, e.g. DE)");
            GridValues.name(e.has("zone") ? at + "zone" : "zone", zone);
            Instant from = GridValues.offsetInstant(at + "datetime", JsonStream.text(e, "datetime"));
            double g = JsonStream.number(e, "carbonIntensity", at + "carbonIntensity", "gCO2eq/kWh");
            Boundary boundary = boundary(at + "emissionFactorType", JsonStream.text(e, "emissionFactorType"));
            SeriesKey key = new SeriesKey(zone.strip(), ElectricityMapsCsv.SOURCE, dataset, Basis.AVERAGE, boundary,
                    ElectricityMapsCsv.LICENCE);
            writer.add(line, e.toString(), at + "datetime",
                    List.of(new Entry(key, new Point(from, from.plusSeconds(3_600), CarbonIntensity.ofGramsPerKwh(g)))));
        } catch (BadValue b) {
            ctx.reject(line, b.field(), b.getMessage(), e.toString());
        }
    }

    private static Boundary boundary(String path, String text) throws BadValue {
        if (text == null) return Boundary.LIFECYCLE;
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "lifecycle" -> Boundary.LIFECYCLE;
            case "direct" -> Boundary.DIRECT;
            default -> throw new BadValue(path, "'" + Excerpt.of(text) + "' (expected lifecycle or direct)");
        };
    }
}
