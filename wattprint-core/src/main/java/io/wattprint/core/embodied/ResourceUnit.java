package io.wattprint.core.embodied;

import java.util.Locale;

/** What a hardware record's total resources count (SCI's ToR): GPUs or vCPUs. */
public enum ResourceUnit {
    GPU, VCPU;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    public static ResourceUnit parse(String text) {
        String t = text == null ? "" : text.strip();
        for (ResourceUnit u : values()) {
            if (u.name().equalsIgnoreCase(t)) return u;
        }
        throw new IllegalArgumentException("unknown resource unit '" + text + "': expected gpu or vcpu");
    }
}
