package io.wattprint.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one JSON reader setup of every importer: a nesting limit far above any export wattprint reads
 * (the deepest, a Google Cloud Carbon Footprint row, nests 4 levels) and far below what could exhaust
 * the stack, and one way to say what is wrong with a file that is not valid JSON.
 */
public final class JsonInput {
    /** Objects and arrays nested deeper than this refuse the file. */
    public static final int MAX_NESTING = 64;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build());

    private JsonInput() {}

    /** A mapper (and, through {@code getFactory()}, parsers) with the limits. */
    public static ObjectMapper mapper() { return MAPPER; }

    /** The factory of {@link #mapper()}: parsers it creates read trees with the same limits. */
    public static JsonFactory factory() { return MAPPER.getFactory(); }

    /**
     * What is wrong, in words: "nested deeper than 64 levels" for a file past the limit, else the parser's
     * message (an excerpt) and its line where the parser knows it.
     */
    public static String problem(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return "objects or arrays nested deeper than " + MAX_NESTING + " levels (no export wattprint reads nests so deep)";
        }
        return Excerpt.of(e.getOriginalMessage(), 160) + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr());
    }
}
