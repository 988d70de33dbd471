package io.wattprint.cli.tokens;

import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.out.Json;
import io.wattprint.cli.out.Table;
import io.wattprint.ledger.ApiToken;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code wattprint tokens list}: every token with its scope, restriction and status; never a secret. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the API tokens (ids, scopes, restrictions, status); secrets are never shown again.")
public final class TokensListCommand implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--json", description = "Print a JSON array of tokens.")
    boolean json;
    @Mixin
    LedgerOption ledgerOption;

    TokensListCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        List<ApiToken> tokens = cli.fromExistingLedger(ledgerOption.db, ledger -> ledger.tokens().list(), List::of);
        Instant now = cli.clock().instant();
        if (json) {
            Json.print(cli.out(), tokens.stream().map(t -> TokenView.of(t, now, null)).toList());
            return 0;
        }
        if (tokens.isEmpty()) {
            cli.out().println("no tokens in " + cli.ledgerSpec(ledgerOption.db) + " (wattprint tokens create --scope ingest|read|admin)");
            cli.out().flush();
            return 0;
        }
        Table t = new Table("ID", "SCOPE", "TEAM", "PROJECT", "LABEL", "CREATED", "EXPIRES", "STATUS");
        for (ApiToken k : tokens) {
            t.row(k.id(), k.scope().label(), dash(k.team()), dash(k.project()), dash(k.label()), k.createdAt().toString(),
                    k.expiresAt() == null ? "never" : k.expiresAt().toString(), k.status(now));
        }
        t.print(cli.out());
        return 0;
    }

    private static String dash(String s) { return s == null ? "-" : s; }
}
