package io.wattprint.meter.procfs;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * CPU time and memory of a process tree, read from /proc. CPU ticks are kept monotonic:
 * a child that has exited but not yet been reaped drops out of the tree for a moment before
 * its time reappears in its parent's cutime/cstime, and that dip must not count as negative.
 */
public final class ProcessTreeTracker {
    private final ProcFs proc;
    private final java.util.function.IntSupplier rootPid;
    private long maxTicks;
    private long lastRssBytes;

    public ProcessTreeTracker(ProcFs proc, int rootPid) { this(proc, () -> rootPid); }

    /**
     * A tree whose root is not started yet: {@code rootPid} answers 0 until it is. The meter takes
     * its baselines before the command starts, so the command's first moments are measured too;
     * until then the tree is empty (no CPU time, no memory).
     */
    public ProcessTreeTracker(ProcFs proc, java.util.function.IntSupplier rootPid) {
        this.proc = proc;
        this.rootPid = rootPid;
    }

    public int rootPid() { return rootPid.getAsInt(); }

    /** CPU ticks and resident bytes of the tree, as read at one instant. */
    public record Reading(long cpuTicks, long rssBytes) {}

    private Instant lastReadAt;
    private Reading lastReading;

    /**
     * The tree as of the sampler tick {@code at}: scanned once per tick, however many estimators
     * ask (a /proc scan lists every process on the host).
     */
    public synchronized Reading read(Instant at) throws IOException {
        if (!at.equals(lastReadAt)) {
            long ticks = cpuTicks();
            lastReading = new Reading(ticks, lastRssBytes);
            lastReadAt = at;
        }
        return lastReading;
    }

    /** Reads the tree now; returns cumulative CPU ticks (user + system, incl. reaped children). */
    public synchronized long cpuTicks() throws IOException {
        int root = rootPid.getAsInt();
        List<ProcStat> tree = root > 0 ? proc.tree(root) : List.of();
        if (!tree.isEmpty()) {
            long ticks = 0, rss = 0;
            for (ProcStat s : tree) {
                ticks += s.cpuTicks();
                rss += s.rssPages() * proc.pageSize();
            }
            maxTicks = Math.max(maxTicks, ticks);
            lastRssBytes = rss;
        }
        return maxTicks;
    }

    /** Resident memory of the tree at the last read, in bytes. */
    public synchronized long rssBytes() { return lastRssBytes; }
}
