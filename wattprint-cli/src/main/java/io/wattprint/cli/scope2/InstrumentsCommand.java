package io.wattprint.cli.scope2;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code wattprint instruments}: contractual instruments and residual mixes for market-based Scope 2. */
@Command(name = "instruments", mixinStandardHelpOptions = true,
        description = {
            "Record contractual instruments (GOs, RECs, I-RECs, PPAs, supplier rates) and residual-mix factors, "
                    + "the inputs of market-based Scope 2 (wattprint scope2).",
            "Records are append-only: adding the same record again changes nothing; other values under a "
                    + "recorded id are refused."
        },
        subcommands = {InstrumentsAddCommand.class, InstrumentsListCommand.class, ResidualMixCommand.class})
public final class InstrumentsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: add, list or residual-mix");
    }
}
