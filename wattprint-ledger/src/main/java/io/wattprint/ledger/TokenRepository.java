package io.wattprint.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API tokens of the server (table {@code api_tokens}, V16). A token is the text {@code wp_<id>_<secret>}: a public id
 * of 12 hex digits and a secret of 256 random bits in base64url; it is returned once, by {@link #create}. The ledger
 * stores the SHA-256 of the whole text, never the text, and {@link #authenticate} compares hashes in constant time
 * ({@link MessageDigest#isEqual}). Tokens are never deleted: {@link #revoke} sets {@code revoked_at} once.
 */
public final class TokenRepository {
    /** {@code wp_} + 12 hex digits + {@code _} + 43 base64url characters (32 bytes, no padding). */
    private static final Pattern TOKEN = Pattern.compile("wp_([0-9a-f]{12})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Connection c;
    private final String ledger;

    TokenRepository(Connection connection, String ledger) {
        this.c = connection;
        this.ledger = ledger;
    }

    /** A token just created: its record, and the secret text, which nothing can show again. */
    public record Issued(ApiToken token, String secret) {
        @Override
        public String toString() { return "Issued[" + token.id() + "]"; }   // never the secret in a log
    }

    /**
     * Creates a token.
     *
     * @param team      restriction to one team, or null
     * @param project   restriction to one project, or null
     * @param expiresAt null for a token that does not expire
     */
    public Issued create(ApiToken.Scope scope, String team, String project, String label, Instant createdAt, Instant expiresAt) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(createdAt, "createdAt");
        byte[] idBytes = new byte[6];
        byte[] secretBytes = new byte[32];
        RANDOM.nextBytes(idBytes);
        RANDOM.nextBytes(secretBytes);
        String id = HexFormat.of().formatHex(idBytes);
        String text = "wp_" + id + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        ApiToken t = new ApiToken(id, scope, blankToNull(team), blankToNull(project), blankToNull(label),
                Timestamps.truncate(createdAt), expiresAt == null ? null : Timestamps.truncate(expiresAt), null);
        synchronized (c) {
            Sql.transaction(c, ledger, "store token " + id, c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO api_tokens (id, secret_hash, scope, team, project, label, "
                        + "created_at, expires_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)")) {
                    ps.setString(1, id);
                    ps.setString(2, HexFormat.of().formatHex(sha256(text)));
                    ps.setString(3, scope.label());
                    Sql.setText(ps, 4, t.team());
                    Sql.setText(ps, 5, t.project());
                    Sql.setText(ps, 6, t.label());
                    ps.setString(7, Timestamps.format(t.createdAt()));
                    Sql.setText(ps, 8, t.expiresAt() == null ? null : Timestamps.format(t.expiresAt()));
                    ps.executeUpdate();
                }
                return null;
            });
        }
        return new Issued(t, text);
    }

    /** Every token, oldest first; revoked and expired ones included (their status says so). */
    public List<ApiToken> list() {
        synchronized (c) {
            return Sql.read(c, ledger, "list tokens", c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM api_tokens ORDER BY created_at, id");
                     ResultSet rs = ps.executeQuery()) {
                    List<ApiToken> out = new ArrayList<>();
                    while (rs.next()) out.add(row(rs));
                    return out;
                }
            });
        }
    }

    /** The token with this id, revoked or not. */
    public Optional<ApiToken> find(String id) {
        synchronized (c) {
            return Sql.read(c, ledger, "look up token " + id, c -> lookUp(c, id).map(h -> h.token));
        }
    }

    /**
     * Revokes a token: from {@code at} on it authenticates nothing.
     *
     * @return false when no token has this id; true when it is revoked now or was already (the first date stays)
     */
    public boolean revoke(String id, Instant at) {
        synchronized (c) {
            return Sql.transaction(c, ledger, "revoke token " + id, c -> {
                if (lookUp(c, id).isEmpty()) return false;
                try (PreparedStatement ps = c.prepareStatement("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
                    ps.setString(1, Timestamps.format(Timestamps.truncate(at)));
                    ps.setString(2, id);
                    ps.executeUpdate();
                }
                return true;
            });
        }
    }

    /**
     * The token a client presented, when its text is well formed and its hash is the one stored for its id. It is
     * returned revoked or expired as it is: the caller decides (the server answers 401 either way).
     */
    public Optional<ApiToken> authenticate(String presented) {
        if (presented == null) return Optional.empty();
        Matcher m = TOKEN.matcher(presented);
        if (!m.matches()) return Optional.empty();
        byte[] hash = sha256(presented);
        synchronized (c) {
            return Sql.read(c, ledger, "check a token", c -> lookUp(c, m.group(1))
                    .filter(h -> MessageDigest.isEqual(HexFormat.of().parseHex(h.hash), hash))
                    .map(h -> h.token));
        }
    }

    private record Hashed(ApiToken token, String hash) {}

    private static Optional<Hashed> lookUp(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM api_tokens WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Hashed(row(rs), rs.getString("secret_hash"))) : Optional.empty();
            }
        }
    }

    private static ApiToken row(ResultSet rs) throws SQLException {
        String expires = rs.getString("expires_at");
        String revoked = rs.getString("revoked_at");
        ApiToken.Scope scope = ApiToken.Scope.parse(rs.getString("scope"));
        if (scope == null) throw new SQLException("token " + rs.getString("id") + " has an unknown scope '" + rs.getString("scope") + "'");
        return new ApiToken(rs.getString("id"), scope, rs.getString("team"), rs.getString("project"), rs.getString("label"),
                Timestamps.parse(rs.getString("created_at")), expires == null ? null : Timestamps.parse(expires),
                revoked == null ? null : Timestamps.parse(revoked));
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s; }
}
