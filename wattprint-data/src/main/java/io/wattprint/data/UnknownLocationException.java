package io.wattprint.data;

import java.util.List;

/** A location text that is neither a known zone nor a known cloud region, with close matches. */
public final class UnknownLocationException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String input;
    private final List<String> suggestions;

    public UnknownLocationException(String input, List<String> suggestions) {
        this(message(input, suggestions), input, suggestions);
    }

    private UnknownLocationException(String message, String input, List<String> suggestions) {
        super(message);
        this.input = input;
        this.suggestions = List.copyOf(suggestions);
    }

    /** A real zone for which no factor is published: say so, and what to use instead. */
    static UnknownLocationException knownGap(String input, String reason, List<String> alternatives) {
        return new UnknownLocationException("no grid emission factor for '" + input + "': " + reason
                + "; pass the zone it draws its electricity from instead (" + String.join(" or ", alternatives)
                + ") and note the proxy", input, alternatives);
    }

    /** What the user typed. */
    public String input() { return input; }

    /** Up to five known zones or cloud region ids close to the input, closest first. */
    public List<String> suggestions() { return suggestions; }

    private static String message(String input, List<String> suggestions) {
        String base = "unknown location '" + input + "'";
        if (suggestions.isEmpty()) {
            return base + ": expected a grid zone such as FR or US-EGRID-CAMX, or a cloud region such as aws:eu-west-1";
        }
        return base + ": did you mean " + String.join(", ", suggestions) + "?";
    }
}
