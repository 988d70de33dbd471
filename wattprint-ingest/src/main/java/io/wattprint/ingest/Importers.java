package io.wattprint.ingest;

import io.wattprint.ingest.cloud.AwsCarbonImporter;
import io.wattprint.ingest.cloud.AzureCarbonImporter;
import io.wattprint.ingest.cloud.CcfOnPremImporter;
import io.wattprint.ingest.cloud.CloudUsageImporter;
import io.wattprint.ingest.cloud.GcpCarbonImporter;
import java.util.List;

/** Every importer, by kind as typed on the command line. */
public final class Importers {
    private Importers() {}

    public static List<Importer> all() {
        return List.of(new AwsCarbonImporter(), new GcpCarbonImporter(), new CcfOnPremImporter(),
                new AzureCarbonImporter(), new CloudUsageImporter());
    }
}
