-- wattprint ledger schema, version 6: allocation rules and hardware records (embodied carbon).
-- Append-only like the rest. A changed rule is a new version of its name; a changed hardware
-- record is a new seq of its id. Saving what is already the latest version changes nothing.

CREATE TABLE allocation_rules (
    name        TEXT NOT NULL,
    version     INTEGER NOT NULL,
    basis       TEXT NOT NULL,
    tag_key     TEXT,
    measure     TEXT NOT NULL,
    idle_policy TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (name, version)
);

-- id: the host name runs are stored with (runs.host), or an asset tag. A record applies to runs
-- that start at or after valid_from; for one id and valid_from the highest seq is current.
CREATE TABLE hardware_records (
    id              TEXT NOT NULL,
    seq             INTEGER NOT NULL,
    valid_from      TEXT NOT NULL,
    model           TEXT NOT NULL,
    embodied_kg     DOUBLE PRECISION NOT NULL,
    source          TEXT NOT NULL,
    lifetime_years  DOUBLE PRECISION NOT NULL,
    total_resources INTEGER NOT NULL,
    resource_unit   TEXT NOT NULL,
    recorded_at     TEXT NOT NULL,
    PRIMARY KEY (id, seq)
);

CREATE INDEX hardware_records_valid_idx ON hardware_records (id, valid_from);
