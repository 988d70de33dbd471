package io.wattprint.cli.facility;

import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.out.Json;
import io.wattprint.cli.out.Table;
import io.wattprint.core.facility.Facility;
import io.wattprint.ledger.Ledger;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wattprint facility list}: the facilities on record, with how many PUE periods and readings each has. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the facilities on record.")
public final class FacilityListCommand implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;
    @Mixin
    LedgerOption ledgerOption;

    FacilityListCommand(Cli cli) { this.cli = cli; }

    /** One facility in {@code --json}: how many PUE periods and meter readings it has on record. */
    record ListedFacility(String name, String zone, String description, int puePeriods, int meterReadings) {}

    @Override
    public Integer call() {
        return cli.fromExistingLedger(ledgerOption.db, this::list, () -> {
            if (json) Json.print(cli.out(), List.of());
            else cli.out().println("no facilities yet: there is no ledger at " + cli.ledgerSpec(ledgerOption.db));
            return 0;
        });
    }

    private int list(Ledger ledger) {
        List<Facility> all = ledger.facilities().facilities();
        if (json) {
            Json.print(cli.out(), all.stream().map(f -> new ListedFacility(f.name(), f.zone(), f.description(),
                    ledger.facilities().pues(f.name()).size(), ledger.facilities().readings(f.name()).size())).toList());
            return 0;
        }
        if (all.isEmpty()) {
            cli.out().println("no facilities in " + ledger.describe() + " (add one with wattprint facility add NAME --zone ZONE)");
            return 0;
        }
        Table t = new Table("NAME", "ZONE", ">PUE PERIODS", ">READINGS", "DESCRIPTION");
        for (Facility f : all) {
            t.row(f.name(), f.zone(), ledger.facilities().pues(f.name()).size(),
                    ledger.facilities().readings(f.name()).size(), f.description() == null ? "" : f.description());
        }
        t.print(cli.out());
        return 0;
    }
}
