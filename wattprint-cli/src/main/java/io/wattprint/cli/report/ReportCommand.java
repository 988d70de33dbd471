package io.wattprint.cli.report;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code wattprint report}: reports built from the ledger. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Reports built from the ledger.",
        subcommands = {SummaryCommand.class, WeeklyCommand.class, Scope2ReportCommand.class, EsrsE1Command.class,
                AiActCommand.class, MethodologyCommand.class, MaturityCommand.class, LabelCommand.class})
public final class ReportCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a report is required: " + KINDS);
    }

    /** The report kinds, in the order of the subcommands. */
    static final String KINDS = "summary, weekly, scope2, esrs-e1, ai-act, methodology, maturity, label";
}
