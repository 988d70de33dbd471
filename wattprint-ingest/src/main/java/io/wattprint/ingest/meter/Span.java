package io.wattprint.ingest.meter;

import io.wattprint.core.facility.MeterReading;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Energy of one meter being summed into one reading: contiguous time within one UTC day, and the
 * rows that ended in it (each row of the file is accounted for in exactly one span).
 */
final class Span {
    /** A row of the file, kept so that a refused reading can quarantine the rows it was made of. */
    record Row(long line, String raw) {}

    final String facility;
    final MeterReading.Kind kind;
    final String meter;
    final Instant from;
    Instant to;
    double joules;
    long firstLine = Long.MAX_VALUE;
    long lastLine = Long.MIN_VALUE;
    final List<Row> rows = new ArrayList<>();

    Span(String facility, MeterReading.Kind kind, String meter, Instant from) {
        this.facility = facility;
        this.kind = kind;
        this.meter = meter;
        this.from = from;
        this.to = from;
    }

    LocalDate day() { return day(from); }

    static LocalDate day(Instant t) { return t.atZone(ZoneOffset.UTC).toLocalDate(); }

    /** The line range for the reading's source, whether or not a row of it ended here. */
    void touch(long line) {
        firstLine = Math.min(firstLine, line);
        lastLine = Math.max(lastLine, line);
    }

    void attach(Row row) {
        rows.add(row);
        touch(row.line());
    }
}
