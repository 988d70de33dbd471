package io.wattprint.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * A server API token as the ledger keeps it: its public id, scope, optional team and project restriction, label and
 * dates. The secret is not here: the ledger holds only its hash (see {@link TokenRepository}).
 *
 * @param team      the only team whose data the token may read or write; null: every team
 * @param project   the only project whose data the token may read or write; null: every project
 * @param expiresAt null: never expires
 * @param revokedAt null: not revoked
 */
public record ApiToken(String id, Scope scope, String team, String project, String label, Instant createdAt,
                       Instant expiresAt, Instant revokedAt) {
    public ApiToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** What a token may do: {@code ingest} only writes, {@code read} only reads, {@code admin} both. */
    public enum Scope {
        INGEST, READ, ADMIN;

        /** The name users type and see: {@code ingest}, {@code read}, {@code admin}. */
        public String label() { return name().toLowerCase(java.util.Locale.ROOT); }

        /** The scope named {@code text} (any case), or null when it names none. */
        public static Scope parse(String text) {
            for (Scope s : values()) if (s.label().equalsIgnoreCase(text)) return s;
            return null;
        }
    }

    /** {@code active}, {@code revoked} or {@code expired} at {@code now}. */
    public String status(Instant now) {
        if (revokedAt != null) return "revoked";
        if (expiresAt != null && !now.isBefore(expiresAt)) return "expired";
        return "active";
    }

    /** True when the token may be used at {@code now}: not revoked and not expired. */
    public boolean isUsable(Instant now) { return "active".equals(status(now)); }
}
