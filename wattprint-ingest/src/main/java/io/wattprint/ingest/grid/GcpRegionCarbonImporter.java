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
import io.wattprint.ingest.Importer;
import io.wattprint.ingest.grid.GridWriter.Entry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code gcp-region-carbon}: Google Cloud region-carbon-info yearly CSVs ({@code data/yearly/<year>.csv},
 * FORMATS.md): per Google Cloud region, the year's average grid intensity, stored as a one-point series
 * over [1 Jan, 1 Jan next year) under zone {@code gcp:<region>}, basis average, boundary lifecycle
 * (2019–2020 headers say "Lifecycle"; 2021 on the word is gone and the boundary is taken to be the same,
 * unverified). The year is the file name's. The Google CFE fraction is checked (empty or 0–1) but not
 * stored: a factor point has no place for it.
 */
public final class GcpRegionCarbonImporter implements Importer {
    static final String SOURCE = "Google Cloud region-carbon-info";
    static final String LICENCE = "see GoogleCloudPlatform/region-carbon-info (not verified)";
    private static final Pattern YEAR = Pattern.compile("(?:^|\\D)((?:19|20)\\d{2})(?:\\D|$)");
    private static final String EXPECTED = "a Google region-carbon-info yearly CSV with the columns Google Cloud Region, Location, "
            + "Google CFE, Grid carbon intensity (gCO2eq / kWh) or Lifecycle grid carbon intensity (gCO2eq / kWh)";
    private static final String UNIT = "gCO2eq/kWh";

    @Override public String kind() { return "gcp-region-carbon"; }

    @Override
    public String description() {
        return "Google Cloud region-carbon-info yearly CSVs (2019 on): annual grid intensity per Google Cloud region";
    }

    @Override
    public boolean accepts(Path file) { return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"); }

    @Override
    public void importFile(Path file, ImportContext ctx) throws IOException {
        Matcher m = YEAR.matcher(file.getFileName().toString());
        if (!m.find()) {
            throw new ImportException(file + ": no year in the file name (expected the yearly file as published, e.g. 2024.csv)");
        }
        int year = Integer.parseInt(m.group(1));
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        GridWriter writer = new GridWriter(ctx);
        try (InputStream in = new CountingStream(Files.newInputStream(file), ctx);
             CsvInput.Records csv = CsvInput.open(file.toString(), in, CsvInput.Rules.EXPORTED)) {
            Iterator<CsvInput.Record> it = csv.iterator();
            if (!it.hasNext()) throw new ImportException(file + " is empty (expected " + EXPECTED + ")");
            List<String> header = it.next().fields().stream().map(String::strip).toList();
            if (header.size() != 4 || !header.get(0).equals("Google Cloud Region") || !header.get(2).equals("Google CFE")
                    || !(header.get(3).equals("Grid carbon intensity (gCO2eq / kWh)")
                         || header.get(3).equals("Lifecycle grid carbon intensity (gCO2eq / kWh)"))) {
                throw new ImportException(file + " line 1: header '" + Excerpt.of(String.join(",", header)) + "' (expected " + EXPECTED + ")");
            }
            while (it.hasNext()) {
                CsvInput.Record r = it.next();
                List<String> f = r.fields();
                String raw = CsvCells.rawLine(f);
                if (f.size() != 4) {
                    ctx.reject(r.line(), null, f.size() + " fields (expected 4, as in the header)", raw);
                    continue;
                }
                try {
                    String region = f.get(0).strip();
                    if (region.isEmpty()) throw new BadValue(header.get(0), "empty (expected a Google Cloud region, e.g. europe-west1)");
                    GridValues.name(header.get(0), region);
                    String cfe = f.get(2).strip();
                    if (!cfe.isEmpty() && GridValues.number(header.get(2), cfe, "a fraction 0–1") > 1) {
                        throw new BadValue(header.get(2), "'" + Excerpt.of(cfe) + "' is above 1 (expected a fraction 0–1, or empty)");
                    }
                    CarbonIntensity g = GridValues.gramsPerKwh(header.get(3), f.get(3), UNIT);
                    SeriesKey key = new SeriesKey("gcp:" + region.toLowerCase(Locale.ROOT), SOURCE, Integer.toString(year),
                            Basis.AVERAGE, Boundary.LIFECYCLE, LICENCE);
                    writer.add(r.line(), raw, header.get(0), List.of(new Entry(key, new Point(from, to, g))));
                } catch (BadValue e) {
                    ctx.reject(r.line(), e.field(), e.getMessage(), raw);
                }
            }
        } catch (CsvSyntaxException e) {
            throw new ImportException(file + ": not readable as CSV: line " + e.line() + ": " + e.what() + " (expected " + EXPECTED + ")", e);
        }
        writer.finish();
    }
}
