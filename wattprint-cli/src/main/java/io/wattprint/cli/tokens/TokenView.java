package io.wattprint.cli.tokens;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.wattprint.ledger.ApiToken;
import java.time.Instant;

/**
 * A token as {@code wattprint tokens list --json} and {@code create --json} print it. {@code token} (the secret) is
 * set only in the answer of {@code create}, the one time it can be shown.
 */
record TokenView(String id, String scope, String team, String project, String label, String createdAt, String expiresAt,
                 String revokedAt, String status, @JsonInclude(JsonInclude.Include.NON_NULL) String token) {
    static TokenView of(ApiToken t, Instant now, String secret) {
        return new TokenView(t.id(), t.scope().label(), t.team(), t.project(), t.label(), t.createdAt().toString(),
                t.expiresAt() == null ? null : t.expiresAt().toString(), t.revokedAt() == null ? null : t.revokedAt().toString(),
                t.status(now), secret);
    }
}
