package io.wattprint.core.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Supplies the emission factor for a zone at an instant. An annual table and an hourly
 * series both fit behind this; the calculator asks once per interval, through
 * {@link #factorsOver}.
 */
@FunctionalInterface
public interface FactorSource {
    /**
     * The factor to apply at {@code at}. A source may answer with a factor whose validity
     * does not cover {@code at} (say, the latest published year for a run this year); the
     * calculator discloses that in the explanation.
     */
    Optional<EmissionFactor> factorFor(String zone, Instant at);

    /**
     * The factors to apply to the energy of [start, end), each with the fraction of the interval's
     * time it applies to (the fractions add up to 1). The default is the midpoint rule: the factor at
     * the interval's midpoint for all of it. A source of time series splits an interval at its points'
     * boundaries instead ({@code SeriesFactorSource}). Empty when there is no factor for the zone.
     */
    default List<FactorShare> factorsOver(String zone, Instant start, Instant end) {
        Instant midpoint = start.plus(Duration.between(start, end).dividedBy(2));
        return factorFor(zone, midpoint).map(f -> List.of(FactorShare.whole(f))).orElse(List.of());
    }
}
