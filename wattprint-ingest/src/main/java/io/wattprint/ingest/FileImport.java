package io.wattprint.ingest;

import io.wattprint.ledger.ImportRecord;
import java.nio.file.Path;
import java.util.List;

/**
 * What became of one file: its counts, its import id (null on a dry run, or when the file was refused before anything of
 * it was written: nothing is recorded), the import of the same bytes recorded before (null if none), the importer's
 * notes, whether {@code --strict} stopped at a bad row ({@code stoppedAt} then says where and why), and whether the file
 * was refused as a whole ({@code refused}: the file, and what was expected). {@code realigned} counts the rows read
 * after realigning them (they are in the other counts too); {@code alreadyQuarantined} the quarantined rows an earlier
 * import had already stored (not stored again).
 */
public record FileImport(Path file, String importId, String contentSha256, long sizeBytes, long imported,
                         long skippedDuplicates, long quarantined, long realigned, long alreadyQuarantined, ImportRecord previous,
                         List<String> notes, String stoppedAt, String refused) {
    public FileImport {
        notes = List.copyOf(notes);
    }

    public boolean stopped() { return stoppedAt != null; }

    /** True when the file was refused as a whole (not of the kind, unreadable as such); what was written of it is counted. */
    public boolean isRefused() { return refused != null; }
}
