package io.wattprint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.NameTransformer;
import io.wattprint.core.figure.Fact;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A report figure as its JSON states it (METHODOLOGY §5.1 rule 6, issue 16 item 8): the exact value ({@link
 * Fact#stated}) and the decimals its text prints ({@link Fact#decimals}), as an XBRL fact and an ESRS datapoint
 * carry them. A data record gives it through an accessor annotated {@code @JsonUnwrapped(prefix = "NAME")}: two
 * fields, {@code "NAME": exact} and {@code "NAME_decimals": n}, both null for a figure not available ({@code fact}
 * null); written on its own: {@code {"value": exact, "decimals": n}}, the shape of an ESRS datapoint.
 */
@JsonSerialize(using = JsonFigure.Writer.class)
public record JsonFigure(Fact fact) {
    /** The figure of exact value {@code exact} shown as {@code shown} (rounded or apportioned); null exact: n/a. */
    public static JsonFigure of(BigDecimal exact, BigDecimal shown) {
        return new JsonFigure(exact == null ? null : new Fact(exact, shown == null ? exact : shown));
    }

    /** A map of figures (keys in order) as JSON states them: each exact value ({@link Fact#stated}). */
    public static <K> Map<K, BigDecimal> values(Map<K, BigDecimal> exact, Map<K, BigDecimal> shown) {
        Map<K, BigDecimal> m = new LinkedHashMap<>();
        exact.forEach((k, e) -> m.put(k, of(e, shown.get(k)).value()));
        return m;
    }

    /** The decimals each figure of the map prints with ({@link Fact#decimals}), beside {@link #values}. */
    public static <K> Map<K, Integer> decimals(Map<K, BigDecimal> exact, Map<K, BigDecimal> shown) {
        Map<K, Integer> m = new LinkedHashMap<>();
        exact.forEach((k, e) -> m.put(k, of(e, shown.get(k)).decimals()));
        return m;
    }

    BigDecimal value() { return fact == null ? null : fact.stated(); }

    Integer decimals() { return fact == null ? null : fact.decimals(); }

    static final class Writer extends StdSerializer<JsonFigure> {
        private final NameTransformer names;

        Writer() { this(null); }

        private Writer(NameTransformer names) {
            super(JsonFigure.class);
            this.names = names;
        }

        @Override
        public boolean isUnwrappingSerializer() { return names != null; }

        @Override
        public JsonSerializer<JsonFigure> unwrappingSerializer(NameTransformer unwrapper) { return new Writer(unwrapper); }

        @Override
        public void serialize(JsonFigure f, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (names == null) gen.writeStartObject();
            gen.writeFieldName(names == null ? "value" : names.transform(""));
            if (f.value() == null) gen.writeNull();
            else gen.writeNumber(f.value());
            gen.writeFieldName(names == null ? "decimals" : names.transform("_decimals"));
            if (f.decimals() == null) gen.writeNull();
            else gen.writeNumber(f.decimals());
            if (names == null) gen.writeEndObject();
        }
    }
}
