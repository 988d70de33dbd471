-- wattprint ledger schema, version 13 (SQLite): explanations stored once per method and factors. A footprint's
-- explanation is split into a pattern (the text a method and its factors fix, each figure's and input's value
-- replaced by a slot, U+001F; U+001B escapes those two characters in the text) and the values that fill its slots
-- (joined by U+001F, escaped the same way). Patterns are rows of explanations, keyed by a 128-bit hash of the pattern
-- (hex); a footprint refers to its pattern and keeps its own values: runs of one method with the same factors share
-- one pattern, where version 1 stored the whole text per footprint version.
-- Footprints stored before this version keep their text as a pattern without slots, one each (digest
-- 'pre13:<run id>:<seq>', which no hash key equals; a writer compares the stored pattern with its own).

CREATE TABLE explanations (
    id      INTEGER NOT NULL PRIMARY KEY,
    digest  TEXT NOT NULL UNIQUE,
    pattern TEXT NOT NULL
);

INSERT INTO explanations (digest, pattern)
SELECT 'pre13:' || run_id || ':' || seq,
       replace(replace(explanation, char(27), char(27) || char(27)), char(31), char(27) || char(31))
FROM footprints ORDER BY run_id, seq;

-- Set by every writer; SQLite cannot add a NOT NULL column without a default.
ALTER TABLE footprints ADD COLUMN explanation_id INTEGER REFERENCES explanations (id);
ALTER TABLE footprints ADD COLUMN explanation_values TEXT;

UPDATE footprints SET
    explanation_id = (SELECT e.id FROM explanations e WHERE e.digest = 'pre13:' || footprints.run_id || ':' || footprints.seq),
    explanation_values = '';

ALTER TABLE footprints DROP COLUMN explanation;
