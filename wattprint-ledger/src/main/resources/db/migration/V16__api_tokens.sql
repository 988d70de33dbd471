-- API tokens of the server (wattprint serve; wattprint tokens create|list|revoke). A token is shown to its
-- owner once, as wp_<id>_<secret>; the ledger keeps only the SHA-256 of that text (hex), so a copy of the
-- ledger gives no usable token. scope: ingest (write only), read, admin. team and project, when set,
-- restrict what the token sees and writes. A token is revoked by setting revoked_at once; rows are never
-- deleted, so the access log's token ids stay explainable.

CREATE TABLE api_tokens (
    id          TEXT NOT NULL PRIMARY KEY,
    secret_hash TEXT NOT NULL,
    scope       TEXT NOT NULL,
    team        TEXT,
    project     TEXT,
    label       TEXT,
    created_at  TEXT NOT NULL,
    expires_at  TEXT,
    revoked_at  TEXT
);
