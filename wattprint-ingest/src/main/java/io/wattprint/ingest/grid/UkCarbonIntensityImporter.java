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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * {@code uk-carbon-intensity}: the GB Carbon Intensity API (carbonintensity.org.uk, NESO; CC BY 4.0)
 * saved as JSON, FORMATS.md. National ({@code data: [{from, to, intensity: {forecast, actual}}]}):
 * zone {@code GB}, the {@code actual} value in dataset {@code national actual}; a half-hour whose
 * actual is null (not measured yet) stores its {@code forecast} in dataset {@code forecast national
 * <import date>} instead, never beside the actuals. Regional ({@code data: [{from, to, regions:
 * [{regionid, intensity: {forecast}}]}]}): the API publishes forecasts only, stored as zone
 * {@code GB-<regionid>} in dataset {@code forecast regional <import date>}; each region of each
 * half-hour counts as one row, its line the half-hour's 1-based index. Basis average; boundary direct
 * (the API's per-fuel factors put nuclear and wind at 0 g/kWh, i.e. operational emissions; not
 * verified against NESO's methodology paper).
 */
public final class UkCarbonIntensityImporter implements Importer {
    static final String SOURCE = "NESO Carbon Intensity API";
    static final String LICENCE = "CC BY 4.0";
    static final String ACTUAL = "national actual";
    private static final String EXPECTED = "a Carbon Intensity API response {\"data\": [{\"from\", \"to\", \"intensity\": {...}}]} "
            + "(national) or {\"data\": [{\"from\", \"to\", \"regions\": [...]}]} (regional)";
    private static final String UNIT = "gCO2/kWh";

    @Override public String kind() { return "uk-carbon-intensity"; }

    @Override
    public String description() { return "GB Carbon Intensity API JSON (national actuals, regional forecasts; half-hourly)"; }

    @Override
    public boolean accepts(Path file) { return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"); }

    @Override
    public void importFile(Path file, ImportContext ctx) throws IOException {
        JsonStream.Header h = JsonStream.header(file, EXPECTED);
        if (!h.arrays().contains("data")) throw new ImportException(file + " has no data array (expected " + EXPECTED + ")");
        LocalDate today = LocalDate.ofInstant(ctx.clock().instant(), ZoneOffset.UTC);
        SeriesKey actual = key("GB", ACTUAL);
        String nationalForecast = "forecast national " + today;
        String regionalForecast = "forecast regional " + today;
        GridWriter writer = new GridWriter(ctx);
        JsonStream.forEach(file, "data", ctx, (i, e) -> {
            String at = "data[" + i + "].";
            long line = i + 1;
            try {
                Instant from = GridValues.offsetInstant(at + "from", JsonStream.text(e, "from"));
                Instant to = GridValues.offsetInstant(at + "to", JsonStream.text(e, "to"));
                if (!to.isAfter(from)) throw new BadValue(at + "to", to + " is not after from " + from + " (expected a half-hour)");
                if (e.has("regions")) {
                    regions(writer, ctx, e, at, line, from, to, regionalForecast);
                } else if (e.has("intensity")) {
                    JsonNode in = e.get("intensity");
                    JsonNode a = in.get("actual");
                    SeriesKey key = actual;
                    double g;
                    if (a == null || a.isNull()) {
                        ctx.note("GB national: half-hours without an actual value stored as forecasts (dataset " + nationalForecast + ")");
                        key = key("GB", nationalForecast);
                        g = JsonStream.number(in, "forecast", at + "intensity.forecast", UNIT);
                    } else {
                        g = JsonStream.number(in, "actual", at + "intensity.actual", UNIT);
                    }
                    writer.add(line, e.toString(), at + "from", List.of(new Entry(key, new Point(from, to, CarbonIntensity.ofGramsPerKwh(g)))));
                } else {
                    throw new BadValue(at + "intensity", "missing, and no regions (expected " + EXPECTED + ")");
                }
            } catch (BadValue b) {
                ctx.reject(line, b.field(), b.getMessage(), e.toString());
            }
        });
        writer.finish();
    }

    private static void regions(GridWriter writer, ImportContext ctx, JsonNode e, String at, long line, Instant from, Instant to,
                                String dataset) {
        JsonNode regions = e.get("regions");
        if (!regions.isArray()) {
            ctx.reject(line, at + "regions", "not an array (expected a list of regions)", e.toString());
            return;
        }
        for (int j = 0; j < regions.size(); j++) {
            JsonNode r = regions.get(j);
            String path = at + "regions[" + j + "].";
            try {
                String id = JsonStream.text(r, "regionid");
                if (id == null || id.isBlank()) throw new BadValue(path + "regionid", "missing (expected the API's region id, e.g. 13)");
                GridValues.name(path + "regionid", id);
                double g = JsonStream.number(r.get("intensity"), "forecast", path + "intensity.forecast", UNIT);
                writer.add(line, r.toString(), at + "from",
                        List.of(new Entry(key("GB-" + id.strip(), dataset), new Point(from, to, CarbonIntensity.ofGramsPerKwh(g)))));
            } catch (BadValue b) {
                ctx.reject(line, b.field(), b.getMessage(), r.toString());
            }
        }
    }

    private static SeriesKey key(String zone, String dataset) {
        return new SeriesKey(zone, SOURCE, dataset, Basis.AVERAGE, Boundary.DIRECT, LICENCE);
    }
}
