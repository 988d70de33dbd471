package io.wattprint.cli.factors;

import io.wattprint.cli.Cli;
import io.wattprint.cli.LocationArg;
import io.wattprint.cli.UserException;
import io.wattprint.core.model.Location;
import io.wattprint.data.ReferenceData;
import io.wattprint.data.UnknownLocationException;
import java.util.List;

/**
 * --zone of the factors commands: a grid zone the shipped data knows or an Electricity Maps zone, in its
 * canonical spelling, or a zone under which series are already stored in the ledger ({@code gcp:europe-west1}
 * from {@code ingest gcp-region-carbon}, {@code azure:sydney} from {@code ingest carbon-aware-json}), as stored.
 */
final class ZoneArg {
    private ZoneArg() {}

    static String resolve(Cli cli, ReferenceData data, String zone, String dbOption) {
        var shipped = data.locations().canonicalZone(zone);
        if (shipped.isPresent()) return shipped.get();
        List<String> imported = LocationArg.importedZones(cli, dbOption);
        for (String z : imported) if (z.equalsIgnoreCase(zone.trim())) return z;
        Location l;
        try {
            l = data.locations().resolve(zone, imported);
        } catch (UnknownLocationException e) {
            throw UserException.usage("invalid value for --zone: " + e.getMessage()
                    + " (wattprint data factors and wattprint data zones list the zones)");
        }
        if (l.cloudRegion() != null || l.zone() == null) {
            throw UserException.usage("invalid value for --zone: '" + zone + "' is a cloud region, not a grid zone (expected a zone "
                    + "such as FR, US-EGRID-CAMX or US-CAL-CISO" + (l.zone() == null ? "" : "; " + zone + " is in zone " + l.zone()) + ")");
        }
        return l.zone();
    }
}
