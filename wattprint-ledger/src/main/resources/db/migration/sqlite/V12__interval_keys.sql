-- wattprint ledger schema, version 12 (SQLite): energy intervals keyed by integers. A run gets an integer
-- surrogate, runs.rid (its public id stays runs.id, the UUID); components and provenances are stored once each
-- in two small dictionaries; an interval is (rid, start, component) with its length, energy and provenance, times
-- in epoch microseconds (UTC), in a WITHOUT ROWID table: one B-tree entry of about 32 bytes (bench/interval-write.sh),
-- where version 1 stored a row of a UUID and texts plus a unique index repeating its key. The key is version 1's
-- unique key (run, component, start) in an order the meter appends in (a run's ticks in time order).
-- Every writer resolves rid from runs in the transaction that writes the intervals, so no foreign key is declared.

ALTER TABLE runs ADD COLUMN rid INTEGER;

UPDATE runs SET rid = rowid;

CREATE UNIQUE INDEX runs_rid_idx ON runs (rid);

CREATE TABLE interval_components (
    id   INTEGER NOT NULL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE interval_provenances (
    id     INTEGER NOT NULL PRIMARY KEY,
    kind   TEXT NOT NULL,
    method TEXT NOT NULL,
    UNIQUE (kind, method)
);

INSERT INTO interval_components (name) SELECT DISTINCT component FROM intervals ORDER BY component;

INSERT INTO interval_provenances (kind, method)
SELECT DISTINCT provenance_kind, provenance_method FROM intervals ORDER BY provenance_kind, provenance_method;

ALTER TABLE intervals RENAME TO intervals_v1;

CREATE TABLE intervals (
    rid        INTEGER NOT NULL,
    start_us   INTEGER NOT NULL,
    component  INTEGER NOT NULL,
    span_us    INTEGER NOT NULL,
    energy_j   REAL NOT NULL,
    provenance INTEGER NOT NULL,
    PRIMARY KEY (rid, start_us, component)
) WITHOUT ROWID;

INSERT INTO intervals (rid, start_us, component, span_us, energy_j, provenance)
SELECT r.rid,
       CAST(strftime('%s', substr(i.start_ts, 1, 19)) AS INTEGER) * 1000000 + CAST(substr(i.start_ts, 21, 6) AS INTEGER),
       c.id,
       (CAST(strftime('%s', substr(i.end_ts, 1, 19)) AS INTEGER) * 1000000 + CAST(substr(i.end_ts, 21, 6) AS INTEGER))
         - (CAST(strftime('%s', substr(i.start_ts, 1, 19)) AS INTEGER) * 1000000 + CAST(substr(i.start_ts, 21, 6) AS INTEGER)),
       i.energy_j, p.id
FROM intervals_v1 i
JOIN runs r ON r.id = i.run_id
JOIN interval_components c ON c.name = i.component
JOIN interval_provenances p ON p.kind = i.provenance_kind AND p.method = i.provenance_method
ORDER BY 1, 2, 3;

DROP TABLE intervals_v1;
