package io.wattprint.ledger;

import java.util.Objects;

/**
 * A row an importer refused, kept with everything needed to find and fix it: the file, its line
 * (1-based, the header is line 1), the field (null when the whole row is wrong), the reason (what was
 * found and what was expected) and the raw text. {@code ordinal} orders the rows of one import.
 */
public record QuarantinedRow(String importId, long ordinal, String file, long line, String field, String reason, String raw) {
    public QuarantinedRow {
        Objects.requireNonNull(importId, "importId");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }
}
