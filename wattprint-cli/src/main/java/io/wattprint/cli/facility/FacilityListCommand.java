package io.wattprint.cli.facility;

import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.out.Json;
import io.wattprint.cli.out.Table;
import io.wattprint.core.facility.Facility;
import io.wattprint.ledger.Ledger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    @Override
    public Integer call() {
        Optional<Ledger> existing = cli.openExistingLedger(ledgerOption.db);
        if (existing.isEmpty()) {
            if (json) Json.print(cli.out(), List.of());
            else cli.out().println("no facilities yet: there is no ledger at " + cli.ledgerSpec(ledgerOption.db));
            return 0;
        }
        try (Ledger ledger = existing.get()) {
            List<Facility> all = ledger.facilities().facilities();
            if (json) {
                List<Map<String, Object>> out = new ArrayList<>();
                for (Facility f : all) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("name", f.name());
                    m.put("zone", f.zone());
                    m.put("description", f.description());
                    m.put("pue_periods", ledger.facilities().pues(f.name()).size());
                    m.put("meter_readings", ledger.facilities().readings(f.name()).size());
                    out.add(m);
                }
                Json.print(cli.out(), out);
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
}
