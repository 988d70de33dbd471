-- Imports (wattprint ingest): one row per file imported, written once when the file is done,
-- and the rows it quarantined. Append-only like the rest of the ledger.

CREATE TABLE imports (
    id                 TEXT NOT NULL PRIMARY KEY,
    kind               TEXT NOT NULL,
    file               TEXT NOT NULL,
    content_sha256     TEXT NOT NULL,
    size_bytes         BIGINT NOT NULL,
    started_at         TEXT NOT NULL,
    finished_at        TEXT NOT NULL,
    rows_imported      BIGINT NOT NULL,
    skipped_duplicates BIGINT NOT NULL,
    quarantined        BIGINT NOT NULL,
    status             TEXT NOT NULL
);

CREATE INDEX imports_content_idx ON imports (kind, content_sha256);

CREATE TABLE quarantine (
    import_id TEXT NOT NULL REFERENCES imports (id),
    ordinal   BIGINT NOT NULL,
    file      TEXT NOT NULL,
    line      BIGINT NOT NULL,
    field     TEXT,
    reason    TEXT NOT NULL,
    raw       TEXT,
    PRIMARY KEY (import_id, ordinal)
);
