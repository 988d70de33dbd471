package io.wattprint.data;

import java.util.List;
import java.util.Objects;

/**
 * A data-centre part and its thermal design power.
 *
 * @param kind    {@code gpu} or {@code cpu}
 * @param aliases strings that identify the part in {@code nvidia-smi} names or the
 *                {@code /proc/cpuinfo} "model name" line
 */
public record HardwareRow(String kind, String vendor, String model, double tdpWatts, List<String> aliases, String source) {
    public HardwareRow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(model, "model");
        aliases = List.copyOf(aliases);
        if (!Double.isFinite(tdpWatts) || tdpWatts <= 0) {
            throw new IllegalArgumentException("TDP of " + model + " must be positive, got " + tdpWatts);
        }
        if (source == null || source.isBlank()) throw new IllegalArgumentException(model + " has no source");
    }
}
