package io.wattprint.ingest.grid;

import io.wattprint.ingest.ImportContext;
import io.wattprint.ingest.ImportException;
import io.wattprint.ingest.Importer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** {@code electricitymaps}: CSV exports ({@link ElectricityMapsCsv}) and saved API v3 responses ({@link ElectricityMapsJson}). */
public final class ElectricityMapsImporter implements Importer {
    @Override public String kind() { return "electricitymaps"; }

    @Override
    public String description() {
        return "Electricity Maps grid carbon intensity: CSV exports (both header generations; lifecycle and direct series) "
                + "and API v3 JSON (latest, history, past-range, forecast)";
    }

    @Override
    public void importFile(Path file, ImportContext ctx) throws IOException {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) ElectricityMapsCsv.read(file, ctx);
        else if (n.endsWith(".json")) ElectricityMapsJson.read(file, ctx);
        else throw new ImportException(file + ": not a .csv or .json file (expected an Electricity Maps CSV export or API v3 JSON)");
    }
}
