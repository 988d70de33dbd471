package io.wattprint.cli.runs;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.wattprint.cli.out.Terminal;
import io.wattprint.run.site.RunDefaults;
import io.wattprint.run.close.RunFactors;
import io.wattprint.cli.Cli;
import io.wattprint.cli.ExitCode;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.UserException;
import io.wattprint.cli.out.Human;
import io.wattprint.cli.out.Json;
import io.wattprint.core.method.FootprintCalculator;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.quantity.Pue;
import io.wattprint.data.ReferenceData;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunRecord;
import io.wattprint.ledger.RunRepository;
import io.wattprint.ledger.StoredFootprint;
import io.wattprint.report.view.RunDetailView;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wattprint runs recompute ID}: the footprint of a closed run computed again from its stored
 * intervals with today's factors (the ledger's factor series over the shipped annual factors) and
 * the PUE it was closed with, stored as a new footprint version; the earlier versions are kept.
 */
@Command(name = "recompute", mixinStandardHelpOptions = true,
        description = {"Compute a closed run's footprint again from its stored energy, with the factor series now in the "
                + "ledger (wattprint factors import) over the shipped annual factors, and the PUE it was closed with.",
            "The result is stored as a new footprint version (runs show prints the latest); earlier versions are kept."})
public final class RunsRecomputeCommand implements Callable<Integer> {
    private final Cli cli;

    @Parameters(paramLabel = "ID", description = "Run id or a unique prefix of at least 4 characters.")
    String id;
    @Option(names = "--json", description = "Print the recomputed run as a JSON object (as runs show --json, plus footprint_version).")
    boolean json;
    @Mixin
    LedgerOption ledgerOption;

    RunsRecomputeCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        Ledger opened = cli.openExistingLedger(ledgerOption.db).orElseThrow(() -> UserException.notFound(
                "no run '" + id + "': there is no ledger at " + cli.ledgerSpec(ledgerOption.db) + " yet (wattprint run creates it)"));
        try (Ledger ledger = opened) {
            cli.recoverOrphans(ledger);
            RunRepository runs = ledger.runs();
            RunRecord r = runs.find(id).orElseThrow(() -> UserException.notFound("no run '" + id + "' in "
                    + ledger.describe() + " (wattprint runs list shows the ids)"));
            Run run = r.run();
            if (run.status() == RunStatus.RUNNING) {
                throw new UserException(ExitCode.FAILURE, "run " + run.id() + " is still running: its footprint is computed "
                        + "when it closes");
            }
            ReferenceData data = cli.data();
            StoredFootprint before = r.footprint();
            PueAssumption pue = before != null ? new PueAssumption(Pue.of(before.pue()), before.pueBasis())
                    : RunDefaults.pue(data, run.location(), run.start().atZone(ZoneOffset.UTC).getYear());
            List<EnergyInterval> hourly = ledger.intervals().hourly(run.id());
            Footprint f = new FootprintCalculator().compute(hourly, run.location(), pue,
                    RunFactors.forRun(ledger, data, run.location(), hourly));
            int version = ledger.footprints().save(run.id(), f, data.version());
            RunRecord after = runs.find(run.id()).orElseThrow();
            if (json) {
                int intervals = Math.toIntExact(ledger.intervals().count(run.id()));
                Json.print(cli.out(), new Recomputed(RunDetailView.of(after, intervals), version));
                return 0;
            }
            PrintWriter out = cli.out();
            out.println("run " + run.id() + ": footprint version " + version + " stored");
            out.println("  CO2e (location)  " + co2(before) + " → " + co2(after.footprint()));
            out.println();
            out.println("explanation:");
            for (String line : f.explanation().render()) out.println("  " + Terminal.safe(line));
            out.flush();
            return 0;
        }
    }

    /** The {@code --json} object: the run in full, then the footprint version just stored. */
    record Recomputed(@JsonUnwrapped RunDetailView run, int footprintVersion) {}

    private static String co2(StoredFootprint f) {
        if (f == null) return "none before";
        return f.co2e() == null ? "not computed" : Human.co2e(f.co2e());
    }
}
