-- wattprint ledger schema, version 3: emission factor series (hourly or finer grid intensity
-- of a zone from a named source), imported with `wattprint factors import`. A run's footprint
-- uses the points that cover its intervals and the shipped annual factors elsewhere.
-- Append-only: a point is never updated or deleted. Re-importing the same point (same zone,
-- source, dataset, basis, boundary and start) is a no-op; a correction is imported under a
-- new dataset version, which then takes precedence. dataset is '' when the source gave none
-- (NOT NULL so that the unique key holds on both databases).

CREATE TABLE factor_points (
    zone      TEXT NOT NULL,
    start_ts  TEXT NOT NULL,
    end_ts    TEXT NOT NULL,
    g_per_kwh DOUBLE PRECISION NOT NULL,
    basis     TEXT NOT NULL,
    boundary  TEXT NOT NULL,
    source    TEXT NOT NULL,
    dataset   TEXT NOT NULL,
    licence   TEXT,
    added_at  TEXT NOT NULL,
    UNIQUE (zone, source, dataset, basis, boundary, start_ts)
);

CREATE INDEX factor_points_zone_start_idx ON factor_points (zone, start_ts);
