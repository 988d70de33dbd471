package io.wattprint.ingest;

import io.wattprint.ingest.grid.CarbonAwareJsonImporter;
import io.wattprint.ingest.grid.ElectricityMapsImporter;
import io.wattprint.ingest.grid.GcpRegionCarbonImporter;
import io.wattprint.ingest.grid.UkCarbonIntensityImporter;
import io.wattprint.ingest.grid.WattTimeImporter;
import java.util.List;

/** Every importer, by kind. (Grid-intensity importers only on this branch; the lead merges the lists.) */
public final class Importers {
    private Importers() {}

    public static List<Importer> all() {
        return List.of(new ElectricityMapsImporter(), new WattTimeImporter(), new UkCarbonIntensityImporter(),
                new GcpRegionCarbonImporter(), new CarbonAwareJsonImporter());
    }
}
