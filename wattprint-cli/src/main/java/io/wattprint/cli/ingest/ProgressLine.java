package io.wattprint.cli.ingest;

import io.wattprint.ingest.Ingest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** The progress of the current file, redrawn in place on stderr (only used when it is a terminal), at most 5 times a second. */
final class ProgressLine implements Ingest.Progress {
    private static final long EVERY_NANOS = 200_000_000L;
    private final PrintWriter err;
    private Path file;
    private long size;
    private long started;
    private long last;

    ProgressLine(PrintWriter err) { this.err = err; }

    @Override
    public void start(Path f, long sizeBytes) {
        file = f;
        size = sizeBytes;
        started = System.nanoTime();
        last = 0;
    }

    @Override
    public void update(long bytesRead, long rows) {
        long now = System.nanoTime();
        if (now - last < EVERY_NANOS) return;
        last = now;
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        err.printf(Locale.ROOT, "\r%s: %,d / %,d bytes (%.0f %%), %,d rows, %,.0f rows/s   ", file.getFileName(), bytesRead, size,
                size == 0 ? 100.0 : 100.0 * bytesRead / size, rows, rows / seconds);
        err.flush();
    }

    @Override
    public void done() {
        if (last != 0) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
