package io.wattprint.cli.hardware;

import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.out.Json;
import io.wattprint.cli.out.Table;
import io.wattprint.core.embodied.HardwareRecord;
import io.wattprint.core.figure.Figures;
import io.wattprint.ledger.HardwareRepository.StoredHardware;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wattprint hardware list}: the current hardware records. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the current hardware records (a corrected record shows its latest version).")
public final class HardwareListCommand implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--json", description = "Print a JSON array of records.")
    boolean json;
    @Mixin
    LedgerOption ledgerOption;

    HardwareListCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        List<StoredHardware> records = cli.fromExistingLedger(ledgerOption.db, ledger -> ledger.hardware().list(), List::of);
        if (json) {
            Json.print(cli.out(), records.stream().map(HardwareView::of).toList());
            return 0;
        }
        if (records.isEmpty()) {
            cli.out().println("no hardware records in " + cli.ledgerSpec(ledgerOption.db)
                    + " (wattprint hardware add ID --model M --embodied-kg KG --source TEXT --lifetime-years Y --resources N --unit gpu)");
            cli.out().flush();
            return 0;
        }
        Table t = new Table("ID", "MODEL", ">EMBODIED kg", ">LIFETIME y", ">RESOURCES", ">g PER UNIT-HOUR", "VALID FROM", "SOURCE");
        for (StoredHardware s : records) {
            HardwareRecord r = s.record();
            t.row(r.id(), r.model(), Figures.plain(r.embodied().kilograms(), 6), Figures.plain(r.lifetimeYears(), 6),
                    r.totalResources() + " " + r.unit().label(), Figures.plain(HardwareView.perResourceHourGrams(r), 4),
                    r.validFrom().toString(), r.source());
        }
        t.print(cli.out());
        return 0;
    }
}
