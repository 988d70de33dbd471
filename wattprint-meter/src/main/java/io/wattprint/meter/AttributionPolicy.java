package io.wattprint.meter;

/**
 * Who owns host energy that no process tree can be charged for (idle power, memory).
 * A run that reserves the host owns all of it (SCI counts reserved hardware in full);
 * on a shared host the run gets only its CPU-time share.
 */
public enum AttributionPolicy {
    /** The run has the host to itself: whole-host power is the run's. Default for {@code wattprint run}. */
    RESERVED_HOST,
    /** Other work runs beside it: the run is charged its share of busy CPU time. */
    SHARED_HOST
}
