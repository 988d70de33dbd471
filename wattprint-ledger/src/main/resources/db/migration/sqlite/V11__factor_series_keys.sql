-- wattprint ledger schema, version 11 (SQLite): factor series points keyed by integers. A series'
-- identity (zone, source, dataset, basis, boundary) and its licence are stored once in factor_series;
-- each append (one import of some of a series' points) is a row of factor_appends with the time it was
-- added; a point is (series, start) with its length, value and append, all times in epoch microseconds
-- (UTC). WITHOUT ROWID: the points are the primary key's B-tree itself, in (series, start) order.
-- The semantics are version 3's: re-importing a point is a no-op, a correction is a new dataset, the
-- series added most recently (its latest append among the points read) comes first.

CREATE TABLE factor_series (
    id       INTEGER NOT NULL PRIMARY KEY,
    zone     TEXT NOT NULL,
    source   TEXT NOT NULL,
    dataset  TEXT NOT NULL,
    basis    TEXT NOT NULL,
    boundary TEXT NOT NULL,
    licence  TEXT,
    UNIQUE (zone, source, dataset, basis, boundary)
);

CREATE TABLE factor_appends (
    id        INTEGER NOT NULL PRIMARY KEY,
    series_id INTEGER NOT NULL REFERENCES factor_series (id),
    added_at  TEXT NOT NULL
);

INSERT INTO factor_series (zone, source, dataset, basis, boundary, licence)
SELECT zone, source, dataset, basis, boundary, MAX(licence) FROM factor_points
GROUP BY zone, source, dataset, basis, boundary ORDER BY zone, source, dataset, basis, boundary;

INSERT INTO factor_appends (series_id, added_at)
SELECT DISTINCT s.id, p.added_at FROM factor_points p JOIN factor_series s
ON s.zone = p.zone AND s.source = p.source AND s.dataset = p.dataset AND s.basis = p.basis AND s.boundary = p.boundary
ORDER BY p.added_at, s.id;

ALTER TABLE factor_points RENAME TO factor_points_v3;

DROP INDEX factor_points_zone_start_idx;

CREATE TABLE factor_points (
    series_id INTEGER NOT NULL,
    start_us  INTEGER NOT NULL,
    span_us   INTEGER NOT NULL,
    g_per_kwh REAL NOT NULL,
    append_id INTEGER NOT NULL,
    PRIMARY KEY (series_id, start_us)
) WITHOUT ROWID;

INSERT INTO factor_points (series_id, start_us, span_us, g_per_kwh, append_id)
SELECT s.id,
       CAST(strftime('%s', substr(p.start_ts, 1, 19)) AS INTEGER) * 1000000 + CAST(substr(p.start_ts, 21, 6) AS INTEGER),
       (CAST(strftime('%s', substr(p.end_ts, 1, 19)) AS INTEGER) * 1000000 + CAST(substr(p.end_ts, 21, 6) AS INTEGER))
         - (CAST(strftime('%s', substr(p.start_ts, 1, 19)) AS INTEGER) * 1000000 + CAST(substr(p.start_ts, 21, 6) AS INTEGER)),
       p.g_per_kwh, a.id
FROM factor_points_v3 p
JOIN factor_series s ON s.zone = p.zone AND s.source = p.source AND s.dataset = p.dataset AND s.basis = p.basis
  AND s.boundary = p.boundary
JOIN factor_appends a ON a.series_id = s.id AND a.added_at = p.added_at
ORDER BY 1, 2;

DROP TABLE factor_points_v3;
