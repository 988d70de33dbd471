-- One run, 5 tags, an outcome, a footprint and 3 components for each of 200,000 runs, generated in SQL and loaded in one
-- transaction (WAL, synchronous=NORMAL): the floor of bench/run-keys-sqlite3.sh. Run by that script; timings from .timer.
-- This file: every child table keyed by the run's integer rid, WITHOUT ROWID, as schema 14 has them.
PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536;
CREATE TABLE runs (id TEXT NOT NULL PRIMARY KEY, k TEXT NOT NULL UNIQUE, w TEXT, start_ts TEXT NOT NULL, rid INTEGER);
CREATE UNIQUE INDEX runs_rid ON runs(rid); CREATE INDEX runs_start ON runs(start_ts);
CREATE TABLE tags (rid INTEGER NOT NULL, tag TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (rid, tag)) WITHOUT ROWID;
CREATE TABLE outcomes (rid INTEGER NOT NULL PRIMARY KEY, end_ts TEXT, status TEXT);
CREATE TABLE fp (rid INTEGER NOT NULL, seq INTEGER NOT NULL, a REAL, b REAL, c TEXT, PRIMARY KEY (rid, seq)) WITHOUT ROWID;
CREATE TABLE comps (rid INTEGER NOT NULL, seq INTEGER NOT NULL, ord INTEGER NOT NULL, comp TEXT, e REAL, PRIMARY KEY (rid, seq, ord)) WITHOUT ROWID;
CREATE TEMP TABLE src AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 200000) SELECT i, lower(hex(randomblob(16))) AS id FROM n;
.timer on
BEGIN;
INSERT INTO runs SELECT id, 'key-'||id, 'bert', '2026-01-01T00:00:00.000000Z', i FROM src;
INSERT INTO tags SELECT i, t.tag, 'v' FROM src, (SELECT 'a' tag UNION ALL SELECT 'b' UNION ALL SELECT 'c' UNION ALL SELECT 'd' UNION ALL SELECT 'e') t;
INSERT INTO outcomes SELECT i, '2026-01-01T00:00:00.000000Z', 'SUCCEEDED' FROM src;
INSERT INTO fp SELECT i, 1, 1.0, 2.0, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' FROM src;
INSERT INTO comps SELECT i, 1, o.o, 'cpu', 1.0 FROM src, (SELECT 0 o UNION ALL SELECT 1 UNION ALL SELECT 2) o;
COMMIT;
