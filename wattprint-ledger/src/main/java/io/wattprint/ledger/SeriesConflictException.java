package io.wattprint.ledger;

/**
 * A factor series point that contradicts a point already stored for the same series (same zone,
 * source, dataset, basis and boundary): another value or end for the same start, or an overlap.
 * Nothing of the series is stored. {@link #pointIndex()} is the new point's 0-based index, so that
 * an importer can name the line it came from.
 */
public final class SeriesConflictException extends IllegalArgumentException {
    private final int pointIndex;

    SeriesConflictException(String message, int pointIndex) {
        super(message);
        this.pointIndex = pointIndex;
    }

    public int pointIndex() { return pointIndex; }
}
