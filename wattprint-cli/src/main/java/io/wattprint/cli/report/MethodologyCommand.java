package io.wattprint.cli.report;

import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.PeriodArg;
import io.wattprint.core.model.Period;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.methodology.Methodology;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wattprint report methodology}: the methodology and assumptions appendix, generated from the ledger. */
@Command(name = "methodology", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "The methodology and assumptions appendix of the runs in a period, generated from the ledger so it is always "
                    + "true for the ledger it describes.",
            "",
            "Sections: data sources and versions (reference data the footprints cite, emission factors with year, source "
                    + "and basis, factor series, ingested files, cloud provider exports, instruments and residual mixes, "
                    + "hardware records); formulas used, each with its docs/METHODOLOGY.md section and standard (market-based "
                    + "only when instruments exist, embodied only with hardware records, allocation only with saved rules); "
                    + "PUEs applied and facility PUE periods with their ISO/IEC 30134-2 category; energy methods and "
                    + "estimators with the hosts, projects and share of IT energy each covers; coverage; open gaps with "
                    + "what to do about each.",
            "",
            "Runs are those that started in --period; PUE periods, meter readings, instruments and residual mixes those "
                    + "overlapping it (residual mixes also of a year one of its runs closed in); ingested files and "
                    + "allocation rules are listed whatever the period.",
            "",
            "Formats: md (default), html, pdf (needs --out), csv, json (the five sections as keys).",
            "",
            "Example:",
            "  wattprint report methodology --period 2026 --format html --out methodology.html"
        })
public final class MethodologyCommand implements Callable<Integer> {
    static final List<ReportFormat> FORMATS = List.of(ReportFormat.MD, ReportFormat.HTML, ReportFormat.PDF, ReportFormat.CSV,
            ReportFormat.JSON);
    private final Cli cli;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "2026, 2026-10 or 2026-10-01..2026-10-15 (end exclusive, UTC). Default: every run in the ledger.")
    String period;
    @Mixin
    ReportOutputOptions output;
    @Mixin
    LedgerOption ledgerOption;

    MethodologyCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        Period p = period == null ? null : PeriodArg.period("--period", period);
        ReportFormat f = output.format(FORMATS);
        output.checkDestination(f);
        Instant at = cli.clock().instant();
        ReportOutput report = cli.fromExistingLedger(ledgerOption.db, l -> Methodology.generate(l, p, at),
                () -> Methodology.empty(p, at));
        output.write(cli, report, f);
        return 0;
    }
}
