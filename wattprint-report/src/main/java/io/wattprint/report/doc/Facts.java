package io.wattprint.report.doc;

import java.util.List;
import java.util.Objects;

/**
 * Labelled values, a form to read or paste (the AI Act fields, a report's inputs). {@code id} names the block
 * in CSV output; {@code caption} may be null.
 */
public record Facts(String id, String caption, List<Fact> facts) implements Block {
    public Facts {
        Objects.requireNonNull(id, "id");
        facts = List.copyOf(facts);
    }

    /** One label and its value as printed. */
    public record Fact(String label, String value) {
        public Fact {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }
}
