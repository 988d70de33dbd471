package io.wattprint.cli.scope2;

import io.wattprint.cli.out.Terminal;
import io.wattprint.cli.NumberArg;
import io.wattprint.cli.NumberArg.Range;
import io.wattprint.cli.Cli;
import io.wattprint.cli.ExitCode;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.UserException;
import io.wattprint.cli.out.Json;
import io.wattprint.core.figure.Figures;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.scope2.ResidualMix;
import io.wattprint.ledger.InstrumentRepository.Outcome;
import io.wattprint.ledger.Ledger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wattprint instruments residual-mix}: records a zone's residual-mix factor for a year. */
@Command(name = "residual-mix", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Record a residual-mix emission factor (for Europe: the AIB European Residual Mixes) for a zone and year.",
            "Market-based Scope 2 applies it to consumption no instrument covers. A factor recorded later for the same "
                    + "zone and year (under another --source, e.g. a corrected edition) replaces it in calculations."
        })
public final class ResidualMixCommand implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--zone", required = true, paramLabel = "ZONE", description = "Grid zone (FR, DE).")
    String zone;
    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The year the factor is for.")
    int year;
    @Option(names = "--g-per-kwh", required = true, paramLabel = "G", description = "gCO2e/kWh (= kg/MWh), 0 or more.")
    double gPerKwh;
    @Option(names = "--source", required = true, paramLabel = "TEXT", description = "Who published it, edition and table.")
    String source;
    @Option(names = "--renewable-pct", paramLabel = "PCT", description = "Share of renewable sources in the residual mix, "
            + "0-100 (the AIB publishes it beside the factor); with --nuclear-pct and --fossil-pct, adding up to 100. ESRS "
            + "E1-5 splits the consumption no instrument covers by it.")
    Double renewablePct;
    @Option(names = "--nuclear-pct", paramLabel = "PCT", description = "Share of nuclear sources, 0-100.")
    Double nuclearPct;
    @Option(names = "--fossil-pct", paramLabel = "PCT", description = "Share of fossil sources, 0-100.")
    Double fossilPct;
    @Option(names = "--json", description = "Print the recorded factor as JSON.")
    boolean json;
    @Mixin
    LedgerOption ledgerOption;

    ResidualMixCommand(Cli cli) { this.cli = cli; }

    /** The three shares, all or none; each 0-100, adding up to 100 (± 0.5). */
    private ResidualMix.Composition composition() {
        if (renewablePct == null && nuclearPct == null && fossilPct == null) return null;
        List<String> missing = new ArrayList<>();
        if (renewablePct == null) missing.add("--renewable-pct");
        if (nuclearPct == null) missing.add("--nuclear-pct");
        if (fossilPct == null) missing.add("--fossil-pct");
        if (!missing.isEmpty()) {
            throw new UserException(ExitCode.USAGE, "the residual mix's composition needs --renewable-pct, --nuclear-pct and "
                    + "--fossil-pct together; missing " + String.join(", ", missing));
        }
        Range pct = Range.between("%", 0, 100);
        NumberArg.check("--renewable-pct", renewablePct, pct);
        NumberArg.check("--nuclear-pct", nuclearPct, pct);
        NumberArg.check("--fossil-pct", fossilPct, pct);
        double sum = renewablePct + nuclearPct + fossilPct;
        if (Math.abs(sum - 100) > ResidualMix.Composition.TOLERANCE) {
            throw new UserException(ExitCode.USAGE, "invalid values for --renewable-pct, --nuclear-pct and --fossil-pct: they add "
                    + "up to " + Figures.shortest(sum) + " (expected 100 ± " + ResidualMix.Composition.TOLERANCE + ")");
        }
        return new ResidualMix.Composition(renewablePct, nuclearPct, fossilPct);
    }

    @Override
    public Integer call() {
        String z = Options.required("--zone", zone, "a grid zone such as FR");
        Options.year("--year", year);
        NumberArg.check("--g-per-kwh", gPerKwh, Range.zeroOrMore("gCO2e/kWh", NumberArg.MAX_G_PER_KWH));
        String s = Options.required("--source", source, "who published the factor");
        ResidualMix mix = new ResidualMix(z, year, CarbonIntensity.ofGramsPerKwh(gPerKwh), s, composition());
        try (Ledger ledger = cli.openLedger(ledgerOption.db)) {
            Outcome outcome = ledger.instruments().addResidualMix(mix);
            if (outcome == Outcome.CONFLICT) {
                throw new UserException(ExitCode.USAGE, "a residual mix for " + z + " " + year + " from '" + s + "' is already "
                        + "recorded with another value; records are append-only: record a corrected edition under another --source");
            }
            if (json) {
                Json.print(cli.out(), new InstrumentJson.MixAdded(InstrumentJson.outcome(outcome == Outcome.ADDED),
                        InstrumentJson.of(mix)));
            } else {
                cli.out().println(Terminal.safe((outcome == Outcome.ADDED ? "recorded " : "already recorded, nothing changed: ") + mix.citation()));
            }
            return 0;
        }
    }
}
