-- wattprint ledger schema, version 5: facilities, their PUE per period and their meter
-- readings (docs/METHODOLOGY.md §2 and §9). Append-only like the rest: a correction is a new
-- row with the next seq for the same natural key, and the latest seq is what counts; re-adding
-- a record equal to the latest one for its key stores nothing. Periods are [from_ts, to_ts) in
-- the ledger's fixed-width UTC text.

-- A facility by name; its zone is the grid zone its runs draw from.
CREATE TABLE facilities (
    name        TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    zone        TEXT NOT NULL,
    description TEXT,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (name, seq)
);

-- PUE (ISO/IEC 30134-2) of a facility over a period; natural key (facility, from_ts, to_ts).
-- basis: measured (with category 1 UPS output, 2 PDU output, 3 IT equipment input) or declared.
CREATE TABLE facility_pue (
    facility    TEXT NOT NULL,
    from_ts     TEXT NOT NULL,
    to_ts       TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    pue         DOUBLE PRECISION NOT NULL,
    basis       TEXT NOT NULL,
    category    INTEGER,
    source      TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (facility, from_ts, to_ts, seq)
);

-- Energy a facility meter recorded over a period; natural key (facility, kind, from_ts, to_ts).
-- kind: utility-bill, interval-meter, bms (facility boundary) or pdu (IT boundary).
CREATE TABLE facility_meter_readings (
    facility    TEXT NOT NULL,
    kind        TEXT NOT NULL,
    from_ts     TEXT NOT NULL,
    to_ts       TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    energy_j    DOUBLE PRECISION NOT NULL,
    source      TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (facility, kind, from_ts, to_ts, seq)
);

-- Runs of a facility, for reconciliation.
CREATE INDEX runs_facility_idx ON runs (facility, start_ts);
