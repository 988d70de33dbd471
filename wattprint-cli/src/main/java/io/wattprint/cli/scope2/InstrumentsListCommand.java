package io.wattprint.cli.scope2;

import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.out.Json;
import io.wattprint.cli.out.Table;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.scope2.ContractualInstrument;
import io.wattprint.core.scope2.ResidualMix;
import io.wattprint.ledger.Ledger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    @Override
    public Integer call() {
        List<ContractualInstrument> instruments = List.of();
        List<ResidualMix> mixes = List.of();
        Optional<Ledger> existing = cli.openExistingLedger(ledgerOption.db);
        if (existing.isPresent()) {
            try (Ledger ledger = existing.get()) {
                instruments = ledger.instruments().list();
                mixes = ledger.instruments().residualMixes();
            }
        }
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("instruments", instruments.stream().map(InstrumentJson::of).toList());
            m.put("residual_mixes", mixes.stream().map(InstrumentJson::of).toList());
            Json.print(cli.out(), m);
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
