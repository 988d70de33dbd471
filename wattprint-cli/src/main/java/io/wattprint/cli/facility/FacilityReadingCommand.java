package io.wattprint.cli.facility;

import io.wattprint.cli.out.Terminal;
import io.wattprint.cli.NumberArg;
import io.wattprint.cli.NumberArg.Range;
import io.wattprint.cli.PeriodArg;
import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.UserException;
import io.wattprint.core.facility.MeterReading;
import io.wattprint.core.model.Period;
import io.wattprint.core.quantity.Energy;
import io.wattprint.ledger.FacilityRepository.Stored;
import io.wattprint.ledger.Ledger;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wattprint facility reading NAME}: records what a facility meter recorded over a period. */
@Command(name = "reading", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Record a facility meter reading: the energy a utility bill, an interval meter, the BMS or the PDUs "
                    + "recorded over a period.",
            "",
            "utility-bill, interval-meter and bms measure the whole facility; pdu measures IT equipment only. Readings "
                    + "of the same boundary must not overlap; the same kind and period again records a correction.",
            "",
            "Example:",
            "  wattprint facility reading dc-paris --from 2026-10-01 --to 2026-11-01 --kwh 10000 --kind utility-bill --source \"EDF invoice 2026-10\""
        })
public final class FacilityReadingCommand implements Callable<Integer> {
    private final Cli cli;

    @Parameters(index = "0", paramLabel = "NAME", description = "The facility.")
    String name;
    @Option(names = "--from", required = true, paramLabel = "MONTH|DATE", description = "Start of the metered period (UTC).")
    String from;
    @Option(names = "--to", required = true, paramLabel = "MONTH|DATE",
            description = "End of the metered period: a date is the day it ends, exclusive (2026-11-01 for October); a month includes itself.")
    String to;
    @Option(names = "--kwh", required = true, paramLabel = "KWH", description = "Energy recorded, in kWh, more than 0.")
    double kwh;
    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "utility-bill, interval-meter, bms or pdu.")
    String kind;
    @Option(names = "--source", required = true, paramLabel = "TEXT", description = "Invoice number, export file, meter id.")
    String source;
    @Mixin
    LedgerOption ledgerOption;

    FacilityReadingCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        String n = FacilityArgs.name(name);
        Period period = PeriodArg.period(from, to, null);
        NumberArg.check("--kwh", kwh, Range.positive("a number of kWh", NumberArg.MAX_KWH));
        MeterReading.Kind k = MeterReading.Kind.parse(kind).orElseThrow(() -> UserException.usage(
                "invalid value for --kind: '" + kind + "' (expected one of " + MeterReading.Kind.labels() + ")"));
        if (source.isBlank()) throw UserException.usage("invalid value for --source: it is empty (say where the figure comes from)");
        MeterReading r = new MeterReading(n, period, Energy.ofKilowattHours(kwh), k, source.strip());
        try (Ledger ledger = cli.openLedger(ledgerOption.db)) {
            FacilityArgs.require(ledger, n);
            Stored s;
            try {
                s = ledger.facilities().addReading(r);
            } catch (IllegalArgumentException e) {
                throw UserException.usage(e.getMessage());
            }
            cli.out().println(Terminal.safe(switch (s) {
                case ADDED -> "recorded for facility " + n + ": " + r.citation();
                case UNCHANGED -> "already recorded for facility " + n + ": " + r.citation() + " (nothing changed)";
                case CORRECTED -> "recorded a correction for facility " + n + ": " + r.citation()
                        + " (the earlier record is kept)";
            }));
            return 0;
        }
    }
}
