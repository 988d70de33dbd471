package io.wattprint.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a figure was computed: the formula, each input with its value and source, notes
 * (fallbacks, assumptions) and the explanations of the inputs that were computed too.
 * {@link #render()} prints it as an audit trail a person can follow.
 */
public record Explanation(String figure, String value, String formula, List<Input> inputs,
                          List<String> notes, List<Explanation> parts) {

    /** One named input of a formula. */
    public record Input(String name, String value, String source) {
        public Input {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    public Explanation {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(value, "value");
        inputs = List.copyOf(inputs == null ? List.of() : inputs);
        notes = List.copyOf(notes == null ? List.of() : notes);
        parts = List.copyOf(parts == null ? List.of() : parts);
    }

    public static Builder builder(String figure, String value) { return new Builder(figure, value); }

    public List<String> render() {
        List<String> lines = new ArrayList<>();
        render(lines, "");
        return lines;
    }

    /**
     * {@link #render()}'s lines joined by {@code \n}, built in one buffer: what the ledger stores, written once
     * per imported run, so without the intermediate list and strings.
     */
    public String text() {
        StringBuilder b = new StringBuilder(512);
        text(b, "");
        return b.toString();
    }

    private void text(StringBuilder b, String indent) {
        if (!b.isEmpty()) b.append('\n');
        b.append(indent).append(figure).append(" = ").append(value);
        if (formula != null) b.append("    [").append(formula).append(']');
        for (Input in : inputs) {
            b.append('\n').append(indent).append("  ").append(in.name()).append(": ").append(in.value());
            if (in.source() != null) b.append("  — ").append(in.source());
        }
        for (String note : notes) {
            b.append('\n').append(indent).append("  note: ").append(note);
        }
        for (Explanation part : parts) {
            part.text(b, indent + "  ");
        }
    }

    private void render(List<String> lines, String indent) {
        lines.add(indent + figure + " = " + value + (formula == null ? "" : "    [" + formula + "]"));
        for (Input in : inputs) {
            lines.add(indent + "  " + in.name() + ": " + in.value() + (in.source() == null ? "" : "  — " + in.source()));
        }
        for (String note : notes) {
            lines.add(indent + "  note: " + note);
        }
        for (Explanation part : parts) {
            part.render(lines, indent + "  ");
        }
    }

    public static final class Builder {
        private final String figure;
        private final String value;
        private String formula;
        private final List<Input> inputs = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final List<Explanation> parts = new ArrayList<>();

        private Builder(String figure, String value) {
            this.figure = figure;
            this.value = value;
        }

        public Builder formula(String f) { formula = f; return this; }
        public Builder input(String name, String value, String source) { inputs.add(new Input(name, value, source)); return this; }
        public Builder note(String n) { notes.add(n); return this; }
        public Builder part(Explanation e) { parts.add(e); return this; }

        public Explanation build() { return new Explanation(figure, value, formula, inputs, notes, parts); }
    }
}
