package io.wattprint.ingest;

/** A file that cannot be imported at all, or the first bad row under {@code --strict}. */
public final class ImportException extends RuntimeException {
    public ImportException(String message) { super(message); }

    public ImportException(String message, Throwable cause) { super(message, cause); }
}
