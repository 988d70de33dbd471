-- wattprint ledger schema, version 2: markers a workload sets inside a run
-- (run.phase("eval"), run.mark("epoch", 3)). The meter ends its intervals at each
-- marker's instant, so energy between two markers is a sum of whole intervals.
-- Append-only like the rest; re-sending a marker changes nothing.

CREATE TABLE run_markers (
    run_id  TEXT NOT NULL REFERENCES runs (id),
    at_ts   TEXT NOT NULL,
    type    TEXT NOT NULL,
    label   TEXT NOT NULL,
    value   BIGINT,
    UNIQUE (run_id, at_ts, type, label)
);
