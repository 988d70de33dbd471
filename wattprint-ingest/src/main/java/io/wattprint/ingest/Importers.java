package io.wattprint.ingest;

import io.wattprint.ingest.kepler.KeplerImporter;
import io.wattprint.ingest.meter.MeterImporter;
import java.util.List;

/** Every importer, by kind; the {@code wattprint ingest} command picks from this list. */
public final class Importers {
    private Importers() {}

    public static List<Importer> all() {
        return List.of(new MeterImporter(), new KeplerImporter());
    }
}
