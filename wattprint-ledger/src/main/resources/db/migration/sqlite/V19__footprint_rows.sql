-- Footprint rows in an ordinary (rowid) table on SQLite. Under WITHOUT ROWID a row keeps at most about 1,000 bytes
-- on its B-tree page (a quarter of a 4 KiB page) and puts the rest on an overflow page of its own: a footprint row
-- (about 1,000 bytes with its factor's citation and explanation values) took a whole 4 KiB overflow page, 4.6 KiB per
-- run, and every list of runs read that page to reach the columns after it. A rowid table keeps rows up to about
-- 4,000 bytes on the page. The key (rid, seq) stays unique through the primary key's index.
CREATE TABLE footprints_v18 (
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
);
INSERT INTO footprints_v18 SELECT rid, seq, computed_at, it_energy_j, facility_energy_j, pue, pue_basis, co2e_g, factor_zone,
       factor_g_per_kwh, factor_year, factor_source, factor_dataset, dataset, measured_share, explanation_id, explanation_values
FROM footprints ORDER BY rid, seq;
DROP TABLE footprints;
ALTER TABLE footprints_v18 RENAME TO footprints;
