package io.wattprint.core.allocation;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** One user of a shared pool (a run), its tags (for a tag basis) and its usage. */
public record Consumer(String id, Map<String, String> tags, Usage usage) {
    public Consumer {
        Objects.requireNonNull(id, "consumer id");
        if (id.isBlank()) throw new IllegalArgumentException("consumer id must not be blank");
        Objects.requireNonNull(usage, "usage of consumer " + id);
        tags = tags == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(tags));
    }

    /** The value of a tag, or null when the consumer does not have it or it is blank. */
    public String tag(String key) {
        String v = tags.get(key);
        return v == null || v.isBlank() ? null : v;
    }
}
