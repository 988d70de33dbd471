package io.wattprint.server;

import io.wattprint.ledger.ApiToken;

/**
 * What a route asks of the caller's token. {@code ingest} tokens only write (the ingest routes), {@code read} tokens
 * only read, {@code admin} tokens do both and the admin routes.
 */
public enum Need {
    /** No token: health, readiness, metrics. */
    NONE,
    /** A {@code read} or {@code admin} token: the GET routes of the API. */
    READ,
    /** An {@code ingest} or {@code admin} token: the routes that store what agents and trackers send. */
    INGEST,
    /** An {@code admin} token only. */
    ADMIN;

    /** True when a token of this scope may call a route of this need. */
    public boolean allows(ApiToken.Scope scope) {
        return switch (this) {
            case NONE -> true;
            case READ -> scope == ApiToken.Scope.READ || scope == ApiToken.Scope.ADMIN;
            case INGEST -> scope == ApiToken.Scope.INGEST || scope == ApiToken.Scope.ADMIN;
            case ADMIN -> scope == ApiToken.Scope.ADMIN;
        };
    }

    /** The scopes that may call a route of this need, for error messages: {@code read or admin}. */
    String scopes() {
        return switch (this) {
            case NONE -> "none";
            case READ -> "read or admin";
            case INGEST -> "ingest or admin";
            case ADMIN -> "admin";
        };
    }
}
