package io.wattprint.core.method;

import io.wattprint.core.figure.Figures;
import java.util.Objects;

/** SCI's R: how many of what the score is per ("500 users-hour", "1 inference", "12 1k tokens"). */
public record FunctionalUnit(double count, String name) {
    public FunctionalUnit {
        Objects.requireNonNull(name, "name");
        if (!Double.isFinite(count) || count <= 0) {
            throw new IllegalArgumentException("functional unit count (R) must be more than 0, got " + count);
        }
        if (name.isBlank()) throw new IllegalArgumentException("functional unit name must not be blank");
    }

    @Override
    public String toString() { return Figures.plain(count, 9) + " " + name; }
}
