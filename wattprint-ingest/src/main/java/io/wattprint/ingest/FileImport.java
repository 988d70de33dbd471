package io.wattprint.ingest;

import io.wattprint.ledger.ImportRecord;
import java.nio.file.Path;
import java.util.List;

/**
 * What became of one file: its counts, its import id (null on a dry run: nothing is recorded), the
 * import of the same bytes recorded before (null if none), the importer's notes, and whether
 * {@code --strict} stopped at a bad row ({@code stoppedAt} then says where and why).
 */
public record FileImport(Path file, String importId, String contentSha256, long sizeBytes, long imported,
                         long skippedDuplicates, long quarantined, ImportRecord previous, List<String> notes, String stoppedAt) {
    public FileImport {
        notes = List.copyOf(notes);
    }

    public boolean stopped() { return stoppedAt != null; }
}
