package io.wattprint.core.estimate;

/** The TDP the CPU estimator uses and where it came from (catalog row or fallback rule). */
public record CpuTdp(double watts, String origin) {
    public CpuTdp {
        if (!(watts > 0)) throw new IllegalArgumentException("TDP must be positive, got " + watts);
    }
}
