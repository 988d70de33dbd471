package io.wattprint.ingest.codecarbon;

import io.wattprint.ingest.ImportContext;
import io.wattprint.ledger.ImportedRun;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs waiting to be written, {@value CodeCarbonImporter#BATCH} to a transaction. A run whose
 * idempotency key is already stored counts as a duplicate; on a dry run the keys are looked up and
 * nothing is written.
 */
final class Batch {
    private final ImportContext ctx;
    private final List<ImportedRun> runs = new ArrayList<>(CodeCarbonImporter.BATCH);

    Batch(ImportContext ctx) { this.ctx = ctx; }

    void add(ImportedRun run) {
        runs.add(run);
        if (runs.size() >= CodeCarbonImporter.BATCH) flush();
    }

    void flush() {
        if (runs.isEmpty()) return;
        if (ctx.dryRun()) {
            Set<String> keys = new HashSet<>();
            for (ImportedRun r : runs) keys.add(r.run().idempotencyKey());
            Set<String> stored = ctx.ledger() == null ? Set.of() : ctx.ledger().runs().existingKeys(keys);
            long fresh = keys.stream().filter(k -> !stored.contains(k)).count();
            ctx.imported(fresh);
            ctx.duplicates(runs.size() - fresh);
        } else {
            int stored = ctx.ledger().runs().importRuns(runs).size();
            ctx.imported(stored);
            ctx.duplicates(runs.size() - stored);
        }
        runs.clear();
    }
}
