package io.wattprint.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes of a file read so far, for the progress line. Given an {@link ImportContext}, it reports
 * them to {@link ImportContext#progress} about every 64 KiB and when closed; without one, the importer asks
 * {@link #count()} when it reports.
 */
public final class CountingStream extends FilterInputStream {
    private static final long REPORT_EVERY = 65_536;

    private final ImportContext ctx;
    private long count;
    private long reported;

    /** Counts only. */
    public CountingStream(InputStream in) { this(in, null); }

    /** Counts and reports to {@code ctx}. */
    public CountingStream(InputStream in, ImportContext ctx) {
        super(in);
        this.ctx = ctx;
    }

    /** Bytes read so far. */
    public long count() { return count; }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) counted(1);
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) counted(n);
        return n;
    }

    private void counted(int n) {
        count += n;
        if (ctx != null && count - reported >= REPORT_EVERY) {
            reported = count;
            ctx.progress(count);
        }
    }

    @Override
    public void close() throws IOException {
        if (ctx != null) ctx.progress(count);
        super.close();
    }
}
