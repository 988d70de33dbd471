package io.wattprint.ingest.kepler;

import io.wattprint.ingest.Excerpt;
import io.wattprint.ingest.ImportContext;
import io.wattprint.ingest.TimeLimits;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prometheus text exposition ({@code /metrics}) dumps: {@code name{label="v",…} value timestamp_ms}.
 * A single scrape holds counters since Kepler started, over a span nobody knows, so every Kepler
 * sample must carry its timestamp and a series needs two scrapes or more: the increase between
 * the first and the last is the energy. Lines of several scrapes may simply be concatenated.
 * Memory grows with the number of series, not of lines.
 */
final class TextDumpReader {
    private record Entry(String name, Map<String, String> labels, Counter counter, long line) {}

    private final ImportContext ctx;
    /** Lines that named a Kepler metric ({@code kepler_…}), good or bad: none means the file is not a Kepler dump. */
    long keplerLines;

    TextDumpReader(ImportContext ctx) { this.ctx = ctx; }

    void read(BufferedReader in, SeriesSink sink) throws IOException {
        Map<String, Entry> series = new LinkedHashMap<>();
        String text;
        long line = 0;
        while ((text = in.readLine()) != null) {
            line++;
            String s = line == 1 ? text.replace("\uFEFF", "").strip() : text.strip();
            if (s.isEmpty() || s.startsWith("#") || !s.startsWith("kepler_")) continue;
            keplerLines++;
            Sample sample;
            try {
                sample = parse(s);
            } catch (IllegalArgumentException e) {
                ctx.reject(line, null, e.getMessage(), text);
                continue;
            }
            if (sample.timestampMs == null) {
                ctx.reject(line, null, "sample without a timestamp: a single scrape gives the counter since Kepler started, "
                        + "over an unknown span; give two or more scrapes whose samples carry their timestamp in ms "
                        + "(or export a query_range JSON)", text);
                continue;
            }
            Instant at = TimeLimits.epochMillis(sample.timestampMs).orElse(null);
            if (at == null) {
                ctx.reject(line, null, "timestamp " + sample.timestampMs + " is out of range (expected milliseconds since 1970 of a time "
                        + "between " + TimeLimits.EARLIEST + " and " + TimeLimits.LATEST + ")", text);
                continue;
            }
            long l = line;
            Entry e = series.computeIfAbsent(sample.name + sample.labels, k -> new Entry(sample.name, sample.labels, new Counter(), l));
            e.counter.add(at, sample.value);
        }
        for (Entry e : series.values()) sink.series(e.name, e.labels, e.counter, e.line, e.name + e.labels);
    }

    private record Sample(String name, Map<String, String> labels, double value, Long timestampMs) {}

    /** @throws IllegalArgumentException saying what is wrong with the line */
    static Sample parse(String s) {
        int i = 0;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == ':')) i++;
        String name = s.substring(0, i);
        Map<String, String> labels = new TreeMap<>();
        if (i < s.length() && s.charAt(i) == '{') {
            i++;
            while (true) {
                while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == ',')) i++;
                if (i < s.length() && s.charAt(i) == '}') {
                    i++;
                    break;
                }
                int eq = s.indexOf('=', i);
                if (eq < 0 || eq + 1 >= s.length() || s.charAt(eq + 1) != '"') {
                    throw new IllegalArgumentException("malformed labels; expected name{label=\"value\",…} value timestamp_ms");
                }
                String key = s.substring(i, eq).strip();
                StringBuilder v = new StringBuilder();
                int j = eq + 2;
                for (; j < s.length() && s.charAt(j) != '"'; j++) {
                    char ch = s.charAt(j);
                    if (ch == '\\' && j + 1 < s.length()) {
                        char n = s.charAt(++j);
                        v.append(n == 'n' ? '\n' : n);
                    } else {
                        v.append(ch);
                    }
                }
                if (j >= s.length()) throw new IllegalArgumentException("unclosed label value; expected label=\"value\"");
                labels.put(key, v.toString());
                i = j + 1;
            }
        }
        String[] rest = s.substring(i).strip().split("\\s+");
        if (rest.length < 1 || rest[0].isEmpty() || rest.length > 2) {
            throw new IllegalArgumentException("expected name{labels} value [timestamp_ms], got '" + Excerpt.of(s) + "'");
        }
        double value;
        try {
            value = Double.parseDouble(rest[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("value '" + Excerpt.of(rest[0]) + "' is not a number");
        }
        Long ts = null;
        if (rest.length == 2) {
            try {
                ts = Long.parseLong(rest[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("timestamp '" + Excerpt.of(rest[1]) + "' is not an integer of milliseconds since 1970");
            }
        }
        return new Sample(name, labels, value, ts);
    }
}
