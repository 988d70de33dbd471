-- Issue 17 (CodeCarbon-compatible API): the projects and experiments CodeCarbon's API client creates and reads
-- (codecarbon/core/schemas.py: ProjectCreate, ExperimentCreate), and the emission deltas its trackers POST, each
-- keyed by its run and its timestamp so that a retried request is stored once. A delta's energy is also stored as
-- intervals of the run (intervals); the figures here are CodeCarbon's as sent (decimal text, exact), kept beside ours.
-- rid: the run's surrogate (runs.rid), as intervals are keyed. team: the team of the token that created the row, NULL when it had no team restriction.
CREATE TABLE codecarbon_projects (
    id              TEXT NOT NULL PRIMARY KEY,
    name            TEXT NOT NULL,
    description     TEXT,
    organization_id TEXT,
    team            TEXT,
    created_at      TEXT NOT NULL
);

CREATE TABLE codecarbon_experiments (
    id               TEXT NOT NULL PRIMARY KEY,
    project_id       TEXT NOT NULL REFERENCES codecarbon_projects (id),
    name             TEXT NOT NULL,
    description      TEXT,
    experiment_ts    TEXT,
    on_cloud         INTEGER NOT NULL,
    country_name     TEXT,
    country_iso_code TEXT,
    region           TEXT,
    cloud_provider   TEXT,
    cloud_region     TEXT,
    team             TEXT,
    created_at       TEXT NOT NULL
);

CREATE INDEX codecarbon_experiments_project ON codecarbon_experiments (project_id);

CREATE TABLE codecarbon_deltas (
    rid                 BIGINT NOT NULL,
    ts_us               BIGINT NOT NULL,
    id                  TEXT NOT NULL UNIQUE,
    body_sha256         TEXT NOT NULL,
    duration_s          BIGINT NOT NULL,
    cpu_energy_kwh      TEXT NOT NULL,
    gpu_energy_kwh      TEXT NOT NULL,
    ram_energy_kwh      TEXT NOT NULL,
    energy_consumed_kwh TEXT NOT NULL,
    emissions_sum_kg    TEXT NOT NULL,
    received_at         TEXT NOT NULL,
    PRIMARY KEY (rid, ts_us)
);
