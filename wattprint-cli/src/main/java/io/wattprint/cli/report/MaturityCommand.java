package io.wattprint.cli.report;

import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.PeriodArg;
import io.wattprint.cli.UserException;
import io.wattprint.core.model.Period;
import io.wattprint.ledger.RunQuery;
import io.wattprint.ledger.RunRecord;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.maturity.Maturity;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wattprint report maturity}: Level 1–3 of seed 000's measurement rubric per AI system, from the ledger. */
@Command(name = "maturity", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Measurement maturity per AI system and for the organisation, by the rubric of seed 000 (COMPEL D19): "
                    + "Level 2 = one-off measurement of the largest training runs; Level 3 = continuous per-system kWh and "
                    + "tCO2e for every production AI system, logged automatically to a central registry.",
            "",
            "AI system = the runs of one workload name. Production = a system with inference runs in the period, or a run "
                    + "tagged with --production-tag (default env=production).",
            "",
            "Level 3: >= 90 %% of the system's IT energy measured, >= 90 %% recorded automatically (wattprint run or the "
                    + "Java API, not wattprint ingest), >= 90 %% with CO2e (location known), every run with a footprint, and "
                    + "continuous: it ran in at least 2 ISO weeks and every ISO week it ran has an automatic, measured run "
                    + "with CO2e. Level 2: its largest training run (else its largest run) is >= 90 %% measured or imported "
                    + "from a measuring tool. Level 1: anything else. The organisation is Level 3 only if every production "
                    + "system is; Level 2 if any system reaches Level 2.",
            "",
            "Each system lists its evidence (weeks run and covered, measured, automatic and CO2e-known shares, runs, kWh, "
                    + "kgCO2e) and what is missing to reach the next level.",
            "",
            "Formats: md (default), html, pdf (needs --out), csv, json.",
            "",
            "Example:",
            "  wattprint report maturity --period 2026-10-01..2026-12-28 --production-tag tier=prod"
        })
public final class MaturityCommand implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--period", paramLabel = "PERIOD", description = "2026, 2026-10 or 2026-10-01..2026-10-15 (end exclusive, "
            + "UTC). Default: the last 12 whole ISO weeks before the current week.")
    String period;
    @Option(names = "--production-tag", paramLabel = "KEY=VALUE",
            description = "The tag that marks a production system besides inference runs (default: env=production).")
    String productionTag;
    @Mixin
    ReportOutputOptions output;
    @Mixin
    LedgerOption ledgerOption;

    MaturityCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        Instant at = cli.clock().instant();
        Period p = period == null ? Maturity.defaultPeriod(at) : PeriodArg.period("--period", period);
        Maturity.ProductionTag tag = Maturity.ProductionTag.DEFAULT;
        if (productionTag != null) {
            try {
                tag = Maturity.ProductionTag.parse(productionTag);
            } catch (IllegalArgumentException e) {
                throw UserException.usage("invalid value for --production-tag: " + e.getMessage());
            }
        }
        ReportFormat f = output.format(MethodologyCommand.FORMATS);
        output.checkDestination(f);
        List<RunRecord> runs = cli.fromExistingLedger(ledgerOption.db,
                l -> l.runs().list(new RunQuery(null, p.from(), p.to(), null)), List::of);
        output.write(cli, Maturity.generate(runs, p, tag, at), f);
        return 0;
    }
}
