package io.wattprint.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What one {@code wattprint ingest} did: per file, and totals. */
public record IngestSummary(String kind, boolean dryRun, List<FileImport> files) {
    public IngestSummary {
        files = List.copyOf(files);
    }

    public long imported() { return files.stream().mapToLong(FileImport::imported).sum(); }

    public long skippedDuplicates() { return files.stream().mapToLong(FileImport::skippedDuplicates).sum(); }

    public long quarantined() { return files.stream().mapToLong(FileImport::quarantined).sum(); }

    public long realigned() { return files.stream().mapToLong(FileImport::realigned).sum(); }

    public long alreadyQuarantined() { return files.stream().mapToLong(FileImport::alreadyQuarantined).sum(); }

    /** The files refused as a whole (the import went on with the next file). */
    public List<FileImport> refused() { return files.stream().filter(FileImport::isRefused).toList(); }

    /** True when some file was recorded in the ledger (an import row written). */
    public boolean recordedAny() { return files.stream().anyMatch(f -> f.importId() != null); }

    /** True when {@code --strict} stopped at a bad row (the last file is where). */
    public boolean stopped() { return !files.isEmpty() && files.get(files.size() - 1).stopped(); }

    /** Every distinct note of every file, in order. */
    public List<String> notes() {
        Set<String> all = new LinkedHashSet<>();
        for (FileImport f : files) all.addAll(f.notes());
        return List.copyOf(all);
    }
}
