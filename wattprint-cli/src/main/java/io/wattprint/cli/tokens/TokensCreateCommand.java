package io.wattprint.cli.tokens;

import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.TimeArg;
import io.wattprint.cli.UserException;
import io.wattprint.cli.out.Json;
import io.wattprint.ledger.ApiToken;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.TokenRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code wattprint tokens create}: a new token. Its text goes to stdout alone (so {@code TOKEN=$(wattprint tokens
 * create …)} works); what it is and the warning that it is shown once go to stderr.
 */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Create an API token and print it once (the ledger keeps only its SHA-256 hash).")
public final class TokensCreateCommand implements Callable<Integer> {
    /** Ten years: a longer-lived token is a token nobody remembers to rotate. */
    private static final int MAX_DAYS = 3650;

    private final Cli cli;

    @Option(names = "--scope", required = true, paramLabel = "ingest|read|admin",
            description = "ingest: write only (agents, CodeCarbon trackers); read: the read API; admin: both.")
    String scope;
    @Option(names = "--team", paramLabel = "TEAM", description = "Restrict the token to this team's runs.")
    String team;
    @Option(names = "--project", paramLabel = "PROJECT", description = "Restrict the token to this project's runs.")
    String project;
    @Option(names = "--expires", paramLabel = "AGE|DATE",
            description = "Expiry: a time from now (90d, 12h, 2w), a UTC date (2027-06-30, expires at its start) or a "
                    + "date-time (2027-06-30T12:00:00Z; without an offset UTC), at most " + MAX_DAYS + " days ahead. "
                    + "Default: never.")
    String expires;
    @Option(names = "--label", paramLabel = "TEXT", description = "What the token is for (shown by tokens list).")
    String label;
    @Option(names = "--json", description = "Print the token as a JSON object (with the secret in \"token\").")
    boolean json;
    @Mixin
    LedgerOption ledgerOption;

    TokensCreateCommand(Cli cli) { this.cli = cli; }

    @Override
    public Integer call() {
        ApiToken.Scope s = ApiToken.Scope.parse(scope.strip());
        if (s == null) throw UserException.usage("invalid value for --scope: '" + scope + "' (expected ingest, read or admin)");
        nonBlank("--team", team);
        nonBlank("--project", project);
        nonBlank("--label", label);
        Instant now = cli.clock().instant();
        Instant expiry = expires == null ? null : parseExpiry(expires, Clock.fixed(now, ZoneOffset.UTC));
        TokenRepository.Issued issued;
        try (Ledger ledger = cli.openLedger(ledgerOption.db)) {
            issued = ledger.tokens().create(s, strip(team), strip(project), strip(label), now, expiry);
        }
        ApiToken t = issued.token();
        if (json) {
            Json.print(cli.out(), TokenView.of(t, now, issued.secret()));
        } else {
            cli.out().println(issued.secret());
            cli.out().flush();
        }
        cli.err().println("wattprint: token " + t.id() + " created: scope " + t.scope().label()
                + (t.team() == null ? "" : ", team " + t.team()) + (t.project() == null ? "" : ", project " + t.project())
                + (t.expiresAt() == null ? ", no expiry" : ", expires " + t.expiresAt()));
        cli.err().println("wattprint: keep the token now: it is shown only this once (the ledger stores only its hash)");
        cli.err().flush();
        return 0;
    }

    /**
     * A time as every time option reads it ({@link TimeArg#ahead}: an age counts forward, {@code 90d}); it must be later
     * than now and at most {@value #MAX_DAYS} days ahead, whether written as an age or as a date.
     */
    static Instant parseExpiry(String text, Clock clock) {
        Instant now = clock.instant();
        Instant at = TimeArg.ahead("--expires", text, clock);
        if (!at.isAfter(now)) {
            throw UserException.usage("invalid value for --expires: '" + text + "' (it is not in the future; now is " + now + ")");
        }
        if (at.isAfter(now.plus(Duration.ofDays(MAX_DAYS)))) {
            throw UserException.usage("invalid value for --expires: '" + text + "' (expected at most " + MAX_DAYS
                    + " days from now, " + now.plus(Duration.ofDays(MAX_DAYS)) + ": a token that lives longer is one nobody "
                    + "remembers to rotate)");
        }
        return at;
    }

    private static void nonBlank(String option, String value) {
        if (value != null && value.isBlank()) throw UserException.usage("invalid value for " + option + ": '' (leave the option out instead)");
    }

    private static String strip(String s) { return s == null ? null : s.strip(); }
}
