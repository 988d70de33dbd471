-- wattprint ledger schema, version 1.
-- Portable SQL: the same text runs on SQLite and PostgreSQL. Append-only: runs,
-- intervals and footprints are never updated or deleted; a run's outcome is a row of
-- its own, written once, and a recomputed footprint is a new version (seq + 1).
-- Timestamps are ISO-8601 UTC text of fixed width (2026-11-23T10:00:00.000000Z), so
-- text order is time order on both databases.

CREATE TABLE runs (
    id              TEXT NOT NULL PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    workload        TEXT NOT NULL,
    project         TEXT,
    team            TEXT,
    model           TEXT,
    model_version   TEXT,
    phase           TEXT,
    host            TEXT,
    zone            TEXT,
    cloud_region    TEXT,
    facility        TEXT,
    start_ts        TEXT NOT NULL,
    command         TEXT
);

CREATE INDEX runs_start_idx ON runs (start_ts);
CREATE INDEX runs_project_start_idx ON runs (project, start_ts);

CREATE TABLE run_tags (
    run_id TEXT NOT NULL REFERENCES runs (id),
    tag    TEXT NOT NULL,
    value  TEXT NOT NULL,
    PRIMARY KEY (run_id, tag)
);

CREATE TABLE run_outcomes (
    run_id    TEXT NOT NULL PRIMARY KEY REFERENCES runs (id),
    end_ts    TEXT NOT NULL,
    status    TEXT NOT NULL,
    exit_code INTEGER
);

CREATE TABLE intervals (
    run_id            TEXT NOT NULL REFERENCES runs (id),
    component         TEXT NOT NULL,
    start_ts          TEXT NOT NULL,
    end_ts            TEXT NOT NULL,
    energy_j          DOUBLE PRECISION NOT NULL,
    provenance_kind   TEXT NOT NULL,
    provenance_method TEXT NOT NULL,
    UNIQUE (run_id, component, start_ts)
);

CREATE TABLE footprints (
    run_id            TEXT NOT NULL REFERENCES runs (id),
    seq               INTEGER NOT NULL,
    computed_at       TEXT NOT NULL,
    it_energy_j       DOUBLE PRECISION NOT NULL,
    facility_energy_j DOUBLE PRECISION NOT NULL,
    pue               DOUBLE PRECISION NOT NULL,
    pue_basis         TEXT NOT NULL,
    co2e_g            DOUBLE PRECISION,
    factor_zone       TEXT,
    factor_g_per_kwh  DOUBLE PRECISION,
    factor_year       INTEGER,
    factor_source     TEXT,
    factor_dataset    TEXT,
    dataset           TEXT,
    measured_share    DOUBLE PRECISION NOT NULL,
    explanation       TEXT NOT NULL,
    PRIMARY KEY (run_id, seq)
);

CREATE TABLE footprint_components (
    run_id            TEXT NOT NULL,
    seq               INTEGER NOT NULL,
    ordinal           INTEGER NOT NULL,
    component         TEXT NOT NULL,
    provenance_kind   TEXT NOT NULL,
    provenance_method TEXT NOT NULL,
    energy_j          DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (run_id, seq, ordinal),
    FOREIGN KEY (run_id, seq) REFERENCES footprints (run_id, seq)
);
