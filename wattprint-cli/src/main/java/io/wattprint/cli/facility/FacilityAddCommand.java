package io.wattprint.cli.facility;

import io.wattprint.cli.out.Terminal;
import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.UserException;
import io.wattprint.core.facility.Facility;
import io.wattprint.core.model.Location;
import io.wattprint.data.UnknownLocationException;
import io.wattprint.ledger.FacilityRepository.Stored;
import io.wattprint.ledger.Ledger;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wattprint facility add NAME --zone Z}: records a facility, or corrects its zone or description. */
@Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Record a facility and the grid zone it draws from. Adding it again with another zone or "
                + "description records a correction; the ledger keeps both."})
public final class FacilityAddCommand implements Callable<Integer> {
    private final Cli cli;

    @Parameters(index = "0", paramLabel = "NAME", description = "Facility name: letters, digits, '.', '_', '-'.")
    String name;
    @Option(names = "--zone", required = true, paramLabel = "ZONE",
            description = "Grid zone of the facility (FR, US-EGRID-CAMX; see wattprint data factors): the location of its runs.")
    String zone;
    @Option(names = "--description", paramLabel = "TEXT", description = "Free text: address, hall, operator.")
    String description;
    @Mixin
    LedgerOption ledgerOption;

    FacilityAddCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        String n = FacilityArgs.name(name);
        Location where;
        try {
            where = cli.data().locations().resolve(zone);
        } catch (UnknownLocationException e) {
            throw UserException.usage("invalid value for --zone: " + e.getMessage() + " (see wattprint data factors)");
        }
        if (where.cloudRegion() != null) {
            throw UserException.usage("invalid value for --zone: " + zone + " is a cloud region; a facility's zone is a grid "
                    + "zone (" + where.zone() + " for this region)");
        }
        Facility f = new Facility(n, where.zone(), description);
        try (Ledger ledger = cli.openLedger(ledgerOption.db)) {
            Stored s = ledger.facilities().addFacility(f);
            cli.out().println(Terminal.safe(switch (s) {
                case ADDED -> "recorded facility " + n + " (zone " + f.zone() + ") in " + ledger.describe();
                case UNCHANGED -> "facility " + n + " is already recorded as given: nothing changed";
                case CORRECTED -> "recorded a correction of facility " + n + " (zone " + f.zone()
                        + (f.description() == null ? "" : ", " + f.description()) + "); the earlier record is kept";
            }));
            return 0;
        }
    }
}
