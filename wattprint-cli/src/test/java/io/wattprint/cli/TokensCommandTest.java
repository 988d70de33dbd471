package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wattprint.cli.out.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wattprint tokens create, list and revoke. */
class TokensCommandTest {
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @TempDir
    Path home;

    private CliHarness cli() {
        CliHarness h = new CliHarness(home);
        h.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return h;
    }

    @Test
    void createPrintsTheSecretOnceOnStdoutAndTheLedgerHoldsOnlyItsHash() throws Exception {
        CliHarness h = cli();
        CliHarness.Result r = h.run("tokens", "create", "--scope", "ingest", "--team", "nlp", "--label", "ci runners");
        assertThat(r.code()).as(r.toString()).isZero();
        String secret = r.out().strip();
        assertThat(secret).matches("wp_[0-9a-f]{12}_[A-Za-z0-9_-]{43}");
        String id = secret.substring(3, 15);
        assertThat(r.err()).contains("token " + id + " created: scope ingest, team nlp, no expiry").contains("shown only this once");

        List<String> cells = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + h.ledgerFile());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM api_tokens")) {
            while (rs.next()) for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) cells.add(rs.getString(i));
        }
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        assertThat(cells).contains(hash, id, "ingest", "nlp", "ci runners");
        assertThat(String.join("|", cells.stream().map(String::valueOf).toList())).doesNotContain(secret.substring(16));
        assertThat(Files.readAllBytes(h.ledgerFile())).asString(StandardCharsets.ISO_8859_1).doesNotContain(secret.substring(16));
    }

    @Test
    void listNeverShowsASecretAndShowsStatus() {
        CliHarness h = cli();
        String secret = h.run("tokens", "create", "--scope", "read", "--project", "bert", "--expires", "90d").out().strip();
        String id = secret.substring(3, 15);
        CliHarness.Result list = h.run("tokens", "list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains(id).contains("read").contains("bert").contains("2027-03-07T12:00:00Z").contains("active")
                .doesNotContain(secret.substring(16));
        CliHarness.Result json = h.run("tokens", "list", "--json");
        assertThat(json.out()).doesNotContain(secret.substring(16)).doesNotContain("\"token\"");
    }

    @Test
    void listAsJsonHasOneObjectPerToken() throws Exception {
        CliHarness h = cli();
        h.run("tokens", "create", "--scope", "admin", "--expires", "2027-01-01");
        JsonNode a = Json.mapper().readTree(h.run("tokens", "list", "--json").out());
        assertThat(a).hasSize(1);
        JsonNode t = a.get(0);
        assertThat(t.get("scope").asText()).isEqualTo("admin");
        assertThat(t.get("expires_at").asText()).isEqualTo("2027-01-01T00:00:00Z");
        assertThat(t.get("created_at").asText()).isEqualTo("2026-12-07T12:00:00Z");
        assertThat(t.get("status").asText()).isEqualTo("active");
        assertThat(t.get("team").isNull()).isTrue();
    }

    @Test
    void expiresAcceptsWhatEveryTimeOptionAcceptsWithAgesCountedForward() throws Exception {
        // NOW is 2026-12-07T12:00:00Z: 12h and 2w ahead; the date-times in the forms the importers and --since read.
        String[][] cases = {{"12h", "2026-12-08T00:00:00Z"}, {"2w", "2026-12-21T12:00:00Z"}, {"90d", "2027-03-07T12:00:00Z"},
                {"2027-06-30 12:00:00 UTC", "2027-06-30T12:00:00Z"}, {"2027-06-30T14:00:00+02:00", "2027-06-30T12:00:00Z"},
                {"2027-06-30T12:00", "2027-06-30T12:00:00Z"}, {"2027-06-30", "2027-06-30T00:00:00Z"}};
        for (String[] c : cases) {
            JsonNode t = Json.mapper().readTree(cli().run("tokens", "create", "--scope", "read", "--expires", c[0], "--json").out());
            assertThat(t.get("expires_at").asText()).as(c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void createAsJsonCarriesTheSecretOnce() throws Exception {
        CliHarness h = cli();
        JsonNode t = Json.mapper().readTree(h.run("tokens", "create", "--scope", "read", "--json").out());
        assertThat(t.get("token").asText()).startsWith("wp_" + t.get("id").asText() + "_");
    }

    @Test
    void revokeMarksTheTokenRevokedAndASecondRevokeSaysSo() {
        CliHarness h = cli();
        String id = h.run("tokens", "create", "--scope", "read").out().strip().substring(3, 15);
        CliHarness.Result r = h.run("tokens", "revoke", id);
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("token " + id + " revoked\n");
        assertThat(h.run("tokens", "list").out()).contains("revoked");
        assertThat(h.run("tokens", "revoke", id).out()).isEqualTo("token " + id + " was already revoked at " + NOW + "\n");
    }

    @Test
    void anUnknownScopeIsAUsageError() {
        assertUsage(cli().run("tokens", "create", "--scope", "write"), "invalid value for --scope: 'write' (expected ingest, read or admin)");
    }

    @Test
    void aMissingScopeIsAUsageError() {
        CliHarness.Result r = cli().run("tokens", "create");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--scope");
    }

    @Test
    void badExpiriesAreUsageErrors() {
        assertUsage(cli().run("tokens", "create", "--scope", "read", "--expires", "soon"),
                "invalid value for --expires: 'soon' (expected a date like 2027-06-30, a date-time like 2027-06-30T12:00:00Z, "
                        + "or a time from now like 90d, 12h, 30m)");
        assertUsage(cli().run("tokens", "create", "--scope", "read", "--expires", "2027-01-01T25:00:00Z"),
                "invalid value for --expires: '2027-01-01T25:00:00Z' (expected a date like");
        assertUsage(cli().run("tokens", "create", "--scope", "read", "--expires", "0d"),
                "invalid value for --expires: '0d' (it is not in the future; now is 2026-12-07T12:00:00Z)");
        // 3651 days from 2026-12-07T12:00:00Z, as an age and as a date: the cap holds for both.
        assertUsage(cli().run("tokens", "create", "--scope", "read", "--expires", "3651d"),
                "invalid value for --expires: '3651d' (expected at most 3650 days from now, 2036-12-04T12:00:00Z");
        assertUsage(cli().run("tokens", "create", "--scope", "read", "--expires", "2040-01-01"),
                "invalid value for --expires: '2040-01-01' (expected at most 3650 days from now");
        assertUsage(cli().run("tokens", "create", "--scope", "read", "--expires", "2026-01-01"),
                "invalid value for --expires: '2026-01-01' (it is not in the future; now is 2026-12-07T12:00:00Z)");
        assertUsage(cli().run("tokens", "create", "--scope", "read", "--expires", "2026-13-01"), "invalid value for --expires: '2026-13-01'");
    }

    @Test
    void anEmptyTeamProjectOrLabelIsAUsageError() {
        assertUsage(cli().run("tokens", "create", "--scope", "read", "--team", " "), "invalid value for --team: ''");
        assertUsage(cli().run("tokens", "create", "--scope", "read", "--project", ""), "invalid value for --project: ''");
        assertUsage(cli().run("tokens", "create", "--scope", "read", "--label", " "), "invalid value for --label: ''");
    }

    @Test
    void revokingAnUnknownIdIsNotFound() {
        CliHarness h = cli();
        h.run("tokens", "create", "--scope", "read");
        assertUsage(h.run("tokens", "revoke", "ffffffffffff"), "no token 'ffffffffffff' in sqlite");
        assertUsage(new CliHarness(home.resolve("empty")).run("tokens", "revoke", "abc"), "no token 'abc': there is no ledger at");
    }

    @Test
    void listOnAMissingLedgerSaysThereAreNone() {
        CliHarness.Result r = cli().run("tokens", "list");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("no tokens in ");
    }

    @Test
    void tokensWithoutASubcommandIsAUsageError() {
        CliHarness.Result r = cli().run("tokens");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("a subcommand is required: create, list or revoke");
    }

    private static void assertUsage(CliHarness.Result r, String message) {
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).as(r.toString()).contains("wattprint: " + message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }
}
