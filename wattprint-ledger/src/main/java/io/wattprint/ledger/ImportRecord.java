package io.wattprint.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * One file brought in by {@code wattprint ingest}: what it was (kind, path, SHA-256 of its bytes,
 * size), when, and how every row ended (imported, skipped as a duplicate, quarantined). Written once,
 * when the file is done. {@code status} is {@code complete}, or {@code stopped} when {@code --strict}
 * stopped at a bad row (what was committed before it stays, and is counted here).
 */
public record ImportRecord(String id, String kind, String file, String contentSha256, long sizeBytes, Instant startedAt,
                           Instant finishedAt, long imported, long skippedDuplicates, long quarantined, String status) {
    public ImportRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(contentSha256, "contentSha256");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(status, "status");
        if (imported < 0 || skippedDuplicates < 0 || quarantined < 0 || sizeBytes < 0) {
            throw new IllegalArgumentException("import " + id + ": counts and size must not be negative");
        }
    }
}
