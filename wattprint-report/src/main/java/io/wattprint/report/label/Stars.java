package io.wattprint.report.label;

import java.math.BigDecimal;

/**
 * The AI Energy Score star rule (Hugging Face AI Energy Score FAQ): the task's GPU-energy range, min to max, is
 * cut into five equal 20 % bands; the lowest band gets 5 stars, the highest 1. A value exactly on a band edge
 * takes the lower-energy band (the first band is [min, min + 20 %], each next one (lower, upper]). Exact decimal
 * arithmetic, so the edges are exact. A range of zero width (one model, or all equal) gives 5 stars.
 */
public final class Stars {
    private Stars() {}

    public static int of(BigDecimal value, BigDecimal min, BigDecimal max) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(value + " is outside the range " + min + " to " + max);
        }
        BigDecimal width = max.subtract(min);
        if (width.signum() == 0) return 5;
        // Position in fifths: (value − min) × 5 against k × width; the first k it does not exceed is the band.
        BigDecimal fifths = value.subtract(min).multiply(BigDecimal.valueOf(5));
        for (int k = 1; k <= 5; k++) {
            if (fifths.compareTo(width.multiply(BigDecimal.valueOf(k))) <= 0) return 6 - k;
        }
        return 1;
    }
}
