package io.wattprint.core.model;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A named AI system and its attribution tags. Every field but {@code name} may be null
 * (not known); free tags are kept sorted so that output is stable.
 */
public record Workload(String name, String project, String team, String model, String modelVersion,
                       Phase phase, Map<String, String> tags) {
    public Workload {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) throw new IllegalArgumentException("workload name must not be blank");
        tags = tags == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(tags));
    }

    public static Builder builder(String name) { return new Builder(name); }

    public static final class Builder {
        private final String name;
        private String project, team, model, modelVersion;
        private Phase phase;
        private final Map<String, String> tags = new TreeMap<>();

        private Builder(String name) { this.name = name; }

        public Builder project(String v) { project = v; return this; }
        public Builder team(String v) { team = v; return this; }
        public Builder model(String v) { model = v; return this; }
        public Builder modelVersion(String v) { modelVersion = v; return this; }
        public Builder phase(Phase v) { phase = v; return this; }
        public Builder tag(String k, String v) { tags.put(k, v); return this; }
        public Builder tags(Map<String, String> t) { tags.putAll(t); return this; }

        public Workload build() { return new Workload(name, project, team, model, modelVersion, phase, tags); }
    }
}
