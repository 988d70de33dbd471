package io.wattprint.meter.procfs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the Linux {@code /proc} filesystem. The root is a parameter so that tests run on
 * fake trees built in a temporary directory.
 */
public final class ProcFs {
    /** Page size assumed when the kernel does not say (4 KiB on x86-64 and most arm64 kernels). */
    public static final long DEFAULT_PAGE_SIZE = 4096;

    private final Path root;
    private long pageSize;

    public ProcFs(Path root) { this.root = root; }

    public static ProcFs system() { return new ProcFs(Path.of("/proc")); }

    /**
     * Bytes per page for RSS: the kernel's page size from the first {@code KernelPageSize} line of
     * {@code self/smaps} (64 KiB on some arm64 kernels), else {@link #DEFAULT_PAGE_SIZE}. Read once.
     */
    public synchronized long pageSize() {
        if (pageSize == 0) {
            pageSize = DEFAULT_PAGE_SIZE;
            try (var lines = Files.newBufferedReader(root.resolve("self").resolve("smaps"), StandardCharsets.US_ASCII)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("KernelPageSize:")) {
                        pageSize = Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                        break;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // No smaps (fake tree, restricted container): keep the default.
            }
        }
        return pageSize;
    }

    public boolean isAvailable() { return Files.isReadable(root.resolve("stat")); }

    public Path root() { return root; }

    /**
     * The aggregate {@code cpu} line of /proc/stat, the file's first line: only that much is read
     * and parsed (on a large server the file is tens of kB, mostly interrupt counters), every tick.
     */
    public HostCpuTimes hostCpuTimes() throws IOException {
        Path stat = root.resolve("stat");
        String line = firstLine(stat);
        if (line == null || !line.startsWith("cpu ")) {
            for (String l : Files.readAllLines(stat, StandardCharsets.US_ASCII)) {   // not first: look further
                if (l.startsWith("cpu ")) { line = l; break; }
            }
            if (line == null || !line.startsWith("cpu ")) throw new IOException(stat + " has no aggregate 'cpu' line");
        }
        long[] f;
        try {
            f = Fields.longs(line, 4, 8, true);   // user nice system idle iowait irq softirq steal (old kernels: fewer)
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IOException(stat + ": unexpected aggregate 'cpu' line (" + e.getMessage() + ")", e);
        }
        return new HostCpuTimes(f[0] + f[1] + f[2] + f[5] + f[6] + f[7], f[3] + f[4]);
    }

    /** The file's first line, read through a small buffer; null when the file is empty. */
    private static String firstLine(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[512];
            int n = 0, r;
            while (n < buf.length && (r = in.read(buf, n, buf.length - n)) > 0) {
                for (int i = n; i < n + r; i++) if (buf[i] == '\n') return new String(buf, 0, i, StandardCharsets.US_ASCII);
                n += r;
            }
            return n == 0 ? null : n < buf.length ? new String(buf, 0, n, StandardCharsets.US_ASCII) : null;
        }
    }

    /** Logical CPUs listed in /proc/stat ({@code cpuN} lines). */
    public int logicalCpus() throws IOException {
        int n = 0;
        for (String line : Files.readAllLines(root.resolve("stat"), StandardCharsets.US_ASCII)) {
            if (line.startsWith("cpu") && line.length() > 3 && Character.isDigit(line.charAt(3))) n++;
        }
        return Math.max(n, 1);
    }

    public Optional<String> cpuModel() {
        try {
            for (String line : Files.readAllLines(root.resolve("cpuinfo"), StandardCharsets.UTF_8)) {
                if (line.startsWith("model name")) {
                    return Optional.of(line.substring(line.indexOf(':') + 1).trim());
                }
            }
        } catch (IOException e) {
            // No cpuinfo (some containers): the caller falls back to a documented default.
        }
        return Optional.empty();
    }

    public long memTotalBytes() throws IOException {
        for (String line : Files.readAllLines(root.resolve("meminfo"), StandardCharsets.US_ASCII)) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IOException(root.resolve("meminfo") + " has no MemTotal line");
    }

    /** All processes readable now. Processes that vanish while being read are skipped. */
    public Map<Integer, ProcStat> processes() throws IOException {
        Map<Integer, ProcStat> all = new HashMap<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, p -> isNumeric(p.getFileName().toString()))) {
            for (Path dir : dirs) {
                try {
                    String line = Files.readString(dir.resolve("stat"), StandardCharsets.UTF_8);
                    ProcStat s = ProcStat.parse(line.trim());
                    all.put(s.pid(), s);
                } catch (IOException | RuntimeException e) {
                    // The process exited between listing and reading: it is simply not there.
                }
            }
        }
        return all;
    }

    /**
     * The process and all its live descendants, root first. Empty if the root has exited.
     * Where the kernel has {@code /proc/PID/task/TID/children} (Linux 3.5+, CONFIG_PROC_CHILDREN)
     * only the tree itself is read; otherwise every process on the host is scanned once.
     */
    public List<ProcStat> tree(int rootPid) throws IOException {
        if (hasChildrenFiles(rootPid)) return walk(rootPid);
        return scan(rootPid);
    }

    private List<ProcStat> walk(int rootPid) {
        List<ProcStat> out = new ArrayList<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.add(rootPid);
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            int pid = todo.poll();
            if (!seen.add(pid)) continue;
            Path dir = root.resolve(Integer.toString(pid));
            try {
                out.add(ProcStat.parse(Files.readString(dir.resolve("stat"), StandardCharsets.UTF_8).trim()));
                try (DirectoryStream<Path> tasks = Files.newDirectoryStream(dir.resolve("task"))) {
                    for (Path task : tasks) {
                        for (String child : Files.readString(task.resolve("children"), StandardCharsets.US_ASCII).trim().split(" ")) {
                            if (!child.isEmpty()) todo.add(Integer.parseInt(child));
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                // Exited while being read: it (and children not yet listed) are simply not there now.
            }
        }
        return out;
    }

    private List<ProcStat> scan(int rootPid) throws IOException {
        Map<Integer, ProcStat> all = processes();
        List<ProcStat> out = new ArrayList<>();
        ProcStat root = all.get(rootPid);
        if (root == null) return out;
        Map<Integer, List<ProcStat>> children = new HashMap<>();
        for (ProcStat s : all.values()) children.computeIfAbsent(s.ppid(), k -> new ArrayList<>()).add(s);
        Deque<ProcStat> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            ProcStat s = todo.poll();
            out.add(s);
            todo.addAll(children.getOrDefault(s.pid(), List.of()));
        }
        return out;
    }

    private Boolean childrenFiles;

    private synchronized boolean hasChildrenFiles(int pid) {
        if (childrenFiles == null) {
            Path task = root.resolve(Integer.toString(pid)).resolve("task").resolve(Integer.toString(pid));
            if (!Files.isDirectory(task)) return false;   // root gone, or a fake /proc: decide on a later call
            childrenFiles = Files.isReadable(task.resolve("children"));
        }
        return childrenFiles;
    }

    private static boolean isNumeric(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }

}
