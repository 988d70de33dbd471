package io.wattprint.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every ledger database must do with the server's API tokens. */
abstract class TokenRepositoryContract {
    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    protected Ledger ledger;
    protected TokenRepository tokens;

    protected abstract String freshLedgerSpec() throws Exception;

    @BeforeEach
    void openLedger() throws Exception {
        ledger = Ledger.open(freshLedgerSpec());
        tokens = ledger.tokens();
    }

    @AfterEach
    void closeLedger() {
        if (ledger != null) ledger.close();
    }

    @Test
    void aCreatedTokenHasTheWpIdSecretShapeAndAuthenticates() {
        TokenRepository.Issued issued = tokens.create(ApiToken.Scope.INGEST, "nlp", "bert", "ci", T, null);
        assertThat(issued.secret()).matches("wp_[0-9a-f]{12}_[A-Za-z0-9_-]{43}");
        assertThat(issued.secret()).startsWith("wp_" + issued.token().id() + "_");
        ApiToken found = tokens.authenticate(issued.secret()).orElseThrow();
        assertThat(found).isEqualTo(new ApiToken(issued.token().id(), ApiToken.Scope.INGEST, "nlp", "bert", "ci", T, null, null));
    }

    @Test
    void theLedgerHoldsOnlyTheSha256OfTheToken() throws Exception {
        TokenRepository.Issued issued = tokens.create(ApiToken.Scope.READ, null, null, null, T, null);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(issued.secret().getBytes(StandardCharsets.UTF_8)));
        List<String> cells = new ArrayList<>();
        try (Statement st = ledger.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM api_tokens")) {
            while (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) cells.add(rs.getString(i));
            }
        }
        assertThat(cells).contains(expected);
        String secretPart = issued.secret().substring(issued.secret().lastIndexOf('_') + 1);
        assertThat(cells).allSatisfy(cell -> {
            if (cell != null) assertThat(cell).doesNotContain(secretPart);
        });
    }

    @Test
    void aTokenWithOneCharacterChangedDoesNotAuthenticate() {
        String secret = tokens.create(ApiToken.Scope.ADMIN, null, null, null, T, null).secret();
        char last = secret.charAt(secret.length() - 1);
        String changed = secret.substring(0, secret.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThat(tokens.authenticate(changed)).isEmpty();
        assertThat(tokens.authenticate("wp_000000000000_" + secret.substring(17))).isEmpty();
        assertThat(tokens.authenticate("not a token")).isEmpty();
        assertThat(tokens.authenticate(null)).isEmpty();
    }

    @Test
    void revokingSetsTheDateOnceAndUnknownIdsAreReported() {
        TokenRepository.Issued issued = tokens.create(ApiToken.Scope.READ, null, null, null, T, null);
        assertThat(tokens.revoke(issued.token().id(), T.plusSeconds(60))).isTrue();
        assertThat(tokens.revoke(issued.token().id(), T.plusSeconds(120))).isTrue();
        ApiToken revoked = tokens.find(issued.token().id()).orElseThrow();
        assertThat(revoked.revokedAt()).isEqualTo(T.plusSeconds(60));
        assertThat(revoked.status(T.plusSeconds(300))).isEqualTo("revoked");
        assertThat(tokens.authenticate(issued.secret()).orElseThrow().isUsable(T.plusSeconds(300))).isFalse();
        assertThat(tokens.revoke("ffffffffffff", T)).isFalse();
    }

    @Test
    void anExpiredTokenIsNotUsableFromItsExpiry() {
        ApiToken t = tokens.create(ApiToken.Scope.READ, null, null, null, T, T.plusSeconds(3600)).token();
        assertThat(t.isUsable(T.plusSeconds(3599))).isTrue();
        assertThat(t.status(T.plusSeconds(3600))).isEqualTo("expired");
    }

    @Test
    void listShowsEveryTokenOldestFirst() {
        String a = tokens.create(ApiToken.Scope.READ, null, null, "a", T, null).token().id();
        String b = tokens.create(ApiToken.Scope.INGEST, "nlp", null, "b", T.plusSeconds(1), null).token().id();
        tokens.revoke(a, T.plusSeconds(2));
        assertThat(tokens.list()).extracting(ApiToken::id).containsExactly(a, b);
        assertThat(tokens.list().get(0).revokedAt()).isEqualTo(T.plusSeconds(2));
    }

    @Test
    void pingAnswersOnAnOpenLedger() {
        ledger.ping();
    }
}
