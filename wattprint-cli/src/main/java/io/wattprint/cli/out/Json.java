package io.wattprint.cli.out;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;

/**
 * Machine-readable output: pretty-printed JSON of the records the commands build. As in the reports'
 * {@code ReportJson}: record components in declaration order, named in snake_case ({@code energyKwh} →
 * {@code energy_kwh}) unless a component says otherwise with {@code @JsonProperty} (which it must where two capitals
 * meet: Jackson writes {@code rateGPerKwh} as {@code rate_gper_kwh}); nulls written unless a
 * component is {@code @JsonInclude(NON_NULL)}; maps (tags) in their own order with their own keys.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // Decimal figures (report totals) as written, 0.000000146, not 1.46E-7.
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private Json() {}

    public static void print(PrintWriter out, Object value) {
        try {
            out.println(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
        out.flush();
    }

    public static ObjectMapper mapper() { return MAPPER; }
}
