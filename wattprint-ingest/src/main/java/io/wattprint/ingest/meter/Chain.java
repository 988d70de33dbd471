package io.wattprint.ingest.meter;

import io.wattprint.core.facility.MeterReading;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;

/**
 * One meter's energy cut into readings: each reading is contiguous time within one UTC day (a day
 * keeps the number of readings small: the repository checks every new reading against the stored
 * ones). Energy over [a, b) is added piece by piece, split at UTC midnights; a gap, a reset or a
 * new day closes the open span and hands it to the sink.
 */
final class Chain {
    /** Energy over part of a segment: joules between two instants inside it. */
    interface Profile {
        double joules(Instant x, Instant y);
    }

    final String facility;
    final MeterReading.Kind kind;
    final String meter;
    private final Consumer<Span> sink;
    private Span open;

    /** The last instant and value seen (sample time and power or counter; or the end of the last interval). */
    Instant lastT;
    double lastValue;

    /** Interval data: the interval length told by the first two rows, and the first row until then. */
    java.time.Duration length;
    Instant pendingT;
    double pendingValue;
    Span.Row pendingRow;

    Chain(String facility, MeterReading.Kind kind, String meter, Consumer<Span> sink) {
        this.facility = facility;
        this.kind = kind;
        this.meter = meter;
        this.sink = sink;
    }

    /** Starts a new span at {@code t} holding {@code row} (a first sample, a sample after a gap or a reset). */
    void restart(Instant t, Span.Row row) {
        close();
        open = new Span(facility, kind, meter, t);
        open.attach(row);
    }

    /** Adds the energy of [a, b), split at UTC midnights; {@code line} is the row that brought it. */
    void add(Instant a, Instant b, Profile p, long line) {
        Instant x = a;
        while (x.isBefore(b)) {
            Instant midnight = Span.day(x).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            Instant y = midnight.isBefore(b) ? midnight : b;
            if (open == null || !open.to.equals(x) || !open.day().equals(Span.day(x))) {
                close();
                open = new Span(facility, kind, meter, x);
            }
            open.joules += p.joules(x, y);
            open.to = y;
            open.touch(line);
            x = y;
        }
    }

    /** The row ends in the span that received the last piece of its energy. */
    void attach(Span.Row row) {
        if (open == null) throw new IllegalStateException("no open span for meter " + meter);
        open.attach(row);
    }

    /** Closes the open span, if any, and hands it on. */
    void close() {
        if (open != null) sink.accept(open);
        open = null;
    }

    /** Seconds from x to y; no overflow however far apart (Duration.toNanos would overflow past 292 years). */
    static double seconds(Instant x, Instant y) {
        Duration d = Duration.between(x, y);
        return d.getSeconds() + d.getNano() / 1e9;
    }
}
