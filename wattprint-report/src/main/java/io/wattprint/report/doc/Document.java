package io.wattprint.report.doc;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A report as a format-free document: title, a subtitle line (period, ledger), the generation time and the
 * blocks in reading order. The generation time is the only part that changes between two runs on the same
 * ledger; every renderer prints it on one line of its own.
 */
public record Document(String kind, String title, String subtitle, Instant generatedAt, List<Block> blocks) {
    public Document {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(generatedAt, "generatedAt");
        blocks = List.copyOf(blocks);
    }
}
