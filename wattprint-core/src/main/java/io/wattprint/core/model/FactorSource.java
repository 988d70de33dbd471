package io.wattprint.core.model;

import java.time.Instant;
import java.util.Optional;

/**
 * Supplies the emission factor for a zone at an instant. An annual table and an hourly
 * series both fit behind this; the calculator asks once per interval.
 */
@FunctionalInterface
public interface FactorSource {
    /**
     * The factor to apply at {@code at}. A source may answer with a factor whose validity
     * does not cover {@code at} (say, the latest published year for a run this year); the
     * calculator discloses that in the explanation.
     */
    Optional<EmissionFactor> factorFor(String zone, Instant at);
}
