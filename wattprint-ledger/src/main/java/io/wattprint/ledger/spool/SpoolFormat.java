package io.wattprint.ledger.spool;

import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.RunMarker;
import io.wattprint.core.time.IsoInstant;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Encoding of spool records, one line each; the format is described in {@code package-info}.
 * Fields are UTF-8 text separated by tabs; a backslash, tab, line feed or carriage return
 * inside a field is escaped, so a tab always separates fields and a line feed always ends a
 * record; a field with no value (null, not empty) is {@code \N}. The last field is the CRC-32 of
 * the line's bytes before it.
 */
final class SpoolFormat {
    static final int VERSION = 1;
    static final String MAGIC = "wattprint-spool " + VERSION;
    static final String MAGIC_PREFIX = "wattprint-spool ";
    static final char HEADER = 'H';
    static final char INTERVAL = 'I';
    static final char MARKER = 'M';
    static final char OUTCOME = 'O';
    static final char RUN = 'R';
    /** A field that holds no value (null), as opposed to an empty text: a backslash and a capital N. */
    static final String NULL = "\\N";

    /** Always nine fraction digits, so the lines of one file line up and nanos survive. */
    private static final DateTimeFormatter INSTANT = new DateTimeFormatterBuilder().appendInstant(9).toFormatter(Locale.ROOT);
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private SpoolFormat() {}

    static byte[] magicLine() {
        return (MAGIC + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] header(SpoolHeader h) {
        return line(String.valueOf(HEADER), h.runId(), h.ledger(), h.host(), Long.toString(h.ownerPid()),
                h.ownerStartedAt() == null ? "" : instant(h.ownerStartedAt()), instant(h.runStart()));
    }

    static byte[] intervals(List<EnergyInterval> xs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(xs.size() * 160);
        for (EnergyInterval x : xs) out.writeBytes(interval(x));
        return out.toByteArray();
    }

    static byte[] interval(EnergyInterval x) {
        return line(String.valueOf(INTERVAL), instant(x.start()), instant(x.end()), x.component().toString(),
                joules(x.energy().joules()), x.provenance().kind().name(), x.provenance().method());
    }

    static byte[] marker(RunMarker m) {
        return line(String.valueOf(MARKER), instant(m.at()), m.type().name(), m.label(),
                m.value() == null ? "" : m.value().toString());
    }

    static byte[] outcome(SpoolOutcome o) {
        return line(String.valueOf(OUTCOME), instant(o.end()), o.status().name(),
                o.exitCode() == null ? "" : o.exitCode().toString());
    }

    /**
     * The run's row: {@code R run-id key workload project team model model-version phase host zone cloud-region
     * facility start pue pue-basis command [tag-key tag-value]...}; a field with no value is {@link #NULL}.
     */
    static byte[] run(SpoolRun r) {
        var run = r.run();
        var w = run.workload();
        var l = run.location();
        List<String> f = new ArrayList<>(18 + 2 * w.tags().size());
        f.add(String.valueOf(RUN));
        f.add(run.id());
        f.add(run.idempotencyKey());
        f.add(w.name());
        f.add(w.project());
        f.add(w.team());
        f.add(w.model());
        f.add(w.modelVersion());
        f.add(w.phase() == null ? null : w.phase().label());
        f.add(run.host());
        f.add(l.zone());
        f.add(l.cloudRegion());
        f.add(l.facility());
        f.add(instant(run.start()));
        f.add(Double.toString(r.pue().pue().value()));
        f.add(r.pue().basis());
        f.add(run.command());
        w.tags().forEach((k, v) -> {
            f.add(k);
            f.add(v);
        });
        return line(f.toArray(String[]::new));
    }

    /**
     * ISO-8601 UTC with exactly nine fraction digits, as {@code appendInstant(9)} writes it: written digit by digit for
     * years 0–9999 ({@link IsoInstant}; the formatter costs more than the rest of a tick when the JVM has not compiled
     * it yet, and the meter writes a few records a second). Other years go to the formatter.
     */
    static String instant(Instant t) {
        return IsoInstant.writable(t) ? IsoInstant.text(t, 9) : INSTANT.format(t);
    }

    /**
     * Joules as a plain decimal ({@code 0.30000000000000004}, never {@code 3.0E-4}): the shortest
     * decimal that {@link Double#toString} picks, which parses back to the same double.
     */
    static String joules(double j) {
        String s = Double.toString(j);
        return s.indexOf('E') < 0 ? s : new BigDecimal(s).toPlainString();   // plain already for 1e-3 ≤ |j| < 1e7
    }

    /** One record: escaped fields joined by tabs, a tab, 8 hex digits of CRC-32, a line feed. */
    static byte[] line(String... fields) {
        StringBuilder sb = new StringBuilder(128);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) sb.append('\t');
            if (fields[i] == null) sb.append(NULL);
            else escape(fields[i], sb);
        }
        byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(body);
        byte[] out = new byte[body.length + 10];
        System.arraycopy(body, 0, out, 0, body.length);
        out[body.length] = '\t';
        long c = crc.getValue();
        for (int i = 0; i < 8; i++) out[body.length + 1 + i] = HEX[(int) (c >>> (28 - 4 * i)) & 0xf];
        out[out.length - 1] = '\n';
        return out;
    }

    /**
     * The fields of one line (its bytes without the line feed), after checking its CRC.
     *
     * @throws BadRecord saying why the line cannot be trusted
     */
    static List<String> fields(byte[] b, int len) throws BadRecord {
        int tab = len - 9;
        if (tab < 0 || b[tab] != '\t') throw new BadRecord("no checksum at the end of the line");
        long expected = 0;
        for (int i = tab + 1; i < len; i++) {
            int d = Character.digit(b[i], 16);
            if (d < 0) throw new BadRecord("no checksum at the end of the line");
            expected = (expected << 4) | d;
        }
        CRC32 crc = new CRC32();
        crc.update(b, 0, tab);
        if (crc.getValue() != expected) throw new BadRecord("checksum mismatch");
        String body = new String(b, 0, tab, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(8);
        int from = 0;
        for (int i = 0; i <= body.length(); i++) {
            if (i == body.length() || body.charAt(i) == '\t') {
                out.add(unescape(body, from, i));
                from = i + 1;
            }
        }
        return out;
    }

    private static void escape(String s, StringBuilder sb) {
        if (s.indexOf('\\') < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            sb.append(s);   // the usual case, and much cheaper before the JIT has compiled this
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
    }

    private static String unescape(String s, int from, int to) throws BadRecord {
        if (s.startsWith(NULL, from) && to - from == NULL.length()) return null;
        if (s.indexOf('\\', from) < 0 || s.indexOf('\\', from) >= to) return s.substring(from, to);
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (++i == to) throw new BadRecord("a field ends in a lone backslash");
            switch (s.charAt(i)) {
                case '\\' -> sb.append('\\');
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                default -> throw new BadRecord("unknown escape \\" + s.charAt(i));
            }
        }
        return sb.toString();
    }

    /** A line that is not a record this version can trust, with the reason in words. */
    static final class BadRecord extends Exception {
        BadRecord(String reason) {
            super(reason, null, false, false);
        }
    }
}
