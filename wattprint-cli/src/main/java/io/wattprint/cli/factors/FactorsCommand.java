package io.wattprint.cli.factors;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code wattprint factors}: emission factor series stored in the ledger. */
@Command(name = "factors", mixinStandardHelpOptions = true,
        description = {"Import and list emission factor series (hourly or finer gCO2e/kWh of a grid zone) in the ledger.",
            "A run closed after an import uses the series' points for the time they cover and the shipped annual "
                    + "factor elsewhere; wattprint runs recompute applies them to a run closed before."},
        subcommands = {FactorsImportCommand.class, FactorsListCommand.class})
public final class FactorsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: import or list");
    }
}
