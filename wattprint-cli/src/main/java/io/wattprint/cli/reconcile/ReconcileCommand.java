package io.wattprint.cli.reconcile;

import io.wattprint.cli.PeriodArg;
import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.UserException;
import io.wattprint.cli.facility.FacilityArgs;
import io.wattprint.core.facility.Facility;
import io.wattprint.core.facility.Reconciliation.ResidualTreatment;
import io.wattprint.core.model.Period;
import io.wattprint.ledger.Ledger;
import io.wattprint.report.ReportJson;
import io.wattprint.report.reconcile.HybridData;
import io.wattprint.report.reconcile.HybridResult;
import io.wattprint.report.reconcile.ReconcileInputs;
import io.wattprint.report.reconcile.TopDownData;
import io.wattprint.report.reconcile.TopDownResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code wattprint reconcile --facility NAME --period P}: the hybrid method (bottom-up × PUE against
 * the meter, with coverage and residual) or, with {@code --top-down}, the meter divided among the
 * runs by accelerator-hours. What it reads and computes is {@code io.wattprint.report.reconcile} ({@link
 * ReconcileInputs}, {@link HybridResult}, {@link TopDownResult}); this class parses the options and prints.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Reconcile the runs of a facility with its meter over a period.",
            "",
            "Hybrid (default): each run's bottom-up IT energy × the facility's PUE, summed, against the metered facility "
                    + "energy: coverage = bottom-up / meter, residual = meter − bottom-up, reported on its own line "
                    + "(--residual report) or allocated to the runs by their share (--residual pro-rata).",
            "Top-down (--top-down): metered energy / PUE = IT energy, divided among the runs by accelerator-hours "
                    + "(CPU-hours when no run used an accelerator).",
            "",
            "Runs belong to a facility through wattprint run --facility; a run across the period's boundary counts with "
                    + "its energy inside the period. Every figure is followed by its explanation.",
            "",
            "Example:",
            "  wattprint reconcile --facility dc-paris --period 2026-10 --residual pro-rata"
        })
public final class ReconcileCommand implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--facility", required = true, paramLabel = "NAME", description = "The facility.")
    String facility;
    @Option(names = "--period", required = true, paramLabel = "PERIOD",
            description = "2026-10 (a month), 2026 (a year) or 2026-10-01..2026-10-15 (dates, end exclusive), UTC.")
    String period;
    @Option(names = "--residual", paramLabel = "report|pro-rata", defaultValue = "report",
            description = "report: the residual on a line of its own (default); pro-rata: each run gets residual × its share, "
                    + "so the runs add up to the meter.")
    String residual;
    @Option(names = "--top-down", description = "Attribute the meter to the runs by accelerator-hours instead.")
    boolean topDown;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;
    @Mixin
    LedgerOption ledgerOption;

    ReconcileCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        String name = FacilityArgs.name(facility);
        Period p = PeriodArg.period("--period", period);
        ResidualTreatment treatment = ResidualTreatment.parse(residual).orElseThrow(() -> UserException.usage(
                "invalid value for --residual: '" + residual + "' (expected report or pro-rata)"));
        if (topDown && !"report".equals(residual)) {
            throw UserException.usage("--residual applies to the hybrid reconciliation; --top-down attributes the whole meter");
        }
        try (Ledger ledger = FacilityArgs.existingLedger(cli, ledgerOption.db, name)) {
            Facility f = FacilityArgs.require(ledger, name);
            ReconcileInputs in;
            try {
                in = ReconcileInputs.read(ledger, f, p);
            } catch (IllegalArgumentException e) {
                throw UserException.usage(e.getMessage());
            }
            if (in.lacksPue()) {
                throw UserException.usage("facility " + name + " has no PUE on record, and the " + (topDown ? "top-down" : "hybrid")
                        + " method needs one for " + p.label() + " (add it with wattprint facility pue " + name
                        + " --year YEAR --value PUE --measured --category N | --declared --source TEXT)");
            }
            ReconcileReport report = new ReconcileReport(cli.out(), f, p);
            if (topDown) {
                TopDownResult t = TopDownResult.of(in);
                if (json) printJson(TopDownData.of(t));
                else report.print(t);
            } else {
                HybridResult r = HybridResult.of(in, treatment);
                if (json) printJson(HybridData.of(r));
                else report.print(r);
            }
            return 0;
        }
    }

    private void printJson(Object data) {
        cli.out().println(ReportJson.text(data));
        cli.out().flush();
    }
}
