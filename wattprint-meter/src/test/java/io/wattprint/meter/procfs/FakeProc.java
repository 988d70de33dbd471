package io.wattprint.meter.procfs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A fake {@code /proc} tree in a temporary directory, written in the kernel's own formats
 * (proc(5)), so that tests can rewrite the files between two readings.
 */
public final class FakeProc {
    private final Path root;

    public FakeProc(Path root) { this.root = root; }

    public Path root() { return root; }

    public ProcFs procFs() { return new ProcFs(root); }

    /**
     * {@code /proc/stat} with an aggregate {@code cpu} line (user nice system idle iowait irq softirq
     * steal guest guest_nice) and {@code cpus} per-CPU lines.
     */
    public FakeProc stat(long user, long nice, long system, long idle, long iowait, long irq, long softirq,
                         long steal, int cpus) {
        StringBuilder s = new StringBuilder();
        s.append("cpu  ").append(user).append(' ').append(nice).append(' ').append(system).append(' ').append(idle)
                .append(' ').append(iowait).append(' ').append(irq).append(' ').append(softirq).append(' ')
                .append(steal).append(" 0 0\n");
        for (int i = 0; i < cpus; i++) s.append("cpu").append(i).append(" 1 0 1 1 0 0 0 0 0 0\n");
        s.append("intr 123456 0 0 0\nctxt 987654\nbtime 1700000000\nprocesses 4242\nprocs_running 2\n");
        return write("stat", s.toString());
    }

    /** A {@code /proc/stat} whose host is busy for {@code busy} ticks (all user) and idle for {@code idle}. */
    public FakeProc stat(long busy, long idle) { return stat(busy, 0, 0, idle, 0, 0, 0, 0, 2); }

    public FakeProc cpuinfo(String modelName) {
        return write("cpuinfo", "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: " + modelName
                + "\nflags\t\t: fpu vme\n\nprocessor\t: 1\nmodel name\t: " + modelName + "\n");
    }

    public FakeProc meminfo(long memTotalKb) {
        return write("meminfo", "MemTotal:       " + memTotalKb + " kB\nMemFree:         1024 kB\nMemAvailable:    2048 kB\n");
    }

    /** {@code /proc/<pid>/stat} in the kernel's layout: 52 fields, command name in parentheses. */
    public FakeProc process(int pid, String comm, int ppid, long utime, long stime, long cutime, long cstime, long rssPages) {
        String line = pid + " (" + comm + ") S " + ppid + " " + pid + " " + pid + " 0 -1 4194304 100 0 0 0 "
                + utime + " " + stime + " " + cutime + " " + cstime + " 20 0 1 0 108591 3133440 " + rssPages
                + " 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0 0 0 0 0 0 0 0 0\n";
        return write(pid + "/stat", line);
    }

    /**
     * {@code /proc/<pid>/task/<tid>/children}: the children each thread started, as the kernel
     * lists them. A fake /proc with these files is walked from the root instead of scanned.
     */
    public FakeProc children(int pid, int tid, int... kids) {
        StringBuilder sb = new StringBuilder();
        for (int k : kids) sb.append(k).append(' ');
        return write(pid + "/task/" + tid + "/children", sb.toString());
    }

    /** A process with user time only and no memory. */
    public FakeProc process(int pid, int ppid, long utime) { return process(pid, "p" + pid, ppid, utime, 0, 0, 0, 0); }

    /** The process has exited: its directory is gone. */
    public FakeProc exit(int pid) {
        Path dir = root.resolve(Integer.toString(pid));
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public FakeProc write(String relative, String content) {
        try {
            Path p = root.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
