package io.wattprint.cli.run;

import io.wattprint.cli.UserException;
import io.wattprint.cli.out.Csv;
import io.wattprint.core.model.EnergyInterval;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code wattprint run --trace FILE}: the raw per-interval trace as CSV, one row per component per
 * tick, written and flushed as the meter produces it, so a trace of a killed run is complete up to
 * the last tick. Columns: start, end, component, energy_j, provenance, method.
 */
final class TraceFile implements Consumer<List<EnergyInterval>>, AutoCloseable {
    static final List<String> HEADER = List.of("start", "end", "component", "energy_j", "provenance", "method");

    private final Path path;
    private final PrintWriter out;

    private TraceFile(Path path, PrintWriter out) {
        this.path = path;
        this.out = out;
    }

    /** Creates (or replaces) the file and writes the header; a path that cannot be written is a usage error. */
    static TraceFile create(Path path) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw UserException.usage("invalid value for --trace: " + path + " (directory " + parent + " does not exist)");
            }
            PrintWriter w = new PrintWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8));
            Csv.line(w, HEADER);
            w.flush();
            return new TraceFile(path, w);
        } catch (IOException e) {
            throw UserException.usage("invalid value for --trace: cannot write " + path + " (" + e.getMessage() + ")");
        }
    }

    @Override
    public synchronized void accept(List<EnergyInterval> batch) {
        for (EnergyInterval i : batch) {
            Csv.line(out, List.of(i.start(), i.end(), i.component(), i.energy().joules(), i.provenance().kind(),
                    i.provenance().method()));
        }
        out.flush();
        if (out.checkError()) throw new UncheckedIOException(new IOException("cannot write " + path + " (disk full or file gone?)"));
    }

    @Override
    public synchronized void close() { out.close(); }

    @Override
    public String toString() { return "trace file " + path; }
}
