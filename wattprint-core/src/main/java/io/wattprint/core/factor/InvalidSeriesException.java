package io.wattprint.core.factor;

/**
 * A factor series that cannot be built: the message names the point, its times and what was
 * expected; {@link #pointIndex()} is the point's 0-based index (-1 for the series as a whole), so
 * that an importer can name the line of the file it came from.
 */
public final class InvalidSeriesException extends IllegalArgumentException {
    private final int pointIndex;

    public InvalidSeriesException(String message, int pointIndex) {
        super(message);
        this.pointIndex = pointIndex;
    }

    public int pointIndex() { return pointIndex; }
}
