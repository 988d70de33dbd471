package io.wattprint.core.scope2;

/**
 * Finds the Scope 2 factor of a run's stored factor by the boundary rule ({@link Scope2Factor#resolve}): the shipped
 * reference data answers with the zone's direct factor and the stored factor's boundary ({@code wattprint-data}).
 */
@FunctionalInterface
public interface Scope2Factors {
    /** The Scope 2 factor for a stored factor of {@code zone} ({@code year} and {@code source} as stored; year may be null). */
    Scope2Factor of(String zone, Integer year, double gramsPerKwh, String source);
}
