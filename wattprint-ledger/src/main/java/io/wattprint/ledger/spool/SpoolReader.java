package io.wattprint.ledger.spool;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Phase;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.PueAssumption;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunMarker;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.quantity.Pue;
import io.wattprint.ledger.spool.SpoolFormat.BadRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads a spool file line by line. Only lines ended by a line feed count: bytes after the last
 * one are a record a crash cut short. A whole line that fails its checksum or does not parse is
 * skipped and reported, and reading goes on.
 */
final class SpoolReader implements AutoCloseable {
    private final Path path;
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private byte[] line = new byte[256];
    private int len;
    private long lineNo;
    /** The current line is to be read again by the next {@link #next()} (a record after a single header). */
    private boolean again;
    /** What was wrong with the first header copy, when the second one was used. */
    private SpoolContents.Skipped damagedHeader;

    private SpoolReader(Path path) throws IOException {
        this.path = path;
        this.in = Files.newInputStream(path);
    }

    static SpoolContents read(Path path) {
        try (SpoolReader r = new SpoolReader(path)) {
            SpoolHeader header = r.header();
            List<EnergyInterval> intervals = new ArrayList<>();
            List<RunMarker> markers = new ArrayList<>();
            List<SpoolContents.Skipped> skipped = new ArrayList<>();
            SpoolOutcome[] outcome = new SpoolOutcome[1];   // the last outcome record, if any
            SpoolRun[] run = new SpoolRun[1];               // the first run record, if any
            if (r.damagedHeader != null) skipped.add(r.damagedHeader);
            while (r.next()) {
                try {
                    if (r.isRun()) {
                        SpoolRun row = r.runRecord(header);
                        if (run[0] == null) run[0] = row;
                    } else {
                        r.record(intervals, markers, outcome);
                    }
                } catch (BadRecord e) {
                    skipped.add(new SpoolContents.Skipped(r.lineNo, e.getMessage()));
                }
            }
            return new SpoolContents(path, header, Optional.ofNullable(run[0]), intervals, markers,
                    Optional.ofNullable(outcome[0]), r.len, skipped);
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    /** The header alone, for listing a directory without reading every record. */
    static SpoolHeader header(Path path) {
        try (SpoolReader r = new SpoolReader(path)) {
            return r.header();
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    private static SpoolException unreadable(Path path, IOException e) {
        String why = e instanceof NoSuchFileException ? "no such file" : e.getMessage();
        return new SpoolException(path + ": cannot read spool file (" + why + ")", e);
    }

    private SpoolHeader header() throws IOException {
        if (!next()) {
            throw noHeader(len == 0 ? "the file is empty" : "not a wattprint spool file (no line feed in its first line)");
        }
        String first = new String(line, 0, Math.min(len, 60), StandardCharsets.UTF_8);
        if (!first.equals(SpoolFormat.MAGIC)) {
            if (first.startsWith(SpoolFormat.MAGIC_PREFIX)) {
                throw noHeader("spool format '" + printable(first.substring(SpoolFormat.MAGIC_PREFIX.length()))
                        + "' was written by another wattprint; this one reads format " + SpoolFormat.VERSION);
            }
            throw noHeader("not a wattprint spool file (first line is '" + printable(first) + "', expected '"
                    + SpoolFormat.MAGIC + "')");
        }
        if (!next()) {
            throw noHeader(len == 0 ? "the spool header is missing (the file ends after line 1)"
                    : "the spool header (line 2) is cut short");
        }
        SpoolHeader header;
        try {
            header = headerRecord();
        } catch (BadRecord e) {
            // Line 3 repeats the header (files of this version): a damaged first copy loses nothing.
            if (next()) {
                try {
                    SpoolHeader copy = headerRecord();
                    damagedHeader = new SpoolContents.Skipped(2, "header damaged (" + e.getMessage()
                            + "); its copy on line 3 was used");
                    return copy;
                } catch (BadRecord ignored) {
                    // neither copy can be trusted: the first copy's reason is the one to give
                }
            }
            throw noHeader("the spool header (line 2) is damaged: " + e.getMessage());
        }
        // The copy on line 3; a file of an earlier release has a record there, read next as usual.
        if (next()) {
            try {
                headerRecord();
            } catch (BadRecord notACopy) {
                again = true;
            }
        }
        return header;
    }

    private SpoolHeader headerRecord() throws BadRecord {
        List<String> f = SpoolFormat.fields(line, len);
        if (!f.get(0).equals(String.valueOf(SpoolFormat.HEADER))) {
            throw new BadRecord("it is a '" + printable(f.get(0)) + "' record, expected 'H'");
        }
        expectFields(f, 7);
        try {
            return new SpoolHeader(f.get(1), f.get(2), f.get(3), Long.parseLong(f.get(4)),
                    f.get(5).isEmpty() ? null : Instant.parse(f.get(5)), Instant.parse(f.get(6)));
        } catch (RuntimeException e) {
            throw new BadRecord(e.getMessage());
        }
    }

    private SpoolException noHeader(String why) {
        return new SpoolException(path + ": " + why + "; no run can be recovered from it");
    }

    /** Whether the current line is a run record (its checksum and fields not checked yet). */
    private boolean isRun() {
        return len > 1 && line[0] == SpoolFormat.RUN && line[1] == '\t';
    }

    /** The run record of {@link SpoolFormat#run}; it must name the header's run. */
    private SpoolRun runRecord(SpoolHeader header) throws BadRecord {
        List<String> f = SpoolFormat.fields(line, len);
        if (f.size() < 17 || (f.size() - 17) % 2 != 0) {
            throw new BadRecord("bad run record: expected 17 fields and a key and value per tag, found " + f.size());
        }
        try {
            if (!header.runId().equals(f.get(1))) {
                throw new IllegalArgumentException("it names run " + f.get(1) + ", the header " + header.runId());
            }
            Map<String, String> tags = new TreeMap<>();
            for (int i = 17; i < f.size(); i += 2) tags.put(f.get(i), f.get(i + 1));
            Phase phase = f.get(8) == null ? null : Phase.parse(f.get(8))
                    .orElseThrow(() -> new IllegalArgumentException("unknown phase '" + f.get(8) + "'"));
            Workload workload = new Workload(f.get(3), f.get(4), f.get(5), f.get(6), f.get(7), phase, tags);
            Location location = new Location(f.get(10), f.get(11), f.get(12));
            Run run = new Run(f.get(1), f.get(2), workload, f.get(9), location, Instant.parse(f.get(13)), null,
                    RunStatus.RUNNING, null, f.get(16));
            PueAssumption pue = new PueAssumption(Pue.of(Double.parseDouble(f.get(14))), f.get(15));
            return new SpoolRun(run, pue);
        } catch (RuntimeException e) {
            throw new BadRecord("bad run record: " + e.getMessage());
        }
    }

    private void record(List<EnergyInterval> intervals, List<RunMarker> markers, SpoolOutcome[] outcome) throws BadRecord {
        List<String> f = SpoolFormat.fields(line, len);
        String type = f.get(0);
        try {
            if (type.equals(String.valueOf(SpoolFormat.INTERVAL))) {
                expectFields(f, 7);
                intervals.add(new EnergyInterval(Instant.parse(f.get(1)), Instant.parse(f.get(2)),
                        Component.parse(f.get(3)), Energy.ofJoules(Double.parseDouble(f.get(4))),
                        Provenance.of(Provenance.Kind.valueOf(f.get(5)), f.get(6))));
            } else if (type.equals(String.valueOf(SpoolFormat.MARKER))) {
                expectFields(f, 5);
                markers.add(new RunMarker(Instant.parse(f.get(1)), RunMarker.Type.valueOf(f.get(2)), f.get(3),
                        f.get(4).isEmpty() ? null : Long.valueOf(f.get(4))));
            } else if (type.equals(String.valueOf(SpoolFormat.OUTCOME))) {
                expectFields(f, 4);
                outcome[0] = new SpoolOutcome(Instant.parse(f.get(1)), RunStatus.valueOf(f.get(2)),
                        f.get(3).isEmpty() ? null : Integer.valueOf(f.get(3)));
            } else {
                throw new BadRecord("unknown record type '" + printable(type) + "'");
            }
        } catch (RuntimeException e) {
            String what = switch (type) {
                case "I" -> "interval";
                case "M" -> "marker";
                default -> "outcome";
            };
            throw new BadRecord("bad " + what + ": " + e.getMessage());
        }
    }

    private static void expectFields(List<String> f, int n) throws BadRecord {
        if (f.size() != n) throw new BadRecord("expected " + n + " fields, found " + f.size());
    }

    /** Reads the next line ended by a line feed; false at the end, leaving {@code len} bytes of a cut line. */
    private boolean next() throws IOException {
        if (again) {
            again = false;
            return true;
        }
        len = 0;
        while (true) {
            if (pos == lim) {
                lim = Math.max(in.read(buf), 0);
                pos = 0;
                if (lim == 0) return false;
            }
            int i = pos;
            while (i < lim && buf[i] != '\n') i++;
            keep(pos, i - pos);
            if (i < lim) {
                pos = i + 1;
                lineNo++;
                return true;
            }
            pos = lim;
        }
    }

    private void keep(int from, int n) {
        if (len + n > line.length) line = Arrays.copyOf(line, Math.max(line.length * 2, len + n));
        System.arraycopy(buf, from, line, len, n);
        len += n;
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < 40; i++) {
            char c = s.charAt(i);
            sb.append(Character.isISOControl(c) || c == '\uFFFD' ? '?' : c);
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
