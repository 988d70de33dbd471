package io.wattprint.cli.scope2;

import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.out.Json;
import io.wattprint.cli.out.Table;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.scope2.ContractualInstrument;
import io.wattprint.core.scope2.ResidualMix;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wattprint instruments list}: the recorded instruments and residual mixes. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List the recorded instruments (by id) and residual-mix factors (in the order recorded).")
public final class InstrumentsListCommand implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--json", description = "Print {\"instruments\": [...], \"residual_mixes\": [...]}.")
    boolean json;
    @Mixin
    LedgerOption ledgerOption;

    InstrumentsListCommand(Cli cli) { this.cli = cli; }

    /** What the ledger holds, or nothing without a ledger. */
    private record Held(List<ContractualInstrument> instruments, List<ResidualMix> mixes) {}

    @Override
    public Integer call() {
        Held held = cli.fromExistingLedger(ledgerOption.db,
                ledger -> new Held(ledger.instruments().list(), ledger.instruments().residualMixes()),
                () -> new Held(List.of(), List.of()));
        List<ContractualInstrument> instruments = held.instruments();
        List<ResidualMix> mixes = held.mixes();
        if (json) {
            Json.print(cli.out(), new InstrumentJson.Listed(instruments.stream().map(InstrumentJson::of).toList(),
                    mixes.stream().map(InstrumentJson::of).toList()));
            return 0;
        }
        if (instruments.isEmpty()) {
            cli.out().println("no instruments recorded (wattprint instruments add records one)");
        } else {
            Table t = new Table("ID", "TYPE", ">MWh", "VINTAGE", "ZONE", "MARKET", ">gCO2e/kWh", "RETIRED FOR", "REGISTRY");
            for (ContractualInstrument i : instruments) {
                t.row(i.id(), i.type().label(), Figures.shortest(i.energy().megawattHours()), i.vintageLabel(), i.zone(),
                        i.market().toString(), Figures.shortest(i.rate().gramsPerKwh()), i.retiredFor() == null ? "-" : i.retiredFor(),
                        i.registry() == null ? "-" : i.registry());
            }
            t.print(cli.out());
        }
        cli.out().println();
        if (mixes.isEmpty()) {
            cli.out().println("no residual mixes recorded (wattprint instruments residual-mix records one)");
        } else {
            Table t = new Table("RESIDUAL MIX ZONE", ">YEAR", ">gCO2e/kWh", "SOURCE");
            for (ResidualMix r : mixes) t.row(r.zone(), r.year(), Figures.shortest(r.intensity().gramsPerKwh()), r.source());
            t.print(cli.out());
        }
        cli.out().flush();
        return 0;
    }
}
