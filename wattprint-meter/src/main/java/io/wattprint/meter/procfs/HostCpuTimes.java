package io.wattprint.meter.procfs;

/**
 * The aggregate {@code cpu} line of {@code /proc/stat}, in clock ticks. Busy time is
 * user + nice + system + irq + softirq + steal; idle time is idle + iowait (proc(5)).
 */
public record HostCpuTimes(long busyTicks, long idleTicks) {
    public long totalTicks() { return busyTicks + idleTicks; }
}
