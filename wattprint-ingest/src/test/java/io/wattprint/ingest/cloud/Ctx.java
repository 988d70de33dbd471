package io.wattprint.ingest.cloud;

import io.wattprint.ingest.ImportContext;
import io.wattprint.ingest.RecordingContext;
import io.wattprint.ledger.Ledger;
import java.time.Clock;

/** A {@link RecordingContext} under an import id of the test's choosing (a second import is another id). */
final class Ctx implements ImportContext {
    final RecordingContext rec;
    private final String importId;

    Ctx(Ledger ledger, String importId) { this(new RecordingContext(ledger, false, false, Clock.systemUTC()), importId); }

    Ctx(RecordingContext rec, String importId) {
        this.rec = rec;
        this.importId = importId;
    }

    @Override public Ledger ledger() { return rec.ledger(); }
    @Override public String importId() { return importId; }
    @Override public boolean dryRun() { return rec.dryRun(); }
    @Override public Clock clock() { return rec.clock(); }
    @Override public void imported(long n) { rec.imported(n); }
    @Override public void duplicates(long n) { rec.duplicates(n); }
    @Override public void reject(long line, String field, String reason, String raw) { rec.reject(line, field, reason, raw); }
    @Override public void progress(long bytesRead) { rec.progress(bytesRead); }
    @Override public void note(String text) { rec.note(text); }
}
