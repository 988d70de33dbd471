package io.wattprint.ingest.grid;

import io.wattprint.ingest.ImportContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reports the bytes read to {@link ImportContext#progress}, about every 64 KiB. */
final class CountingInputStream extends FilterInputStream {
    private final ImportContext ctx;
    private long count;
    private long reported;

    CountingInputStream(InputStream in, ImportContext ctx) {
        super(in);
        this.ctx = ctx;
    }

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
        if (count - reported >= 65_536) {
            reported = count;
            ctx.progress(count);
        }
    }

    @Override
    public void close() throws IOException {
        ctx.progress(count);
        super.close();
    }
}
