package io.wattprint.ingest;

import io.wattprint.ledger.Ledger;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;

/** The {@link ImportContext} of one file under {@link Ingest}: counters, notes, quarantine spill, progress. */
final class LedgerImportContext implements ImportContext {
    private final Ledger ledger;
    private final String importId;
    private final boolean dryRun;
    private final boolean strict;
    private final Clock clock;
    private final QuarantineSpill spill;
    private final Ingest.Progress progress;
    private final String file;
    private final WorkloadDefaults workload;
    final Set<String> notes = new LinkedHashSet<>();
    long imported;
    long duplicates;
    long realigned;
    String stoppedAt;

    LedgerImportContext(Ledger ledger, String importId, boolean dryRun, boolean strict, Clock clock, QuarantineSpill spill,
                        Ingest.Progress progress, String file, WorkloadDefaults workload) {
        this.ledger = ledger;
        this.importId = importId;
        this.dryRun = dryRun;
        this.strict = strict;
        this.clock = clock;
        this.spill = spill;
        this.progress = progress;
        this.file = file;
        this.workload = workload;
    }

    @Override public Ledger ledger() { return ledger; }
    @Override public String importId() { return importId; }
    @Override public boolean dryRun() { return dryRun; }
    @Override public Clock clock() { return clock; }
    @Override public WorkloadDefaults workload() { return workload; }
    @Override public void imported(long n) { imported += n; }
    @Override public void duplicates(long n) { duplicates += n; }
    @Override public void realigned(long n) { realigned += n; }
    @Override public void note(String text) { notes.add(text); }

    long rows() { return imported + duplicates + spill.count(); }

    @Override
    public void progress(long bytesRead) { progress.update(bytesRead, rows()); }

    @Override
    public void reject(long line, String field, String reason, String raw) {
        spill.add(line, field, reason, raw);
        if (strict) {
            stoppedAt = file + " line " + line + (field == null ? "" : ", field " + field) + ": " + reason;
            throw new ImportException(stoppedAt);
        }
    }
}
