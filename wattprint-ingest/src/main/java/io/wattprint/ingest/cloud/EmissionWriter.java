package io.wattprint.ingest.cloud;

import io.wattprint.core.cloud.CloudEmission;
import io.wattprint.ingest.ImportContext;
import io.wattprint.ledger.CloudEmissionRepository;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the figures of source rows to the ledger in batches, and counts each source row once: imported
 * when at least one of its figures was new, a duplicate when all were stored already. On a dry run
 * nothing is written and every row counts as imported.
 */
final class EmissionWriter implements AutoCloseable {
    static final int BATCH_ROWS = 500;

    private final ImportContext ctx;
    private final List<CloudEmission> figures = new ArrayList<>();
    private final List<Integer> figuresPerRow = new ArrayList<>();

    EmissionWriter(ImportContext ctx) { this.ctx = ctx; }

    /** The figures one source row gave (at least one). */
    void row(List<CloudEmission> rowFigures) {
        figures.addAll(rowFigures);
        figuresPerRow.add(rowFigures.size());
        if (figuresPerRow.size() >= BATCH_ROWS) flush();
    }

    void flush() {
        if (figuresPerRow.isEmpty()) return;
        if (ctx.dryRun()) {
            ctx.imported(figuresPerRow.size());
        } else {
            CloudEmissionRepository.Added added = ctx.ledger().cloudEmissions().add(figures, ctx.importId());
            int i = 0;
            long imported = 0;
            for (int n : figuresPerRow) {
                boolean any = false;
                for (int k = 0; k < n; k++) any |= added.stored().get(i++);
                if (any) imported++;
            }
            ctx.imported(imported);
            ctx.duplicates(figuresPerRow.size() - imported);
        }
        figures.clear();
        figuresPerRow.clear();
    }

    @Override
    public void close() { flush(); }
}
