package io.wattprint.core.allocation;

import java.util.Locale;

/** The usage a shared pool is split by: how much of the pool each consumer used. */
public enum Measure {
    /** Hours of GPU time: Σ over a run's {@code gpu:*} components of the time its intervals cover. */
    GPU_HOURS("gpu-hours"),
    /** Hours of host CPU time covered by a run's CPU intervals (the run's duration when it has none). */
    CPU_HOURS("cpu-hours"),
    /** Requests served, from a run's {@code requests=N} tag. */
    REQUESTS("requests");

    private final String label;

    Measure(String label) { this.label = label; }

    public String label() { return label; }

    /** The measure named by its label ({@code gpu-hours}, {@code cpu-hours}, {@code requests}), any case. */
    public static Measure parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Measure m : values()) {
            if (m.label.equals(t) || m.name().equalsIgnoreCase(t)) return m;
        }
        throw new IllegalArgumentException("unknown usage measure '" + text + "': expected gpu-hours, cpu-hours or requests");
    }
}
