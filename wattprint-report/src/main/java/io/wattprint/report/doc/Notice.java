package io.wattprint.report.doc;

import java.util.Objects;

/** A line the reader must not miss: a gap, an estimate share, a fallback used. */
public record Notice(Kind kind, String text) implements Block {
    public enum Kind {
        NOTE("Note"), WARNING("Warning"), ESTIMATE("Estimated");

        private final String label;

        Kind(String label) { this.label = label; }

        public String label() { return label; }
    }

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
