package io.wattprint.report.doc;

import java.util.Objects;

/** A section heading: level 1 is a section of the report, 2 a subsection (the report's title is level 0). */
public record Heading(int level, String text) implements Block {
    public Heading {
        Objects.requireNonNull(text, "text");
        if (level < 1 || level > 3) throw new IllegalArgumentException("heading level 1 to 3, not " + level);
    }
}
