package io.wattprint.core.model;

import java.util.Objects;

/**
 * Where an energy figure came from. Measured and estimated figures never mix silently:
 * every interval carries one of these, naming the counter, the estimation model or the
 * imported source.
 */
public sealed interface Provenance
        permits Provenance.MeasuredCounter, Provenance.MeasuredPower, Provenance.Estimated, Provenance.Imported {

    enum Kind { MEASURED_COUNTER, MEASURED_POWER, ESTIMATED, IMPORTED }

    Kind kind();

    /** The counter, model or source behind the figure, e.g. {@code codecarbon-cpu-load}. */
    String method();

    /** How the figure was obtained, in words: "estimated (model: cpu-tdp-load-curve tdp=8.0W)". */
    default String describe() {
        return switch (kind()) {
            case MEASURED_COUNTER -> "measured (energy counter: " + method() + ")";
            case MEASURED_POWER -> "measured (integrated power: " + method() + ")";
            case ESTIMATED -> "estimated (model: " + method() + ")";
            case IMPORTED -> "imported (" + method() + ")";
        };
    }

    default boolean isMeasured() {
        return kind() == Kind.MEASURED_COUNTER || kind() == Kind.MEASURED_POWER;
    }

    /** Hardware energy counter delta (NVML total energy, RAPL energy_uj). */
    record MeasuredCounter(String method) implements Provenance {
        public MeasuredCounter { Objects.requireNonNull(method, "method"); }
        public Kind kind() { return Kind.MEASURED_COUNTER; }
    }

    /** Power samples integrated over time. */
    record MeasuredPower(String method) implements Provenance {
        public MeasuredPower { Objects.requireNonNull(method, "method"); }
        public Kind kind() { return Kind.MEASURED_POWER; }
    }

    /** A named estimation model, e.g. a TDP × utilisation curve. */
    record Estimated(String method) implements Provenance {
        public Estimated { Objects.requireNonNull(method, "method"); }
        public Kind kind() { return Kind.ESTIMATED; }
    }

    /** Taken from another tool's output, e.g. {@code codecarbon 3.0.1}. */
    record Imported(String method) implements Provenance {
        public Imported { Objects.requireNonNull(method, "method"); }
        public Kind kind() { return Kind.IMPORTED; }
    }

    static Provenance of(Kind kind, String method) {
        return switch (kind) {
            case MEASURED_COUNTER -> new MeasuredCounter(method);
            case MEASURED_POWER -> new MeasuredPower(method);
            case ESTIMATED -> new Estimated(method);
            case IMPORTED -> new Imported(method);
        };
    }
}
