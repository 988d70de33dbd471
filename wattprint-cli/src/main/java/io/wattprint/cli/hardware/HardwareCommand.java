package io.wattprint.cli.hardware;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code wattprint hardware}: the organisation's machines and their embodied emissions, in the ledger. */
@Command(name = "hardware", mixinStandardHelpOptions = true,
        description = {
            "Record the embodied emissions (Scope 3) of your machines, so that runs are charged their share.",
            "A record's ID is the host name runs are stored with; wattprint runs show then prints the run's embodied line.",
            "(wattprint data hardware lists the shipped TDP catalogue instead.)"
        },
        subcommands = {HardwareAddCommand.class, HardwareListCommand.class, HardwareEmbodiedCommand.class})
public final class HardwareCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: add, list or embodied");
    }
}
