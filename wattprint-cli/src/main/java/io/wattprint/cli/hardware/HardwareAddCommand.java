package io.wattprint.cli.hardware;

import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.NumberArg.Range;
import io.wattprint.cli.NumberArg;
import io.wattprint.cli.TimeArg;
import io.wattprint.cli.UserException;
import io.wattprint.cli.out.Json;
import io.wattprint.cli.out.Terminal;
import io.wattprint.core.embodied.HardwareRecord;
import io.wattprint.core.embodied.ResourceUnit;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.ledger.HardwareRepository;
import io.wattprint.ledger.Ledger;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wattprint hardware add ID ...}: stores a hardware record (a correction is a new record). */
@Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Add a machine's embodied emissions. Adding the same record again changes nothing; a changed figure is "
                    + "stored as a new record that replaces the old one for runs from --valid-from on (the old one is kept)."
        })
public final class HardwareAddCommand implements Callable<Integer> {
    /** More GPUs or vCPUs than one hardware record (a machine, a rack) holds. */
    private static final int MAX_RESOURCES = 1_000_000;
    private final Cli cli;

    @Parameters(paramLabel = "ID", description = "The host name its runs are stored with (wattprint runs show: host), or an asset tag.")
    String id;
    @Option(names = "--model", required = true, paramLabel = "M", description = "Hardware model, e.g. \"HGX H100 8-GPU\".")
    String model;
    @Option(names = "--embodied-kg", required = true, paramLabel = "KG",
            description = "Total embodied (manufacturing) emissions TE in kgCO2e.")
    double embodiedKg;
    @Option(names = "--source", required = true, paramLabel = "TEXT",
            description = "Where the embodied figure comes from (vendor product carbon footprint, paper, tool and version).")
    String source;
    @Option(names = "--lifetime-years", required = true, paramLabel = "Y",
            description = "Expected lifetime EL in years of 8,760 h.")
    double lifetimeYears;
    @Option(names = "--resources", required = true, paramLabel = "N", description = "Total resources ToR: GPUs or vCPUs (--unit).")
    int resources;
    @Option(names = "--unit", required = true, paramLabel = "UNIT",
            description = "gpu or vcpu: what --resources counts and how a run's share is found.")
    String unit;
    @Option(names = "--valid-from", paramLabel = "TIME",
            description = "Runs starting at or after TIME use this record (default: every run, 1970-01-01).")
    String validFrom;
    @Option(names = "--json", description = "Print the stored record as a JSON object.")
    boolean json;
    @Mixin
    LedgerOption ledgerOption;

    HardwareAddCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        if (id.isBlank()) throw UserException.usage("invalid value for ID: it must not be blank (the host name of the machine)");
        if (model.isBlank()) throw UserException.usage("invalid value for --model: it must not be blank");
        if (source.isBlank()) throw UserException.usage("invalid value for --source: it must not be blank (say where the embodied figure comes from)");
        NumberArg.check("--embodied-kg", embodiedKg, Range.zeroOrMore("a number of kgCO2e", NumberArg.MAX_KG));
        NumberArg.check("--lifetime-years", lifetimeYears, NumberArg.LIFETIME_YEARS);
        NumberArg.check("--resources", resources, 1, MAX_RESOURCES, "a whole number of GPUs or vCPUs");
        ResourceUnit u;
        try {
            u = ResourceUnit.parse(unit);
        } catch (IllegalArgumentException e) {
            throw UserException.usage("invalid value for --unit: '" + unit + "' (expected gpu or vcpu)");
        }
        Instant from = validFrom == null ? Instant.EPOCH : TimeArg.parse("--valid-from", validFrom, cli.clock());
        HardwareRecord r = new HardwareRecord(id, model, Co2e.ofKilograms(embodiedKg), source, lifetimeYears, resources, u, from);
        try (Ledger ledger = cli.openLedger(ledgerOption.db)) {
            HardwareRepository.Added a = ledger.hardware().add(r, cli.clock().instant());
            if (json) {
                Json.print(cli.out(), new HardwareView.Added(HardwareView.of(a.stored()), a.added()));
            } else {
                print(cli.out(), a);
            }
        }
        return 0;
    }

    private static void print(PrintWriter out, HardwareRepository.Added a) {
        HardwareRecord r = a.stored().record();
        out.println(Terminal.safe((a.added() ? "added" : "already stored, nothing changed:") + " hardware record " + r.id()
                + " (seq " + a.stored().seq() + ")"));
        out.printf("  %-16s %s%n", "model", Terminal.safe(r.model()));
        out.printf("  %-16s %s kgCO2e  — %s%n", "embodied (TE)", Figures.plain(r.embodied().kilograms(), 6), Terminal.safe(r.source()));
        out.printf("  %-16s %s years (%s h)%n", "lifetime (EL)", Figures.plain(r.lifetimeYears(), 6),
                Figures.plain(r.lifetimeHours(), 6));
        out.printf("  %-16s %d %ss%n", "resources (ToR)", r.totalResources(), r.unit().label());
        out.printf("  %-16s %s%n", "valid from", r.validFrom());
        out.printf("  %-16s %s gCO2e per %s-hour    [TE / (EL × ToR)]%n", "amortised", 
                Figures.plain(HardwareView.perResourceHourGrams(r), 6), r.unit().label());
        out.flush();
    }

}
