package io.wattprint.ingest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One kind of input ({@code codecarbon}, {@code electricitymaps}, …). Implementations are
 * stateless; {@link #importFile} is called once per file (a directory is walked by the caller).
 *
 * <p>Contract:
 * <ul>
 *   <li>Stream: memory must not grow with the file (a 1 GB CSV imports in constant memory); write
 *       to the ledger in batches.</li>
 *   <li>Every row read ends in exactly one of {@link ImportContext#imported}, {@link
 *       ImportContext#duplicates} (already in the ledger: natural keys, so re-importing is
 *       idempotent) or {@link ImportContext#reject} (quarantined with its reason).</li>
 *   <li>On {@link ImportContext#dryRun()} nothing is written; counts say what would happen.</li>
 *   <li>A file that cannot be read at all (not this kind: a header that matches no known
 *       generation) throws {@link ImportException} naming the file and what was expected.</li>
 * </ul>
 */
public interface Importer {
    /** The kind as typed on the command line: {@code wattprint ingest <kind> FILE}. */
    String kind();

    /** One line for {@code --help}: what files this kind reads. */
    String description();

    /** Whether a file found while walking a directory is one this importer reads (by name). */
    default boolean accepts(Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".json");
    }

    /**
     * Whether this kind stores runs (and so takes {@link WorkloadDefaults}); kinds that store grid
     * series, cloud emissions or meter readings do not.
     */
    default boolean storesRuns() { return false; }

    void importFile(Path file, ImportContext ctx) throws IOException;
}
