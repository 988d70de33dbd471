package io.wattprint.cli;

import io.wattprint.run.Environment;
import io.wattprint.core.model.Location;
import io.wattprint.data.ReferenceData;
import io.wattprint.data.UnknownLocationException;
import java.util.List;

/**
 * --location, $WATTPRINT_LOCATION and --world-average, resolved the same way by every command: a shipped
 * zone, an Electricity Maps zone or a cloud region, else a zone whose factor series were imported into
 * the ledger (read only then, and only if the ledger exists: a mistyped location creates nothing).
 */
public final class LocationArg {
    private LocationArg() {}

    /** As {@link #resolve(Cli, ReferenceData, String, boolean, String)} with the default ledger. */
    public static Location resolve(Cli cli, ReferenceData data, String location, boolean worldAverage) {
        return resolve(cli, data, location, worldAverage, null);
    }

    /** {@code dbOption}: the command's --db, the ledger whose imported zones are locations too (null: the default). */
    public static Location resolve(Cli cli, ReferenceData data, String location, boolean worldAverage, String dbOption) {
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
        } catch (UnknownLocationException shippedOnly) {
            try {
                return data.locations().resolve(text, importedZones(cli, dbOption));
            } catch (UnknownLocationException e) {
                throw UserException.usage(e.getMessage() + " (from " + origin
                        + "; see wattprint data factors, wattprint data regions and wattprint data zones)");
            }
        }
    }

    /** The zones of the factor series stored in the ledger at {@code dbOption}; none when there is no ledger yet. */
    public static List<String> importedZones(Cli cli, String dbOption) {
        return cli.fromExistingLedger(dbOption, ledger -> ledger.factorSeries().zones(), List::of);
    }
}
