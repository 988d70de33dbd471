package io.wattprint.ingest;

import io.wattprint.ledger.Ledger;
import java.time.Clock;

/** What an {@link Importer} is given for one file: the ledger, the options and the counters. */
public interface ImportContext {
    Ledger ledger();

    /** The import's id (also the {@code imports} row); importers may use it as provenance. */
    String importId();

    /** Nothing is to be written; counts report what would have happened. */
    boolean dryRun();

    Clock clock();

    /** Workload attributes given for the whole import, applied to every run stored; {@link WorkloadDefaults#NONE} by default. */
    default WorkloadDefaults workload() { return WorkloadDefaults.NONE; }

    /** {@code n} rows were stored. */
    void imported(long n);

    /**
     * {@code n} rows were read after realigning them (a CodeCarbon row shorter than its header, METHODOLOGY.md §11.1);
     * they are counted as imported, duplicates or quarantined as well.
     */
    default void realigned(long n) {}

    /** {@code n} rows were already in the ledger (same natural key) and were skipped. */
    void duplicates(long n);

    /**
     * Quarantines one row: stored with the file, its line (1-based, the header is line 1), the
     * field (column name or JSON path, null when the whole row is wrong), the reason (what was
     * found and what was expected) and the raw text. With {@code --strict} this throws {@link
     * ImportException} instead, and the import stops at this row.
     */
    void reject(long line, String field, String reason, String raw);

    /** Bytes of the file read so far, for the progress line on a terminal. */
    void progress(long bytesRead);

    /** A note for the summary (a fallback used, a column ignored); printed once per distinct text. */
    void note(String text);
}
