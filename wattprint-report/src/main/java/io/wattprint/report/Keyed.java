package io.wattprint.report;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Objects;

/**
 * A line of a report table in JSON: the fields of its key (a record such as {@code Project(String project)}) and
 * then those of its figures, in one object. The total line of the same table is the figures alone.
 */
public record Keyed<K, V>(@JsonUnwrapped K key, @JsonUnwrapped V line) {
    public Keyed {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(line, "line");
    }
}
