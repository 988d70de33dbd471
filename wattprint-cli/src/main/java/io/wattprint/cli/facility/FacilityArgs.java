package io.wattprint.cli.facility;

import io.wattprint.cli.out.Terminal;
import io.wattprint.cli.Cli;
import io.wattprint.cli.UserException;
import io.wattprint.core.facility.Facility;
import io.wattprint.core.facility.FacilityWarning;
import io.wattprint.core.model.Period;
import io.wattprint.ledger.Ledger;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Parsing and look-ups the facility commands and reconcile share; each error names its option. */
public final class FacilityArgs {
    private FacilityArgs() {}

    public static String name(String text) {
        try {
            return Facility.checkName(text);
        } catch (IllegalArgumentException e) {
            throw UserException.usage("invalid facility name: " + e.getMessage());
        }
    }

    /** The facility as recorded, or a usage error naming the ones there are. */
    public static Facility require(Ledger ledger, String name) {
        Optional<Facility> f = ledger.facilities().facility(name);
        if (f.isPresent()) return f.get();
        List<Facility> all = ledger.facilities().facilities();
        throw UserException.notFound("unknown facility '" + name + "' in " + ledger.describe() + (all.isEmpty()
                ? " (there is none yet: add it with wattprint facility add " + name + " --zone ZONE)"
                : " (known: " + all.stream().map(Facility::name).collect(Collectors.joining(", "))
                        + "; add one with wattprint facility add)"));
    }

    /** For commands that only read: the ledger, or a usage error when it does not exist yet. */
    public static Ledger existingLedger(Cli cli, String db, String name) {
        return cli.openExistingLedger(db).orElseThrow(() -> UserException.notFound("unknown facility '" + name
                + "': there is no ledger at " + cli.ledgerSpec(db) + " (add the facility with wattprint facility add)"));
    }

    public static void printWarnings(PrintWriter out, List<FacilityWarning> warnings) {
        for (FacilityWarning w : warnings) out.println(Terminal.safe("warning: " + w.message() + " [" + w.kind().code() + "]"));
    }
}
