package io.wattprint.ledger.spool;

import java.nio.file.Path;
import java.util.Objects;

/** A spool file found in the directory, with its header (only the header has been read). */
public record SpoolFile(Path path, SpoolHeader header) {
    public SpoolFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(header, "header");
    }

    public String runId() { return header.runId(); }
}
