-- wattprint ledger schema, version 4: contractual instruments and residual-mix factors for
-- market-based Scope 2 (GHG Protocol Scope 2 Guidance, 2015). Append-only like the rest:
-- an instrument is recorded once under its id (re-adding the same record changes nothing;
-- different values under a stored id are refused), a residual mix once per zone, year and
-- source; a newer residual mix for the same zone and year (another source text, e.g. a
-- corrected edition) is a new row and replaces the older one in calculations (highest seq).

CREATE TABLE instruments (
    id              TEXT NOT NULL PRIMARY KEY,
    type            TEXT NOT NULL,
    energy_j        DOUBLE PRECISION NOT NULL,
    vintage_from    TEXT NOT NULL,
    vintage_to      TEXT NOT NULL,
    zone            TEXT NOT NULL,
    market          TEXT NOT NULL,
    rate_g_per_kwh  DOUBLE PRECISION NOT NULL,
    retired_for     TEXT,
    registry        TEXT,
    recorded_at     TEXT NOT NULL
);

CREATE TABLE instrument_market_zones (
    instrument_id TEXT NOT NULL REFERENCES instruments (id),
    zone          TEXT NOT NULL,
    PRIMARY KEY (instrument_id, zone)
);

CREATE TABLE instrument_hours (
    instrument_id TEXT NOT NULL REFERENCES instruments (id),
    hour_ts       TEXT NOT NULL,
    energy_j      DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (instrument_id, hour_ts)
);

CREATE TABLE residual_mixes (
    zone         TEXT NOT NULL,
    data_year    INTEGER NOT NULL,
    source       TEXT NOT NULL,
    g_per_kwh    DOUBLE PRECISION NOT NULL,
    seq          INTEGER NOT NULL UNIQUE,
    recorded_at  TEXT NOT NULL,
    PRIMARY KEY (zone, data_year, source)
);
