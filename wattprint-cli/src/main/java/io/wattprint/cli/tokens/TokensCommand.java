package io.wattprint.cli.tokens;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code wattprint tokens}: the API tokens of wattprint serve. */
@Command(name = "tokens", mixinStandardHelpOptions = true,
        description = {
            "Create, list and revoke the API tokens of wattprint serve.",
            "Scopes: ingest (write only: agents, CodeCarbon trackers), read (the read API), admin (both).",
            "A token restricted to a team or project sees only that team's or project's runs."
        },
        subcommands = {TokensCreateCommand.class, TokensListCommand.class, TokensRevokeCommand.class})
public final class TokensCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: create, list or revoke");
    }
}
