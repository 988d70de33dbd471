package io.wattprint.ledger.spool;

import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.RunMarker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a spool file holds: every whole, valid record in file order, and what could not be
 * read. A crash can cut the last record short ({@code truncatedBytes} after the last line feed
 * are dropped); a damaged disk can spoil a line in the middle (listed in {@code skipped}). {@code run} is the run's
 * row ({@link SpoolRun}), absent from files of earlier releases and from a file whose wattprint stopped before the
 * run's start was known.
 */
public record SpoolContents(Path path, SpoolHeader header, Optional<SpoolRun> run, List<EnergyInterval> intervals,
                            List<RunMarker> markers, Optional<SpoolOutcome> outcome, long truncatedBytes,
                            List<Skipped> skipped) {
    public SpoolContents {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(outcome, "outcome");
        intervals = List.copyOf(intervals);
        markers = List.copyOf(markers);
        skipped = List.copyOf(skipped);
        if (truncatedBytes < 0) throw new IllegalArgumentException("truncatedBytes must not be negative");
    }

    /** A line that was not recovered: its number (the magic line is 1) and why. */
    public record Skipped(long line, String reason) {
        @Override
        public String toString() { return "line " + line + ": " + reason; }
    }

    /** Whether the last record was cut mid-way (by a crash during its write). */
    public boolean truncated() { return truncatedBytes > 0; }

    /** Whether every byte of the file was read into a record. */
    public boolean intact() { return truncatedBytes == 0 && skipped.isEmpty(); }

    /**
     * What was lost, in words for the user, or empty when nothing was:
     * "spool /x/r.spool: 1 line skipped (line 7: checksum mismatch); last record cut short, 41 bytes dropped".
     */
    public Optional<String> problems() {
        if (intact()) return Optional.empty();
        List<String> parts = new ArrayList<>(2);
        if (!skipped.isEmpty()) {
            String lines = skipped.stream().limit(5).map(Skipped::toString).collect(Collectors.joining("; "));
            parts.add(skipped.size() + (skipped.size() == 1 ? " line" : " lines") + " skipped (" + lines
                    + (skipped.size() > 5 ? "; ..." : "") + ")");
        }
        if (truncated()) parts.add("last record cut short, " + truncatedBytes + " bytes dropped");
        return Optional.of("spool " + path + ": " + String.join("; ", parts));
    }
}
