-- Runs brought up to date by a later import (CodeCarbon's update and append modes write a run's
-- cumulative totals again, later and larger): one row per update, written once, never changed.
-- The update's figures are the footprint version (run_id, seq) written with it, and the energy it
-- adds is stored as intervals of their own, so the earlier footprint versions and intervals stay.
-- A run's end is the latest update's end_ts, else its outcome's (run_outcomes is written once).

CREATE TABLE run_updates (
    run_id      TEXT NOT NULL REFERENCES runs (id),
    seq         INTEGER NOT NULL,
    end_ts      TEXT NOT NULL,
    import_id   TEXT,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (run_id, seq)
);
