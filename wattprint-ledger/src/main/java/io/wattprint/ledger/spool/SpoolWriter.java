package io.wattprint.ledger.spool;

import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.RunMarker;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Appends one run's intervals and markers to its spool file. Each call is one positioned write of
 * whole records, so what a call wrote is in the file once it returns and survives a SIGKILL of this
 * process (the operating system's page cache holds it). Interval batches are forced to the disk
 * ({@link FileChannel#force(boolean) fdatasync}) together, at most one {@linkplain Spool.Builder#syncPeriod
 * sync period} apart (group commit): a crash of the operating system or a power cut loses at most the
 * ticks of the last period, never a record that reads back as whole but is not (every line carries its
 * checksum; a torn last line is dropped). The run record, markers and the outcome are forced at once, and
 * {@link #close()} forces what is left. A sync period of zero forces every batch. Calls from several
 * threads are serialised: records never interleave.
 *
 * <p>Writing never throws into the sampler. A failed write (disk full, file system gone) is
 * recorded: {@link #healthy()} turns false, {@link #failure()} says when and why and counts
 * the records not spooled since; the next call tries again on a fresh channel, first cutting
 * off whatever part of the failed write reached the file, so space that comes back is used
 * and no broken record sits between whole ones.
 */
public final class SpoolWriter implements AutoCloseable {
    private final Path path;
    private final SpoolHeader header;
    private final ChannelOpener opener;
    private final Clock clock;
    private FileChannel channel; // null after a failed write, until the next write reopens it
    private long end;            // bytes of whole records in the file
    private boolean closed;
    private boolean healthy = true;
    private Instant failedAt;
    private String firstError;
    private long unspooledIntervals;
    private long unspooledMarkers;
    private final long syncNanos;
    private long lastSync = System.nanoTime();   // the header was forced when the file was made
    private long synced;                         // bytes known to be on the disk
    private int unsyncedIntervals;               // intervals written since the last force
    private int unsyncedMarkers;

    SpoolWriter(Path path, SpoolHeader header, FileChannel channel, long end, ChannelOpener opener, Clock clock,
                Duration syncPeriod) {
        this.path = path;
        this.header = header;
        this.channel = channel;
        this.end = end;
        this.synced = end;
        this.opener = opener;
        this.clock = clock;
        this.syncNanos = syncPeriod.toNanos();
    }

    public Path path() { return path; }

    public SpoolHeader header() { return header; }

    /**
     * Appends a tick's intervals (one line each, written together; forced with the other batches of the
     * sync period). Never throws for a failed write; a null list is a bug in the caller and throws
     * {@link NullPointerException}.
     */
    public void append(List<EnergyInterval> intervals) {
        Objects.requireNonNull(intervals, "intervals");
        if (intervals.isEmpty()) return;
        for (EnergyInterval x : intervals) {
            if (x == null) { // a caller's bug, but not worth losing the sampler over
                synchronized (this) { failed("a batch held a null interval", intervals.size(), 0); }
                return;
            }
        }
        byte[] bytes = SpoolFormat.intervals(intervals);
        write(bytes, intervals.size(), 0, false);
    }

    /** Appends a phase change or a mark. Never throws for a failed write; a null marker throws. */
    public void marker(RunMarker marker) {
        Objects.requireNonNull(marker, "marker");
        write(SpoolFormat.marker(marker), 0, 1, true);
    }

    /**
     * Appends the run's row, once its start is known, before any interval: the next command stores the run from
     * it when the ledger could not take the row in time. Never throws for a failed write.
     */
    public void run(SpoolRun run) {
        Objects.requireNonNull(run, "run");
        if (!run.run().id().equals(header.runId())) {
            throw new IllegalArgumentException("run " + run.run().id() + " is not the run of spool file " + path);
        }
        write(SpoolFormat.run(run), 0, 0, true);
    }

    /** Appends how the run ended, before the ledger is asked to close it. Never throws for a failed write. */
    public void outcome(SpoolOutcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        write(SpoolFormat.outcome(outcome), 0, 0, true);
    }

    /** Whether the latest write reached the file, and the latest force (if one was due) the disk. */
    public synchronized boolean healthy() { return healthy; }

    /** The first failed write and what was missed since, if any write failed. */
    public synchronized Optional<SpoolFailure> failure() {
        return failedAt == null ? Optional.empty()
                : Optional.of(new SpoolFailure(failedAt, firstError, unspooledIntervals, unspooledMarkers, !healthy));
    }

    /** Intervals handed to {@link #append} that are not in the file. */
    public synchronized long unspooledIntervals() { return unspooledIntervals; }

    /** Bytes of whole records in the file, header included. */
    public synchronized long size() { return end; }

    /** Bytes of whole records known to be on the disk (forced), header included. */
    public synchronized long synced() { return synced; }

    /**
     * Forces what was written since the last force to the disk, and closes the file, keeping it for recovery until
     * {@link Spool#delete} removes it. Never throws.
     */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        if (channel != null && synced < end) {
            boolean interrupted = Thread.interrupted();   // as in write: an interrupt would close the channel mid-force
            try {
                sync(channel);
            } catch (IOException | RuntimeException e) {
                failed(describe(e), unsyncedIntervals, unsyncedMarkers);
            } finally {
                if (interrupted) Thread.currentThread().interrupt();
            }
        }
        closeChannel();
    }

    private void sync(FileChannel ch) throws IOException {
        ch.force(false);
        lastSync = System.nanoTime();
        synced = end;
        unsyncedIntervals = 0;
        unsyncedMarkers = 0;
    }

    private synchronized void write(byte[] bytes, int intervals, int markers, boolean forceNow) {
        // An interrupt would close the channel mid-write (FileChannel is interruptible) and
        // lose the record; the write is short, so the interrupt is held until it is done.
        boolean interrupted = Thread.interrupted();
        try {
            if (closed) {
                failed("the spool file was closed", intervals, markers);
                return;
            }
            FileChannel ch;
            try {
                ch = channel();
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                long at = end;
                while (buf.hasRemaining()) at += ch.write(buf, at);
                end = at;
            } catch (IOException | RuntimeException e) {
                failed(describe(e), intervals, markers);
                closeChannel(); // reopened on the next write, on space that may have come back
                return;
            }
            unsyncedIntervals += intervals;
            unsyncedMarkers += markers;
            try {
                if (forceNow || syncNanos == 0 || System.nanoTime() - lastSync >= syncNanos) sync(ch);
                healthy = true;
            } catch (IOException | RuntimeException e) {
                // Written, but not known to be on the disk: counted as not spooled, and reported.
                failed(describe(e), unsyncedIntervals, unsyncedMarkers);
                unsyncedIntervals = 0;
                unsyncedMarkers = 0;
                closeChannel();
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /** The open channel; after a failure a new one, with any part-written record cut off. */
    private FileChannel channel() throws IOException {
        if (channel == null) {
            FileChannel ch = opener.open(path, Set.of(StandardOpenOption.WRITE));
            try {
                if (ch.size() > end) ch.truncate(end);
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
            channel = ch;
        }
        return channel;
    }

    private void failed(String error, int intervals, int markers) {
        if (failedAt == null) {
            failedAt = clock.instant();
            firstError = error;
        }
        healthy = false;
        unspooledIntervals += intervals;
        unspooledMarkers += markers;
    }

    private void closeChannel() {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException e) {
            // every byte that counts was forced already
        }
        channel = null;
    }

    private String describe(Exception e) {
        if (e instanceof ClosedByInterruptException) return "interrupted during the write";
        if (e instanceof ClosedChannelException) return "the spool file was closed";
        if (e instanceof NoSuchFileException) return "spool file " + path + " is gone";
        if (e instanceof AccessDeniedException) return "permission denied on " + path;
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        if (e.getMessage() != null && !e.getMessage().isBlank()) return e.getMessage();
        return e.getClass().getSimpleName();
    }
}
