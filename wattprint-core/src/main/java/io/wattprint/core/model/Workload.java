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
    /**
     * The most characters a name, project, team, model, version, tag key or tag value may have when it comes in
     * (a command's option, an import's field, the Java API): longer text is refused there. Runs already stored
     * are read as they are.
     */
    public static final int MAX_TEXT = 256;

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

        /** @throws IllegalArgumentException naming the field that is longer than {@link #MAX_TEXT} */
        public Workload build() {
            check("name", name);
            check("project", project);
            check("team", team);
            check("model", model);
            check("model version", modelVersion);
            tags.forEach((k, v) -> {
                check("tag key", k);
                check("tag " + (k.length() > 40 ? k.substring(0, 40) + "…" : k), v);
            });
            return new Workload(name, project, team, model, modelVersion, phase, tags);
        }

        private static void check(String what, String value) {
            String problem = tooLong(value);
            if (problem != null) throw new IllegalArgumentException(what + " " + problem);
        }
    }

    /** Null when {@code value} fits {@link #MAX_TEXT}; else what is wrong, e.g. "is 300 characters long (at most 256)". */
    public static String tooLong(String value) {
        if (value == null || value.length() <= MAX_TEXT) return null;
        return "is " + String.format(java.util.Locale.ROOT, "%,d", value.length()) + " characters long (at most " + MAX_TEXT + ")";
    }
}
