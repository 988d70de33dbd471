package io.wattprint.ingest.kepler;

import java.time.Instant;

/**
 * The increase of one counter series over the samples seen, in joules, with resets handled as
 * Prometheus's {@code increase()} does without extrapolation: a drop means the counter restarted
 * from zero, so the new value is what it counted since the reset. Constant memory per series.
 */
final class Counter {
    Instant first;
    Instant last;
    private double lastValue;
    double increase;
    int samples;
    int resets;
    /** Why the series cannot be used, or null. */
    String bad;

    void add(Instant t, double value) {
        if (bad != null) return;
        if (!Double.isFinite(value) || value < 0) {
            bad = "sample " + value + " at " + t + " is not a counter value (expected a finite number of joules, 0 or more)";
            return;
        }
        if (last != null && !t.isAfter(last)) {
            if (t.equals(last) && value == lastValue) return;   // the same scrape twice
            bad = "sample at " + t + " is not after the previous one (" + last + "); samples must be in time order";
            return;
        }
        if (last == null) {
            first = t;
        } else if (value < lastValue) {
            resets++;
            increase += value;
        } else {
            increase += value - lastValue;
        }
        last = t;
        lastValue = value;
        samples++;
    }
}
