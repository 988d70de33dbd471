package io.wattprint.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The factor applied to a fraction of an interval (by time), as a {@link FactorSource} answers
 * {@link FactorSource#factorsOver}. {@code series} names the factor series the factor is a point of
 * (the explanation groups its points into one line), null for a factor that stands alone (an annual
 * value). {@code fallbackFor} is set when the factor is a fallback: it names the series that were
 * consulted and did not cover {@code uncoveredFrom}, so the explanation can say so.
 */
public record FactorShare(EmissionFactor factor, double fraction, String series, String fallbackFor, Instant uncoveredFrom) {
    public FactorShare {
        Objects.requireNonNull(factor, "factor");
        if (!(fraction >= 0 && fraction <= 1 + 1e-9)) {
            throw new IllegalArgumentException("a factor share must be a fraction 0..1 of the interval, got " + fraction);
        }
        if ((fallbackFor == null) != (uncoveredFrom == null)) {
            throw new IllegalArgumentException("a fallback share names both the series it stands in for and the uncovered instant");
        }
    }

    /** A factor applied to the whole interval. */
    public static FactorShare whole(EmissionFactor factor) { return new FactorShare(factor, 1, null, null, null); }

    /** A point of series {@code series} applied to {@code fraction} of the interval. */
    public static FactorShare ofSeries(EmissionFactor point, double fraction, String series) {
        return new FactorShare(point, fraction, Objects.requireNonNull(series, "series"), null, null);
    }

    /** A fallback factor for the part of an interval from {@code uncoveredFrom} that no point of {@code series} covers. */
    public static FactorShare fallback(EmissionFactor factor, double fraction, String series, Instant uncoveredFrom) {
        return new FactorShare(factor, fraction, null, Objects.requireNonNull(series, "series"),
                Objects.requireNonNull(uncoveredFrom, "uncoveredFrom"));
    }

    public boolean isFallback() { return fallbackFor != null; }
}
