package io.wattprint.core.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A part of the hardware that draws energy: {@code gpu:<index or uuid>}, {@code cpu}
 * (whole host, estimated) or {@code cpu:package-N} (RAPL), {@code dram}, {@code other}.
 */
public record Component(Kind kind, String id) implements Comparable<Component> {
    public enum Kind { GPU, CPU, DRAM, OTHER }

    public static final Component CPU = new Component(Kind.CPU, null);
    public static final Component DRAM = new Component(Kind.DRAM, null);
    public static final Component OTHER = new Component(Kind.OTHER, null);

    public Component {
        Objects.requireNonNull(kind, "kind");
        if (id != null && id.isBlank()) id = null;
        if (kind == Kind.GPU && id == null) throw new IllegalArgumentException("a GPU component needs an index or UUID");
    }

    public static Component gpu(String indexOrUuid) { return new Component(Kind.GPU, indexOrUuid); }
    public static Component cpuPackage(int n) { return new Component(Kind.CPU, "package-" + n); }

    /** Parses the string form written by {@link #toString()}. */
    public static Component parse(String text) {
        String t = text.trim();
        int colon = t.indexOf(':');
        String kind = colon < 0 ? t : t.substring(0, colon);
        String id = colon < 0 ? null : t.substring(colon + 1);
        Kind k;
        try {
            k = Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown component '" + text + "': expected gpu:<id>, cpu, cpu:package-N, dram or other");
        }
        return new Component(k, id);
    }

    @Override
    public int compareTo(Component o) { return toString().compareTo(o.toString()); }

    @Override
    public String toString() {
        String k = kind.name().toLowerCase(Locale.ROOT);
        return id == null ? k : k + ":" + id;
    }
}
