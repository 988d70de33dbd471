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

    /**
     * One named input of a formula. {@code varies} says which of its parts change from one computation to the next
     * with the same method and factors, and so are a {@link Template}'s values rather than its pattern.
     */
    public record Input(String name, String value, String source, Varies varies) {
        /** Which parts of an input are filled in per computation. */
        public enum Varies {
            /** The value (the usual case: a figure), the source fixed. */
            VALUE,
            /** The source (e.g. a factor's citation applied to this run's kWh), the value fixed. */
            SOURCE,
            /** Both. */
            BOTH
        }

        public Input {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(varies, "varies");
            if (varies != Varies.VALUE && source == null) throw new IllegalArgumentException("input " + name + ": no source to vary");
        }

        public Input(String name, String value, String source) { this(name, value, source, Varies.VALUE); }
    }

    public Explanation {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(value, "value");
        inputs = List.copyOf(inputs == null ? List.of() : inputs);
        notes = List.copyOf(notes == null ? List.of() : notes);
        parts = List.copyOf(parts == null ? List.of() : parts);
    }

    public static Builder builder(String figure, String value) { return new Builder(figure, value); }

    /** The explanation as lines: {@link #text()} split at each line break. */
    public List<String> render() {
        return List.of(text().split("\n", -1));
    }

    /**
     * The explanation as the ledger stores it and {@link #render()} prints it: the figure and its value, the
     * formula, each input and note on a line of its own, parts indented under it.
     */
    public String text() {
        StringBuilder b = new StringBuilder(512);
        write(new Sink() {
            @Override public void text(String s) { b.append(s); }
            @Override public void value(String s) { b.append(s); }
        }, "", true);
        return b.toString();
    }

    /**
     * {@link #text()} split into what a method and its factors fix and what each computation fills in:
     * the pattern is the text with each figure's and input's value replaced by a slot, the values fill the
     * slots in order. Runs computed by the same method with the same factors share one pattern, so a ledger
     * stores it once ({@link Template#fill} gives back exactly {@link #text()}).
     */
    public Template template() {
        StringBuilder b = new StringBuilder(512);
        List<String> values = new ArrayList<>();
        write(new Sink() {
            @Override public void text(String s) { Template.escape(b, s); }
            @Override public void value(String s) { b.append(Template.SLOT); values.add(s); }
        }, "", true);
        return new Template(b.toString(), values);
    }

    /**
     * A pattern and the values for its slots. In the pattern, {@value #SLOT_NAME} (U+001F) marks a slot and
     * U+001B escapes a literal U+001B or U+001F of the text; {@link #joinedValues()} uses the same two
     * characters, so any text round-trips.
     */
    public record Template(String pattern, List<String> values) {
        static final char SLOT = '\u001f';
        static final char ESCAPE = '\u001b';
        static final String SLOT_NAME = "U+001F";

        public Template {
            Objects.requireNonNull(pattern, "pattern");
            values = List.copyOf(values);
        }

        /** The text: the pattern with its slots filled by {@code values}, in order. */
        public static String fill(String pattern, List<String> values) {
            StringBuilder b = new StringBuilder(pattern.length() + 16 * values.size());
            int next = 0;
            for (int i = 0; i < pattern.length(); i++) {
                char ch = pattern.charAt(i);
                if (ch == ESCAPE && i + 1 < pattern.length()) {
                    b.append(pattern.charAt(++i));
                } else if (ch == SLOT) {
                    if (next == values.size()) throw new IllegalArgumentException("pattern has more slots than the "
                            + values.size() + " values given");
                    b.append(values.get(next++));
                } else {
                    b.append(ch);
                }
            }
            if (next != values.size()) throw new IllegalArgumentException("pattern has " + next + " slots, "
                    + values.size() + " values given");
            return b.toString();
        }

        /** The values in one string (each escaped, separated by U+001F); {@link #splitValues} reads it back. */
        public String joinedValues() {
            StringBuilder b = new StringBuilder(16 * values.size());
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) b.append(SLOT);
                escape(b, values.get(i));
            }
            return b.toString();
        }

        /** The values {@link #joinedValues()} wrote, given how many there are (a pattern's slot count). */
        public static List<String> splitValues(String joined, int count) {
            List<String> out = new ArrayList<>(count);
            if (count == 0) return out;
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < joined.length(); i++) {
                char ch = joined.charAt(i);
                if (ch == ESCAPE && i + 1 < joined.length()) {
                    b.append(joined.charAt(++i));
                } else if (ch == SLOT) {
                    out.add(b.toString());
                    b.setLength(0);
                } else {
                    b.append(ch);
                }
            }
            out.add(b.toString());
            if (out.size() != count) throw new IllegalArgumentException("expected " + count + " values, found " + out.size());
            return out;
        }

        /** How many slots a pattern has. */
        public static int slots(String pattern) {
            int n = 0;
            for (int i = 0; i < pattern.length(); i++) {
                char ch = pattern.charAt(i);
                if (ch == ESCAPE) i++;
                else if (ch == SLOT) n++;
            }
            return n;
        }

        private static void escape(StringBuilder b, String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch == SLOT || ch == ESCAPE) b.append(ESCAPE);
                b.append(ch);
            }
        }
    }

    /** Where {@link #write} sends the fixed text and the values of an explanation's layout. */
    private interface Sink {
        void text(String s);

        void value(String s);
    }

    /** The one layout of an explanation: each line, inputs and notes indented under it, parts nested. */
    private void write(Sink out, String indent, boolean first) {
        out.text((first ? "" : "\n") + indent + figure + " = ");
        out.value(value);
        if (formula != null) out.text("    [" + formula + "]");
        for (Input in : inputs) {
            out.text("\n" + indent + "  " + in.name() + ": ");
            if (in.varies() == Input.Varies.SOURCE) out.text(in.value());
            else out.value(in.value());
            if (in.source() != null) {
                out.text("  — ");
                if (in.varies() == Input.Varies.VALUE) out.text(in.source());
                else out.value(in.source());
            }
        }
        for (String note : notes) {
            out.text("\n" + indent + "  note: " + note);
        }
        for (Explanation part : parts) {
            part.write(out, indent + "  ", false);
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

        /** An input of which {@code varies} says what changes per computation ({@link Input.Varies}). */
        public Builder input(String name, String value, String source, Input.Varies varies) {
            inputs.add(new Input(name, value, source, varies));
            return this;
        }
        public Builder note(String n) { notes.add(n); return this; }
        public Builder part(Explanation e) { parts.add(e); return this; }

        public Explanation build() { return new Explanation(figure, value, formula, inputs, notes, parts); }
    }
}
