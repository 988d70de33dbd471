package io.wattprint.ingest.codecarbon;

import io.wattprint.ingest.ImportContext;
import io.wattprint.ledger.ImportedRun;
import io.wattprint.ledger.ImportedRunRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs waiting to be written, {@value CodeCarbonImporter#BATCH} to a transaction (METHODOLOGY.md §11.1).
 * A run whose idempotency key is already stored is an update when it is a later snapshot of the stored
 * run (ends later, lasts longer), a duplicate when it ends when the stored run ends, and an older
 * snapshot (counted as a duplicate, with a note) otherwise. A row of wattprint's own export whose
 * {@code run_id} is a run of this ledger is that run: a duplicate. On a dry run the keys are looked up
 * and nothing is written; it compares timestamps and durations but reads no energy, so a later row with
 * less energy in a component (older when written) is counted as an update there.
 */
final class Batch {
    private final ImportContext ctx;
    private final List<ImportedRun> runs = new ArrayList<>(CodeCarbonImporter.BATCH);
    /** Per run, the ledger run id a wattprint export row names (its run_id), else null. */
    private final List<String> ownIds = new ArrayList<>(CodeCarbonImporter.BATCH);
    long updated;
    long older;
    long own;

    Batch(ImportContext ctx) { this.ctx = ctx; }

    /** @param ownId the run_id of a row wattprint exported (codecarbon_version {@code wattprint …}), else null */
    void add(ImportedRun run, String ownId) {
        runs.add(run);
        ownIds.add(ownId);
        if (runs.size() >= CodeCarbonImporter.BATCH) flush();
    }

    void flush() {
        if (runs.isEmpty()) return;
        List<ImportedRun> todo = withoutOwnRuns();
        if (todo.isEmpty()) {
            // Every run was one of this ledger's own.
        } else if (ctx.dryRun()) {
            Set<String> keys = new HashSet<>();
            for (ImportedRun r : todo) keys.add(r.run().idempotencyKey());
            Map<String, ImportedRunRepository.StoredSpan> stored = new java.util.HashMap<>(ctx.ledger() == null ? Map.of()
                    : ctx.ledger().importedRuns().storedSpans(keys));
            for (ImportedRun r : todo) {
                String key = r.run().idempotencyKey();
                ImportedRunRepository.StoredSpan s = stored.get(key);
                // As the write would: a run repeated in the batch is compared with its earlier occurrence.
                ImportedRunRepository.StoredSpan now = new ImportedRunRepository.StoredSpan(r.run().id(), truncate(r.run().start()),
                        truncate(r.run().end()));
                if (s == null) {
                    ctx.imported(1);
                    stored.put(key, now);
                } else if (s.end() != null && s.end().equals(truncate(r.run().end()))) {
                    ctx.duplicates(1);
                } else if (s.supersededBy(truncate(r.run().start()), truncate(r.run().end()))) {
                    ctx.imported(1);
                    updated++;
                    stored.put(key, new ImportedRunRepository.StoredSpan(s.id(), s.start(), now.end()));
                } else {
                    ctx.duplicates(1);
                    older++;
                }
            }
        } else {
            ImportedRunRepository.ImportOutcome o = ctx.ledger().importedRuns().insertOrUpdate(todo);
            ctx.imported(o.stored().size() + o.updated().size());
            ctx.duplicates(o.duplicates() + o.older());
            updated += o.updated().size();
            older += o.older();
        }
        runs.clear();
        ownIds.clear();
    }

    /** The runs less those wattprint exported from this very ledger, which count as duplicates. */
    private List<ImportedRun> withoutOwnRuns() {
        Set<String> asked = new HashSet<>();
        for (String id : ownIds) if (id != null) asked.add(id);
        if (asked.isEmpty() || ctx.ledger() == null) return runs;
        Set<String> mine = ctx.ledger().importedRuns().existingIds(asked);
        if (mine.isEmpty()) return runs;
        List<ImportedRun> out = new ArrayList<>(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            String id = ownIds.get(i);
            if (id != null && mine.contains(id)) {
                own++;
                ctx.duplicates(1);
            } else {
                out.add(runs.get(i));
            }
        }
        return out;
    }

    /** The ledger keeps instants to the microsecond. */
    private static Instant truncate(Instant t) { return t.truncatedTo(java.time.temporal.ChronoUnit.MICROS); }
}
