-- wattprint ledger schema, version 8: emissions cloud providers report for their customers
-- (wattprint ingest aws-carbon, gcp-carbon, azure-carbon; docs/METHODOLOGY.md §11.3). Append-only:
-- a figure is identified by its natural key (figure_key: provider, payer account, account, project,
-- service, region, period, scope and method) and the provider's model_version. Re-importing the same
-- figure stores nothing; a different figure for the same key and model (an updated export) is stored
-- with the next seq and supersedes the earlier one; the rows it supersedes stay as history.
-- Of the model versions present for a group (the key without scope and method), reads use the newest
-- only: providers deliver two models side by side after a change, and both cover the same emissions.

CREATE TABLE cloud_emissions (
    figure_key    TEXT NOT NULL,
    model_version TEXT NOT NULL,
    seq           INTEGER NOT NULL,
    group_key     TEXT NOT NULL,
    provider      TEXT NOT NULL,
    payer_account TEXT,
    account       TEXT,
    project       TEXT,
    service       TEXT,
    region        TEXT,
    location      TEXT,
    period_start  TEXT NOT NULL,
    period_end    TEXT NOT NULL,
    -- 1, 2 or 3; NULL: a total the provider does not split by scope (AWS before model v3.0.0).
    scope         INTEGER,
    -- location or market; NULL where the provider gives one figure for both (Scope 1).
    method        TEXT,
    co2e_g        DOUBLE PRECISION NOT NULL,
    source_kind   TEXT NOT NULL,
    import_id     TEXT NOT NULL,
    recorded_at   TEXT NOT NULL,
    PRIMARY KEY (figure_key, model_version, seq)
);

CREATE INDEX cloud_emissions_period_idx ON cloud_emissions (period_start);
