package io.wattprint.ingest.grid;

import io.wattprint.ingest.TimeLimits;
import io.wattprint.ingest.Excerpt;
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
import java.util.List;
import java.util.Locale;

/**
 * {@code watttime}: WattTime API v3 responses saved as JSON ({@code {data: [{point_time, value}], meta:
 * {region, signal_type, units, data_point_period_seconds}}}, FORMATS.md). Values in lbs CO2/MWh are
 * converted with 1 lb/MWh = 0.45359237 g/kWh ({@code CarbonIntensity.ofPoundsPerMwh}); any other unit
 * refuses the file. {@code co2_moer} is basis marginal, {@code co2_aoer} average; boundary direct
 * (WattTime's signals are operating emissions rates: emissions at the power plant). Each point lasts
 * {@code data_point_period_seconds}. Zone {@code WT-<region>}: WattTime regions are balancing-authority
 * areas with no one-to-one grid zone of ours. A response with {@code meta.generated_at} is a forecast,
 * stored as dataset {@code forecast <generated_at>}; others as {@code v3} (plus the model date if given).
 */
public final class WattTimeImporter implements Importer {
    static final String SOURCE = "WattTime";
    static final String UNITS = "lbs_co2_per_mwh";
    private static final String EXPECTED = "a WattTime API v3 response {\"data\": [{\"point_time\", \"value\"}], \"meta\": "
            + "{\"region\", \"signal_type\", \"units\", \"data_point_period_seconds\"}}";

    @Override public String kind() { return "watttime"; }

    @Override
    public String description() { return "WattTime API v3 JSON (co2_moer marginal, co2_aoer average; lbs/MWh converted to g/kWh)"; }

    @Override
    public boolean accepts(Path file) { return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"); }

    @Override
    public void importFile(Path file, ImportContext ctx) throws IOException {
        JsonStream.Header h = JsonStream.header(file, EXPECTED);
        JsonNode meta = h.fields().get("meta");
        if (meta == null || !meta.isObject() || !h.arrays().contains("data")) {
            throw new ImportException(file + " has no meta object or no data array (expected " + EXPECTED + ")");
        }
        String units = JsonStream.text(meta, "units");
        if (!UNITS.equals(units)) {
            throw new ImportException(file + ": meta.units is " + (units == null ? "missing" : "'" + Excerpt.of(units) + "'") + " (expected "
                    + UNITS + "; other units are not converted)");
        }
        String signal = JsonStream.text(meta, "signal_type");
        Basis basis = switch (signal == null ? "" : signal) {
            case "co2_moer" -> Basis.MARGINAL;
            case "co2_aoer" -> Basis.AVERAGE;
            default -> throw new ImportException(file + ": meta.signal_type is " + (signal == null ? "missing" : "'" + Excerpt.of(signal) + "'")
                    + " (expected co2_moer or co2_aoer)");
        };
        String region = JsonStream.text(meta, "region");
        if (region == null || region.isBlank()) throw new ImportException(file + ": meta.region is missing (expected e.g. CAISO_NORTH)");
        GridValues.fileName(file, "meta.region", region);
        JsonNode period = meta.get("data_point_period_seconds");
        if (period == null || !period.isIntegralNumber() || !period.canConvertToLong() || period.asLong() <= 0
                || period.asLong() > TimeLimits.MAX_SECONDS) {
            throw new ImportException(file + ": meta.data_point_period_seconds is " + (period == null ? "missing" : Excerpt.of(period.toString()))
                    + " (expected the length of a point in seconds, e.g. 300)");
        }
        long seconds = period.asLong();
        String generated = JsonStream.text(meta, "generated_at");
        String modelDate = meta.path("model").isObject() ? JsonStream.text(meta.get("model"), "date") : null;
        GridValues.fileName(file, "meta.generated_at", generated);
        GridValues.fileName(file, "meta.model.date", modelDate);
        String dataset = generated != null ? "forecast " + generated : modelDate != null ? "v3 model " + modelDate : "v3";
        SeriesKey key = new SeriesKey("WT-" + region.strip(), SOURCE, dataset, basis, Boundary.DIRECT, "WattTime terms of use");
        GridWriter writer = new GridWriter(ctx);
        JsonStream.forEach(file, "data", ctx, (i, e) -> {
            String at = "data[" + i + "].";
            try {
                Instant from = GridValues.offsetInstant(at + "point_time", JsonStream.text(e, "point_time"));
                double lbs = JsonStream.number(e, "value", at + "value", "lbs CO2/MWh");
                writer.add(i + 1, e.toString(), at + "point_time",
                        List.of(new Entry(key, new Point(from, from.plusSeconds(seconds), CarbonIntensity.ofPoundsPerMwh(lbs)))));
            } catch (BadValue b) {
                ctx.reject(i + 1, b.field(), b.getMessage(), e.toString());
            }
        });
        writer.finish();
    }
}
