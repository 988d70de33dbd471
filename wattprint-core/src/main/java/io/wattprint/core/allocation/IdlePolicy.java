package io.wattprint.core.allocation;

import java.util.Locale;

/**
 * What happens to the idle part of a pool's capacity (capacity − used). {@link #SEPARATE}, the
 * default, shows it as its own line, so that unused capacity stays visible instead of
 * inflating every consumer's figure; {@link #SPREAD} charges it to the consumers pro rata.
 */
public enum IdlePolicy {
    SEPARATE, SPREAD;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    public static IdlePolicy parse(String text) {
        String t = text == null ? "" : text.strip();
        for (IdlePolicy p : values()) {
            if (p.name().equalsIgnoreCase(t)) return p;
        }
        throw new IllegalArgumentException("unknown idle policy '" + text + "': expected separate or spread");
    }
}
