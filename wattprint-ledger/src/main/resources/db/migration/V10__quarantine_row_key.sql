-- Quarantine is idempotent (issue 12): a row refused again by a later import of the same kind
-- (the same file imported twice, or an append-mode file that grew) is not stored a second time.
-- row_key is the SHA-256 of the import's kind and file and the row's line, field and raw text
-- (ImportRepository.rowKey);
-- rows stored before this migration have none and are left as they are.
ALTER TABLE quarantine ADD COLUMN row_key TEXT;

CREATE INDEX quarantine_row_key_idx ON quarantine (row_key);
