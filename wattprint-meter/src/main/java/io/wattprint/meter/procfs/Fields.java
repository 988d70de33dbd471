package io.wattprint.meter.procfs;

/** Space-separated integers of a /proc line, parsed without regular expressions (this runs every tick). */
final class Fields {
    private Fields() {}

    /**
     * The first {@code count} space-separated integers of {@code line} from index {@code from}
     * (negative values allowed, as in /proc/PID/stat's priority fields).
     *
     * @throws NumberFormatException when a field is not an integer or there are fewer than {@code count}
     */
    static long[] longs(String line, int from, int count) { return longs(line, from, count, false); }

    /** As {@link #longs(String, int, int)}; with {@code missingAreZero}, a short line's missing fields are 0. */
    static long[] longs(String line, int from, int count, boolean missingAreZero) {
        long[] out = new long[count];
        int i = from, n = line.length();
        for (int k = 0; k < count; k++) {
            while (i < n && line.charAt(i) == ' ') i++;
            if (i >= n && missingAreZero) return out;
            if (i >= n) throw new NumberFormatException("expected " + count + " numbers, found " + k + " in: " + line);
            boolean negative = line.charAt(i) == '-';
            if (negative) i++;
            int start = i;
            long v = 0;
            while (i < n && line.charAt(i) != ' ') {
                char ch = line.charAt(i);
                if (ch < '0' || ch > '9') throw new NumberFormatException("not a number at " + i + " in: " + line);
                v = Math.addExact(Math.multiplyExact(v, 10), ch - '0');
                i++;
            }
            if (i == start) throw new NumberFormatException("empty field at " + i + " in: " + line);
            out[k] = negative ? -v : v;
        }
        return out;
    }
}
