-- wattprint ledger schema, version 14 (SQLite): runs' child rows keyed by integers.
-- A run's own rows are keyed by its integer surrogate runs.rid, as its intervals are since version 12: tags, outcome,
-- updates, footprint versions and their components. The run's public id (runs.id, the UUID) is stored once, in runs;
-- where version 1 repeated it in every child row and in every child index, a child is now found by (rid, ...), keys a
-- writer appends in order (a new run's rid is the next one), not random UUIDs. Every writer resolves rid from runs in
-- the transaction that writes the rows, and nothing is deleted, so no foreign key is declared (as for intervals).
-- Each table is a WITHOUT ROWID table clustered on its key; each is copied, the old one dropped (footprint_components
-- before footprints, which it referred to) and the copy renamed.

CREATE TABLE run_tags_v14 (
    rid   INTEGER NOT NULL,
    tag   TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (rid, tag)
) WITHOUT ROWID;

INSERT INTO run_tags_v14
SELECT r.rid, t.tag, t.value FROM run_tags t JOIN runs r ON r.id = t.run_id ORDER BY 1, 2;

CREATE TABLE run_outcomes_v14 (
    rid       INTEGER NOT NULL PRIMARY KEY,
    end_ts    TEXT NOT NULL,
    status    TEXT NOT NULL,
    exit_code INTEGER
) WITHOUT ROWID;

INSERT INTO run_outcomes_v14
SELECT r.rid, o.end_ts, o.status, o.exit_code FROM run_outcomes o JOIN runs r ON r.id = o.run_id ORDER BY 1;

CREATE TABLE run_updates_v14 (
    rid         INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    end_ts      TEXT NOT NULL,
    import_id   TEXT,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (rid, seq)
) WITHOUT ROWID;

INSERT INTO run_updates_v14
SELECT r.rid, u.seq, u.end_ts, u.import_id, u.recorded_at FROM run_updates u JOIN runs r ON r.id = u.run_id ORDER BY 1, 2;

CREATE TABLE footprint_components_v14 (
    rid               INTEGER NOT NULL,
    seq               INTEGER NOT NULL,
    ordinal           INTEGER NOT NULL,
    component         TEXT NOT NULL,
    provenance_kind   TEXT NOT NULL,
    provenance_method TEXT NOT NULL,
    energy_j          DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (rid, seq, ordinal)
) WITHOUT ROWID;

INSERT INTO footprint_components_v14
SELECT r.rid, c.seq, c.ordinal, c.component, c.provenance_kind, c.provenance_method, c.energy_j FROM footprint_components c JOIN runs r ON r.id = c.run_id ORDER BY 1, 2, 3;

CREATE TABLE footprints_v14 (
    rid                INTEGER NOT NULL,
    seq                INTEGER NOT NULL,
    computed_at        TEXT NOT NULL,
    it_energy_j        DOUBLE PRECISION NOT NULL,
    facility_energy_j  DOUBLE PRECISION NOT NULL,
    pue                DOUBLE PRECISION NOT NULL,
    pue_basis          TEXT NOT NULL,
    co2e_g             DOUBLE PRECISION,
    factor_zone        TEXT,
    factor_g_per_kwh   DOUBLE PRECISION,
    factor_year        INTEGER,
    factor_source      TEXT,
    factor_dataset     TEXT,
    dataset            TEXT,
    measured_share     DOUBLE PRECISION NOT NULL,
    explanation_id     INTEGER NOT NULL,
    explanation_values TEXT NOT NULL,
    PRIMARY KEY (rid, seq)
) WITHOUT ROWID;

INSERT INTO footprints_v14
SELECT r.rid, f.seq, f.computed_at, f.it_energy_j, f.facility_energy_j, f.pue, f.pue_basis, f.co2e_g, f.factor_zone,
       f.factor_g_per_kwh, f.factor_year, f.factor_source, f.factor_dataset, f.dataset, f.measured_share, f.explanation_id,
       f.explanation_values
FROM footprints f JOIN runs r ON r.id = f.run_id ORDER BY 1, 2;

DROP TABLE run_tags;
DROP TABLE run_outcomes;
DROP TABLE run_updates;
DROP TABLE footprint_components;
DROP TABLE footprints;

ALTER TABLE run_tags_v14 RENAME TO run_tags;
ALTER TABLE run_outcomes_v14 RENAME TO run_outcomes;
ALTER TABLE run_updates_v14 RENAME TO run_updates;
ALTER TABLE footprint_components_v14 RENAME TO footprint_components;
ALTER TABLE footprints_v14 RENAME TO footprints;
