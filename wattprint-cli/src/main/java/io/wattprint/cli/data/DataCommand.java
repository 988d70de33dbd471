package io.wattprint.cli.data;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code wattprint data}: the shipped reference data, each row with its source. */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Show the reference data shipped with wattprint, each row with source, year and licence.",
        subcommands = {FactorsCommand.class, RegionsCommand.class, PueCommand.class, HardwareCommand.class,
                ZonesCommand.class})
public final class DataCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: factors, regions, zones, pue or hardware");
    }
}
