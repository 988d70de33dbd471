package io.wattprint.meter.procfs;

/**
 * The fields of {@code /proc/<pid>/stat} the meter needs (proc(5) field numbers in brackets):
 * pid [1], ppid [4], utime [14], stime [15], cutime [16], cstime [17], rss pages [24].
 */
public record ProcStat(int pid, int ppid, long utime, long stime, long cutime, long cstime, long rssPages) {

    /** CPU ticks of the process and of its children it has waited for. */
    public long cpuTicks() { return utime + stime + cutime + cstime; }

    /**
     * Parses one stat line. The command name (field 2) is in parentheses and may itself
     * contain spaces and parentheses, so fields are counted from the last ')'.
     */
    public static ProcStat parse(String line) {
        int close = line.lastIndexOf(')');
        if (close < 0) throw new IllegalArgumentException("not a /proc/<pid>/stat line: " + line);
        int pid = Integer.parseInt(line.substring(0, line.indexOf(' ')).trim());
        if (close + 4 > line.length()) throw new IllegalArgumentException("not a /proc/<pid>/stat line: " + line);
        // After ") S ": field 4 (ppid) onwards; field n is f[n - 4]. Parsed by hand: this runs every tick.
        long[] f = Fields.longs(line, close + 4, 21);
        return new ProcStat(pid, Math.toIntExact(f[0]), f[10], f[11], f[12], f[13], f[20]);
    }
}
