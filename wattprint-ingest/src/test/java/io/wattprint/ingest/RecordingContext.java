package io.wattprint.ingest;

import io.wattprint.ledger.Ledger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An {@link ImportContext} for importer tests: a real ledger (or none, for parsers that do not
 * write), counters and the rejected rows kept in memory. {@code strict} makes {@link #reject}
 * throw, as the command does.
 */
public final class RecordingContext implements ImportContext {
    /** One quarantined row as an importer reported it. */
    public record Rejected(long line, String field, String reason, String raw) {}

    private final Ledger ledger;
    private final boolean dryRun;
    private final boolean strict;
    private final Clock clock;
    public long imported;
    public long duplicates;
    public long realigned;
    public long lastProgress;
    public final List<Rejected> rejected = new ArrayList<>();
    public final Set<String> notes = new LinkedHashSet<>();

    public RecordingContext(Ledger ledger, boolean dryRun, boolean strict, Clock clock) {
        this.ledger = ledger;
        this.dryRun = dryRun;
        this.strict = strict;
        this.clock = clock;
    }

    public static RecordingContext of(Ledger ledger) {
        return new RecordingContext(ledger, false, false, Clock.systemUTC());
    }

    @Override public Ledger ledger() { return ledger; }
    @Override public String importId() { return "test-import"; }
    @Override public boolean dryRun() { return dryRun; }
    @Override public Clock clock() { return clock; }
    @Override public void imported(long n) { imported += n; }
    @Override public void duplicates(long n) { duplicates += n; }
    @Override public void realigned(long n) { realigned += n; }
    @Override public void progress(long bytesRead) { lastProgress = bytesRead; }
    @Override public void note(String text) { notes.add(text); }

    @Override
    public void reject(long line, String field, String reason, String raw) {
        if (strict) throw new ImportException("line " + line + (field == null ? "" : ", field " + field) + ": " + reason);
        rejected.add(new Rejected(line, field, reason, raw));
    }
}
