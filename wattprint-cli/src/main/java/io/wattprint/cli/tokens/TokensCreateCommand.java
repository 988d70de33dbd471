package io.wattprint.cli.tokens;

import io.wattprint.cli.Cli;
import io.wattprint.cli.LedgerOption;
import io.wattprint.cli.UserException;
import io.wattprint.cli.out.Json;
import io.wattprint.ledger.ApiToken;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.TokenRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern DAYS = Pattern.compile("(\\d{1,5})d");
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
    @Option(names = "--expires", paramLabel = "Nd|DATE",
            description = "Expiry: a number of days (90d) or a UTC date (2027-06-30, expires at its start) or instant "
                    + "(2027-06-30T12:00:00Z). Default: never.")
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
        Instant expiry = expires == null ? null : parseExpiry(expires, now);
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

    /** {@code 90d}, a date (its start, UTC) or an instant; it must be later than {@code now}. */
    static Instant parseExpiry(String text, Instant now) {
        String t = text.strip();
        Instant at;
        Matcher m = DAYS.matcher(t);
        if (m.matches()) {
            int days = Integer.parseInt(m.group(1));
            if (days < 1 || days > MAX_DAYS) {
                throw UserException.usage("invalid value for --expires: '" + text + "' (days must be between 1 and " + MAX_DAYS + ")");
            }
            at = now.plus(java.time.Duration.ofDays(days));
        } else {
            try {
                at = t.length() == 10 ? LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(t);
            } catch (DateTimeParseException e) {
                throw UserException.usage("invalid value for --expires: '" + text + "' (expected a number of days such as 90d, "
                        + "a date such as 2027-06-30 or an instant such as 2027-06-30T12:00:00Z)");
            }
        }
        if (!at.isAfter(now)) {
            throw UserException.usage("invalid value for --expires: '" + text + "' (it is not in the future; now is " + now + ")");
        }
        return at;
    }

    private static void nonBlank(String option, String value) {
        if (value != null && value.isBlank()) throw UserException.usage("invalid value for " + option + ": '' (leave the option out instead)");
    }

    private static String strip(String s) { return s == null ? null : s.strip(); }
}
