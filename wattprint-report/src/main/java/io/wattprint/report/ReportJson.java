package io.wattprint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one way data becomes JSON, for reports and for every command's {@code --json}: Jackson over the report's data records (components in declaration
 * order, named in snake_case unless a component says otherwise with {@code @JsonProperty}), maps in their order,
 * {@link java.math.BigDecimal} figures as plain decimals (0.000146, not 1.46E-4), nulls written.
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ReportJson() {}

    /** The data pretty-printed, without a final newline. */
    public static String text(Object data) {
        return write(MAPPER.writer(), data);
    }

    /** The data on one line (no indentation), for line-by-line streams such as {@code meter --json}. */
    public static String line(Object data) {
        return write(MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT), data);
    }

    private static String write(ObjectWriter writer, Object data) {
        try {
            return writer.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mapper behind {@link #text}: for tests that read what was written. */
    public static ObjectMapper mapper() { return MAPPER; }

    /**
     * The JSON as written, read back as a tree: objects as ordered maps, figures as {@link java.math.BigDecimal}s
     * with the digits written, whole numbers as Integer or Long. For tests and callers that look up one field.
     */
    public static Map<String, Object> tree(Object data) {
        try {
            return MAPPER.readValue(text(data), new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
