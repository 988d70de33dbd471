package io.wattprint.cli.factors;

import io.wattprint.cli.UserException;
import io.wattprint.core.model.Location;
import io.wattprint.data.ReferenceData;
import io.wattprint.data.UnknownLocationException;

/** --zone of the factors commands: a grid zone the shipped data knows, in its canonical spelling. */
final class ZoneArg {
    private ZoneArg() {}

    static String resolve(ReferenceData data, String zone) {
        Location l;
        try {
            l = data.locations().resolve(zone);
        } catch (UnknownLocationException e) {
            throw UserException.usage("invalid value for --zone: " + e.getMessage() + " (wattprint data factors lists the zones)");
        }
        if (l.cloudRegion() != null || l.zone() == null) {
            throw UserException.usage("invalid value for --zone: '" + zone + "' is a cloud region, not a grid zone (expected a zone "
                    + "such as FR or US-EGRID-CAMX" + (l.zone() == null ? "" : "; " + zone + " is in zone " + l.zone()) + ")");
        }
        return l.zone();
    }
}
