package io.wattprint.report.doc;

import java.util.Objects;

/** Running text, one paragraph, no markup. */
public record Paragraph(String text) implements Block {
    public Paragraph { Objects.requireNonNull(text, "text"); }
}
