package io.wattprint.cli.report;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code wattprint report}: reports built from the ledger. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Reports built from the ledger.",
        subcommands = {SummaryCommand.class, AiActCommand.class, LabelCommand.class})
public final class ReportCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a report is required: summary, ai-act, label");
    }
}
