package io.wattprint.cli.ingest;

import io.wattprint.core.figure.Figures;
import io.wattprint.ingest.Ingest;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;

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
        err.print("\r" + text(file.getFileName().toString(), bytesRead, size, rows, seconds) + "   ");
        err.flush();
    }

    /**
     * "data.csv: 1,048,576 / 4,194,304 bytes (25 %), 12,000 rows, 6,000 rows/s": the figures through core's {@link
     * Figures} (whole percent and rows per second, half-up; a share above 0 never shows as 0 %).
     */
    static String text(String name, long bytesRead, long size, long rows, double seconds) {
        double share = size == 0 ? 1 : (double) bytesRead / size;
        return name + ": " + Figures.text(BigDecimal.valueOf(bytesRead)) + " / " + Figures.text(BigDecimal.valueOf(size)) + " bytes ("
                + Figures.percent(share, 0) + "), " + Figures.text(BigDecimal.valueOf(rows)) + " rows, "
                + Figures.text(rows / seconds, 0) + " rows/s";
    }

    @Override
    public void done() {
        if (last != 0) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
