package io.wattprint.cli.ingest;

import io.wattprint.ingest.FileImport;
import io.wattprint.ingest.IngestSummary;
import java.util.List;

/** What {@code ingest --json} prints: the counts over all files, then each file's, its notes and the ledger. */
record IngestJson(String kind, boolean dryRun, long imported, long skippedDuplicates, long quarantined, long realigned,
                  long alreadyQuarantined, int refusedFiles, boolean stopped, List<File> files, List<String> notes,
                  String ledger) {

    /** One file: its import id and content hash, its counts, why it was refused or where --strict stopped. */
    record File(String file, String importId, String sha256, long sizeBytes, long imported, long skippedDuplicates,
                long quarantined, long realigned, long alreadyQuarantined, String refused, Previous previousImport,
                String stoppedAt, List<String> notes) {
        static File of(FileImport f) {
            Previous previous = f.previous() == null ? null
                    : new Previous(f.previous().id(), f.previous().startedAt().toString());
            return new File(f.file().toString(), f.importId(), f.contentSha256(), f.sizeBytes(), f.imported(),
                    f.skippedDuplicates(), f.quarantined(), f.realigned(), f.alreadyQuarantined(), f.refused(), previous,
                    f.stoppedAt(), f.notes());
        }
    }

    /** The earlier import of the same content. */
    record Previous(String id, String at) {}

    static IngestJson of(IngestSummary s, String ledgerName) {
        return new IngestJson(s.kind(), s.dryRun(), s.imported(), s.skippedDuplicates(), s.quarantined(), s.realigned(),
                s.alreadyQuarantined(), s.refused().size(), s.stopped(), s.files().stream().map(File::of).toList(), s.notes(),
                ledgerName);
    }
}
