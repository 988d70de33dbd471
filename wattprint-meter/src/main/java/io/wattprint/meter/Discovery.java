package io.wattprint.meter;

import java.util.ArrayList;
import java.util.List;

/**
 * What a probe for one kind of hardware found: the sources it can read, and notes for the user
 * (said once, never a crash): "no NVIDIA driver", "RAPL counters need root: chmod a+r …".
 */
public record Discovery(List<EnergySource> sources, List<String> notes) {
    public Discovery {
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }

    public static Discovery none(String note) { return new Discovery(List.of(), List.of(note)); }

    public static Discovery of(List<EnergySource> sources) { return new Discovery(sources, List.of()); }

    public boolean isEmpty() { return sources.isEmpty(); }

    /** Both lists joined, this one first. */
    public Discovery and(Discovery other) {
        List<EnergySource> s = new ArrayList<>(sources);
        s.addAll(other.sources);
        List<String> n = new ArrayList<>(notes);
        n.addAll(other.notes);
        return new Discovery(s, n);
    }
}
