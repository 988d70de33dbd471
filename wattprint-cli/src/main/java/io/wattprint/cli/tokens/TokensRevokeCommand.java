package io.wattprint.cli.tokens;

import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.UserException;
import io.wattprint.ledger.ApiToken;
import io.wattprint.ledger.Ledger;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code wattprint tokens revoke ID}: the token authenticates nothing from now on; its row stays. */
@Command(name = "revoke", mixinStandardHelpOptions = true,
        description = "Revoke an API token: from now on the server answers 401 to it. The first revocation date is kept.")
public final class TokensRevokeCommand implements Callable<Integer> {
    private final Cli cli;

    @Parameters(paramLabel = "ID", description = "The token's id (wattprint tokens list shows them; the 12 hex digits after wp_).")
    String id;
    @Mixin
    LedgerOption ledgerOption;

    TokensRevokeCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        String key = id.strip();
        Ledger opened = cli.openExistingLedger(ledgerOption.db).orElseThrow(() -> UserException.notFound(
                "no token '" + id + "': there is no ledger at " + cli.ledgerSpec(ledgerOption.db) + " yet"));
        try (Ledger ledger = opened) {
            ApiToken before = ledger.tokens().find(key).orElseThrow(() -> UserException.notFound(
                    "no token '" + id + "' in " + ledger.describe() + " (wattprint tokens list shows the ids)"));
            if (before.revokedAt() != null) {
                cli.out().println("token " + key + " was already revoked at " + before.revokedAt());
            } else {
                ledger.tokens().revoke(key, cli.clock().instant());
                cli.out().println("token " + key + " revoked");
            }
            cli.out().flush();
            return 0;
        }
    }
}
