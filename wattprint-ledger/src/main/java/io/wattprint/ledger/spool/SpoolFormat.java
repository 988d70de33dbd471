package io.wattprint.ledger.spool;

import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.RunMarker;
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
 * record. The last field is the CRC-32 of the line's bytes before it.
 */
final class SpoolFormat {
    static final int VERSION = 1;
    static final String MAGIC = "wattprint-spool " + VERSION;
    static final String MAGIC_PREFIX = "wattprint-spool ";
    static final char HEADER = 'H';
    static final char INTERVAL = 'I';
    static final char MARKER = 'M';

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

    static String instant(Instant t) {
        return INSTANT.format(t);
    }

    /**
     * Joules as a plain decimal ({@code 0.30000000000000004}, never {@code 3.0E-4}): the shortest
     * decimal that {@link Double#toString} picks, which parses back to the same double.
     */
    static String joules(double j) {
        return new BigDecimal(Double.toString(j)).toPlainString();
    }

    /** One record: escaped fields joined by tabs, a tab, 8 hex digits of CRC-32, a line feed. */
    static byte[] line(String... fields) {
        StringBuilder sb = new StringBuilder(128);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) sb.append('\t');
            escape(fields[i], sb);
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
