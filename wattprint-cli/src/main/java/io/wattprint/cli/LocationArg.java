package io.wattprint.cli;

import io.wattprint.api.Environment;
import io.wattprint.core.model.Location;
import io.wattprint.data.ReferenceData;
import io.wattprint.data.UnknownLocationException;

/** --location, $WATTPRINT_LOCATION and --world-average, resolved the same way by every command. */
public final class LocationArg {
    private LocationArg() {}

    public static Location resolve(Cli cli, ReferenceData data, String location, boolean worldAverage) {
        if (worldAverage) {
            if (location != null) throw UserException.usage("--world-average cannot be combined with --location");
            return Location.zone("WORLD");
        }
        String text = location;
        String origin = "--location";
        if (text == null) {
            text = cli.env().get(Environment.LOCATION_VAR);
            origin = "$" + Environment.LOCATION_VAR;
        }
        if (text == null) return Location.unknown();
        try {
            return data.locations().resolve(text);
        } catch (UnknownLocationException e) {
            throw UserException.usage(e.getMessage() + " (from " + origin + "; see wattprint data factors and wattprint data regions)");
        }
    }
}
