package io.wattprint.cli.runs;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code wattprint runs}: the runs stored in the ledger. */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "List, inspect, tag, recompute and export the runs stored in the ledger.",
        subcommands = {RunsListCommand.class, RunsShowCommand.class, RunsTagCommand.class, RunsRecomputeCommand.class,
            RunsExportCommand.class})
public final class RunsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: list, show, tag, recompute or export");
    }
}
