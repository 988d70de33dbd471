package io.wattprint.cli.facility;

import io.wattprint.cli.out.Terminal;
import io.wattprint.cli.PeriodArg;
import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.UserException;
import io.wattprint.core.model.Period;
import io.wattprint.core.facility.PuePeriod;
import io.wattprint.ledger.FacilityRepository.Stored;
import io.wattprint.ledger.Ledger;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wattprint facility pue NAME}: records a facility's PUE over a period, measured or declared. */
@Command(name = "pue", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Record the PUE of a facility over a period (ISO/IEC 30134-2: total facility energy / IT equipment energy).",
            "",
            "A measured PUE names its category, the point where IT energy was metered: 1 UPS output, 2 PDU output, "
                    + "3 IT equipment input. The standard reports PUE over 12 months; a shorter period is recorded "
                    + "with a warning. Recording the same period again with another value records a correction.",
            "",
            "Example:",
            "  wattprint facility pue dc-paris --from 2026-01 --to 2026-12 --value 1.3 --measured --category 2 --source \"2026 BMS report\""
        })
public final class FacilityPueCommand implements Callable<Integer> {
    private final Cli cli;

    @Parameters(index = "0", paramLabel = "NAME", description = "The facility.")
    String name;
    @Option(names = "--from", paramLabel = "MONTH|DATE", description = "Start of the period: 2026-01 or 2026-01-01 (UTC).")
    String from;
    @Option(names = "--to", paramLabel = "MONTH|DATE",
            description = "End of the period: a month includes itself (2026-12: through December); a date is the day it ends, exclusive.")
    String to;
    @Option(names = "--year", paramLabel = "YEAR", description = "The calendar year, instead of --from and --to.")
    Integer year;
    @Option(names = "--value", required = true, paramLabel = "PUE", description = "The PUE, 1.0 to 5.0.")
    double value;
    @Option(names = "--measured", description = "Measured, with --category.")
    boolean measured;
    @Option(names = "--category", paramLabel = "1|2|3",
            description = "ISO/IEC 30134-2 category of a measured PUE: 1 UPS output, 2 PDU output, 3 IT equipment input.")
    Integer category;
    @Option(names = "--declared", description = "Declared: a design figure, a provider's or operator's statement.")
    boolean declared;
    @Option(names = "--source", required = true, paramLabel = "TEXT", description = "Where the figure comes from.")
    String source;
    @Mixin
    LedgerOption ledgerOption;

    FacilityPueCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        String n = FacilityArgs.name(name);
        Period period = PeriodArg.period(from, to, year);
        if (measured == declared) {
            throw UserException.usage("give either --measured (with --category 1, 2 or 3) or --declared");
        }
        if (declared && category != null) {
            throw UserException.usage("--category applies to a measured PUE only (ISO/IEC 30134-2 measurement category); "
                    + "drop it or use --measured");
        }
        if (measured && category == null) {
            throw UserException.usage("missing --category for a measured PUE (1 UPS output, 2 PDU output, 3 IT equipment input)");
        }
        if (category != null && (category < 1 || category > 3)) {
            throw UserException.usage("invalid value for --category: " + category
                    + " (expected 1 UPS output, 2 PDU output or 3 IT equipment input)");
        }
        if (source.isBlank()) throw UserException.usage("invalid value for --source: it is empty (say where the figure comes from)");
        PuePeriod p;
        try {
            p = PuePeriod.of(n, period, value, measured ? PuePeriod.Basis.MEASURED : PuePeriod.Basis.DECLARED, category,
                    source.strip());
        } catch (IllegalArgumentException e) {
            throw UserException.usage("invalid value for --value: " + e.getMessage());
        }
        try (Ledger ledger = cli.openLedger(ledgerOption.db)) {
            FacilityArgs.require(ledger, n);
            Stored s = ledger.facilities().addPue(p);
            cli.out().println(Terminal.safe(switch (s) {
                case ADDED -> "recorded " + p.citation();
                case UNCHANGED -> "already recorded: " + p.citation() + " (nothing changed)";
                case CORRECTED -> "recorded a correction: " + p.citation() + " (the earlier record for " + period.label()
                        + " is kept)";
            }));
            FacilityArgs.printWarnings(cli.out(), p.shortPeriodWarning().map(List::of).orElse(List.of()));
            return 0;
        }
    }
}
