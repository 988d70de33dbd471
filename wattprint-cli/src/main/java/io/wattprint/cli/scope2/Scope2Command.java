package io.wattprint.cli.scope2;

import io.wattprint.cli.out.Terminal;
import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.out.Human;
import io.wattprint.cli.out.Table;
import io.wattprint.core.scope2.Allocation;
import io.wattprint.core.scope2.ContractualInstrument;
import io.wattprint.core.scope2.DualScope2;
import io.wattprint.core.scope2.Scope2Rules;
import io.wattprint.core.scope2.Scope2Warning;
import io.wattprint.report.ReportJson;
import io.wattprint.report.scope2.Scope2Data;
import io.wattprint.report.scope2.Scope2Figures;
import io.wattprint.report.scope2.Scope2Report;
import io.wattprint.report.scope2.Scope2Result;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code wattprint scope2}: location-based and market-based Scope 2 side by side for the runs
 * closed in a year, from their stored footprints and the recorded instruments and residual mixes.
 */
@Command(name = "scope2", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Scope 2 dual reporting (GHG Protocol Scope 2 Guidance, 2015) for the runs closed in a calendar year (UTC): "
                    + "location-based and market-based per zone and in total, the instruments applied, residual-mix use "
                    + "and every warning.",
            "",
            "Consumption is each run's stored facility energy in its zone, with the grid factor its footprint used. "
                    + "Instruments apply in the order EACs (GO, REC, I-REC) → PPAs → supplier rates, each MWh once; "
                    + "the rest gets the zone's residual mix, or the grid average where none is recorded (a warning says so). "
                    + "Instruments failing a Scope 2 Quality Criterion are not applied and named in a warning."
        })
public final class Scope2Command implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "Reporting year: runs closed in it (UTC).")
    int year;
    @Mixin
    Scope2RulesOptions scope2;
    @Option(names = "--json", description = "Print a JSON object (figures unrounded, tonnes CO2e and MWh).")
    boolean json;
    @Mixin
    LedgerOption ledgerOption;

    Scope2Command(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        Options.year("--year", year);
        scope2.check();
        Scope2Rules rules = scope2.rules(year);

        Scope2Report.Inputs in = cli.fromExistingLedger(ledgerOption.db, l -> Scope2Report.Inputs.read(l, rules),
                Scope2Report.Inputs::empty);
        Scope2Result result = Scope2Result.compute(in, rules, Scope2Result.Boundary.ALL_RUNS);
        if (json) {
            cli.out().println(ReportJson.text(Scope2Figures.of(result, year)));
            cli.out().flush();
        } else {
            print(cli.out(), result.dual(), result.consumption());
        }
        return 0;
    }

    private void print(PrintWriter out, DualScope2 r, Scope2Data consumption) {
        out.println("wattprint: Scope 2 " + year + ", dual reporting (GHG Protocol Scope 2 Guidance, 2015)"
                + (scope2.reporter() == null ? "" : ", reporter " + scope2.reporter()) + " — " + consumption.runs() + " run(s) closed in "
                + year);
        Table t = new Table("ZONE", ">RUNS", ">ENERGY", ">LOCATION-BASED", ">MARKET-BASED", ">INSTRUMENTS", ">RESIDUAL MIX", ">GRID AVERAGE");
        for (DualScope2.ZoneTotal z : r.zones()) {
            t.row(z.zone(), consumption.runsIn(z.zone()), Human.energy(z.energy()), Human.co2e(z.locationBased()) + " CO2e",
                    Human.co2e(z.marketBased()) + " CO2e", Human.energy(z.instrumentEnergy()), Human.energy(z.residualMixEnergy()),
                    Human.energy(z.gridAverageEnergy()));
        }
        t.row("TOTAL", consumption.runs(), Human.energy(r.energy()), Human.co2e(r.locationBased()) + " CO2e",
                Human.co2e(r.marketBased()) + " CO2e", "", "", "");
        t.print(out);
        out.println(Terminal.safe("location-based factor boundary: " + consumption.locationBoundary()));
        List<Allocation> applied = r.allocations();
        out.println(applied.isEmpty() ? "instruments applied: none" : "instruments applied:");
        for (Allocation a : applied) {
            ContractualInstrument i = a.instrument();
            out.println(Terminal.safe("  " + i.type().label() + " " + i.id() + " → " + a.line().label() + ": " + Human.energy(a.energy()) + " × "
                    + i.rate() + " = " + Human.co2e(a.co2e()) + " CO2e  (vintage " + i.vintageLabel() + ", market " + i.market()
                    + (i.retiredFor() == null ? "" : ", retired for " + i.retiredFor())
                    + (i.registry() == null ? "" : ", registry " + i.registry()) + (a.hourlyMatched() ? ", hour by hour" : "") + ")"));
        }
        List<DualScope2.Line> uncovered = r.lines().stream().filter(l -> l.uncoveredFactor() != null).toList();
        if (!uncovered.isEmpty()) out.println("not covered by instruments:");
        for (DualScope2.Line l : uncovered) {
            out.println(Terminal.safe("  " + l.line().label() + ": " + Human.energy(l.uncovered()) + " × " + l.uncoveredFactor() + " = "
                    + Human.co2e(l.uncoveredCo2e()) + " CO2e  (" + l.uncoveredSource() + ")"));
        }
        for (Scope2Warning w : r.warnings()) out.println(Terminal.safe("warning: " + w.message()));
        for (String w : consumption.warnings()) out.println(Terminal.safe("warning: " + w));
        out.flush();
    }
}
