package io.wattprint.cli.runs;

import io.wattprint.cli.out.Terminal;
import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.UserException;
import io.wattprint.cli.out.Human;
import io.wattprint.cli.out.Json;
import io.wattprint.cli.out.Table;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunQuery;
import io.wattprint.ledger.RunRecord;
import io.wattprint.ledger.StoredFootprint;
import io.wattprint.report.view.RunSummaryView;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wattprint runs list}: newest first, filtered by project and start time. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List runs, newest first.")
public final class RunsListCommand implements Callable<Integer> {
    private final Cli cli;

    @Mixin
    RunFilter filter;
    @Option(names = "--limit", defaultValue = "50", description = "At most this many runs (default: ${DEFAULT-VALUE}).")
    int limit;
    @Option(names = "--json", description = "Print a JSON array of run objects.")
    boolean json;
    @Mixin
    LedgerOption ledgerOption;

    RunsListCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        if (limit < 1) throw UserException.usage("invalid value for --limit: " + limit + " (expected a positive number)");
        RunQuery query = filter.query(cli.clock(), limit);
        Optional<Ledger> existing = cli.openExistingLedger(ledgerOption.db);
        if (existing.isEmpty()) {
            if (json) Json.print(cli.out(), List.of());
            else cli.out().println("no runs yet: there is no ledger at " + cli.ledgerSpec(ledgerOption.db) + " (wattprint run creates it)");
            return 0;
        }
        try (Ledger ledger = existing.get()) {
            cli.recoverOrphans(ledger);
            List<RunRecord> runs = ledger.runs().list(query);
            if (json) {
                Json.print(cli.out(), runs.stream().map(RunSummaryView::of).toList());
                return 0;
            }
            if (runs.isEmpty()) {
                cli.out().println("no runs" + (filter.project() == null ? "" : " for project " + Terminal.safe(filter.project()))
                        + " in " + ledger.describe());
                return 0;
            }
            Table t = new Table("ID", "START (UTC)", "PROJECT", "PHASE", "STATUS", ">DURATION", "LOCATION",
                    ">IT ENERGY", ">CO2e (location)");
            for (RunRecord r : runs) {
                StoredFootprint f = r.footprint();
                var wl = r.run().workload();
                t.row(RunView.shortId(r.run().id()), r.run().start().truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ').replace("Z", ""),
                        wl.project() == null ? "-" : wl.project(),
                        wl.phase() == null ? "-" : wl.phase().label(),
                        r.run().status().label(), RunView.duration(r.run().duration()),
                        r.run().location().label(),
                        f == null ? "-" : Human.energy(f.itEnergy()),
                        f == null || f.co2e() == null ? "n/a" : Human.co2e(f.co2e()));
            }
            t.print(cli.out());
            return 0;
        }
    }
}
