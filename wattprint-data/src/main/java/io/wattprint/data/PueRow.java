package io.wattprint.data;

import java.util.Objects;

/**
 * A published PUE for a provider fleet, a methodology's constant or an industry survey.
 *
 * @param scope    {@code aws}, {@code gcp}, {@code azure} (the provider's own figure), {@code ccf-aws}
 *                 (a methodology's constant), {@code industry-average}, ...
 * @param category ISO/IEC 30134-2 measurement category when the publisher states it, else {@code declared}
 */
public record PueRow(String scope, int year, double pue, String category, String source, String licence) {
    public PueRow {
        Objects.requireNonNull(scope, "scope");
        if (!Double.isFinite(pue) || pue < 1.0) {
            throw new IllegalArgumentException("PUE for " + scope + " must be at least 1.0, got " + pue);
        }
        if (source == null || source.isBlank()) throw new IllegalArgumentException("PUE for " + scope + " has no source");
    }
}
