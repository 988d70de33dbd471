package io.wattprint.core.estimate;

import io.wattprint.core.quantity.Power;

/**
 * Memory power by size: 0.3725 W per GB (Green Algorithms, Lannelongue et al. 2021;
 * DOMAIN.md §1). GB here is 2^30 bytes, as memory sizes are quoted.
 */
public final class MemoryModel {
    public static final String NAME = "memory-per-gb";
    public static final double WATTS_PER_GB = 0.3725;
    public static final double BYTES_PER_GB = 1L << 30;

    private MemoryModel() {}

    public static Power power(long bytes) {
        return Power.ofWatts(bytes / BYTES_PER_GB * WATTS_PER_GB);
    }
}
