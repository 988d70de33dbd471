package io.wattprint.ledger.spool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A file channel whose disk fills up on demand: while {@code room} is not negative, a write
 * stores that many bytes at most and then fails with ENOSPC's message, as a write that runs out
 * of space part-way does. Forces are counted, and fail with EIO's message while {@code failForce} is set.
 * Everything else goes to the real channel.
 */
final class FaultyChannel extends FileChannel {
    static final String ENOSPC = "No space left on device";
    private final FileChannel real;
    private final AtomicInteger room;
    final AtomicInteger forces = new AtomicInteger();
    volatile boolean failForce;

    FaultyChannel(FileChannel real, AtomicInteger room) {
        this.real = real;
        this.room = room;
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        int left = room.get();
        if (left < 0) return real.write(src, position);
        if (left > 0 && src.hasRemaining()) {
            ByteBuffer part = src.duplicate();
            part.limit(part.position() + Math.min(left, part.remaining()));
            int n = real.write(part, position);
            src.position(src.position() + n);
            room.set(left - n);
        }
        throw new IOException(ENOSPC);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        int n = write(src, real.position());
        real.position(real.position() + n);
        return n;
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        long n = 0;
        for (int i = offset; i < offset + length; i++) n += write(srcs[i]);
        return n;
    }

    @Override public int read(ByteBuffer dst) throws IOException { return real.read(dst); }
    @Override public long read(ByteBuffer[] dsts, int offset, int length) throws IOException { return real.read(dsts, offset, length); }
    @Override public int read(ByteBuffer dst, long position) throws IOException { return real.read(dst, position); }
    @Override public long position() throws IOException { return real.position(); }
    @Override public FileChannel position(long p) throws IOException { real.position(p); return this; }
    @Override public long size() throws IOException { return real.size(); }
    @Override public FileChannel truncate(long size) throws IOException { real.truncate(size); return this; }
    @Override public void force(boolean metaData) throws IOException {
        if (failForce) throw new IOException("Input/output error");
        forces.incrementAndGet();
        real.force(metaData);
    }
    @Override public long transferTo(long p, long n, WritableByteChannel target) throws IOException { return real.transferTo(p, n, target); }
    @Override public long transferFrom(ReadableByteChannel src, long p, long n) throws IOException { return real.transferFrom(src, p, n); }
    @Override public MappedByteBuffer map(MapMode mode, long p, long n) throws IOException { return real.map(mode, p, n); }
    @Override public FileLock lock(long p, long n, boolean shared) throws IOException { return real.lock(p, n, shared); }
    @Override public FileLock tryLock(long p, long n, boolean shared) throws IOException { return real.tryLock(p, n, shared); }
    @Override protected void implCloseChannel() throws IOException { real.close(); }
}
