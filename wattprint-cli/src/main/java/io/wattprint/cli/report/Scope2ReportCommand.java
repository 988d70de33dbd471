package io.wattprint.cli.report;

import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.scope2.Options;
import io.wattprint.cli.scope2.Scope2RulesOptions;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.scope2.Scope2Report;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wattprint report scope2}: GHG Protocol Scope 2 dual reporting of own operations as a document. */
@Command(name = "scope2", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "GHG Protocol Scope 2 (Scope 2 Guidance, 2015) for a year: location-based and market-based side by side per "
                    + "facility (else grid zone), the instruments applied (type, id, MWh, vintage, market, rate, retired for), "
                    + "residual-mix or grid-average use, every Quality Criteria warning and the factors used with sources.",
            "",
            "Boundary: runs CLOSED in the calendar year (UTC), own operations only. A run in a cloud region "
                    + "(aws:…, gcp:…, azure:…) is purchased cloud compute — the provider's Scope 2, the reporter's Scope 3 "
                    + "category 1 — and is left out (a note counts it; report esrs-e1 shows it as Scope 3). Every other run "
                    + "(own or colocated hardware) counts with its stored facility energy and the grid factor its footprint used.",
            "",
            "MWh and tCO2e have 3 decimals: each total is the exact sum rounded half-up and its lines are rounded by "
                    + "largest remainder to add up to it. "
                    + "Formats: md (default), html, pdf (needs --out), csv, json."
        })
public final class Scope2ReportCommand implements Callable<Integer> {
    static final List<ReportFormat> FORMATS = List.of(ReportFormat.MD, ReportFormat.HTML, ReportFormat.PDF, ReportFormat.CSV,
            ReportFormat.JSON);
    private final Cli cli;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "Reporting year: runs closed in it (UTC).")
    int year;
    @Mixin
    Scope2RulesOptions scope2;
    @Mixin
    ReportOutputOptions output;
    @Mixin
    LedgerOption ledgerOption;

    Scope2ReportCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        Options.year("--year", year);
        scope2.check();
        ReportFormat f = output.format(FORMATS);
        output.checkDestination(f);
        Scope2Report.Options o = new Scope2Report.Options(year, scope2.reporter(), scope2.monthsBefore(), scope2.monthsAfter());
        Scope2Report.Inputs in = cli.fromExistingLedger(ledgerOption.db, l -> Scope2Report.Inputs.read(l, Scope2Report.rules(o)),
                Scope2Report.Inputs::empty);
        ReportOutput report = Scope2Report.build(in, o, cli.clock().instant());
        output.write(cli, report, f);
        return 0;
    }
}
