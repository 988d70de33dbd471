package io.wattprint.ingest.grid;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wattprint.ingest.ImportContext;
import io.wattprint.ingest.ImportException;
import io.wattprint.ingest.JsonInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads a JSON file whose bulk is one top-level array, in constant memory: {@link #header} reads the
 * top-level object with its arrays skipped (some APIs put {@code meta} after {@code data}, so the
 * file is read twice rather than held), {@link #forEach} hands the array's elements one by one.
 * A UTF-8 byte order mark is skipped (the Carbon Aware SDK sample has one).
 */
final class JsonStream {
    private static final ObjectMapper MAPPER = JsonInput.mapper();
    private static final JsonFactory FACTORY = JsonInput.factory();

    /** The top-level object without its array-valued fields, and the names of those fields. */
    record Header(ObjectNode fields, Set<String> arrays) {}

    interface ElementHandler {
        void element(int index, JsonNode element);
    }

    private JsonStream() {}

    static Header header(Path file, String expected) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser p = FACTORY.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new ImportException(file + " is not a JSON object (expected " + expected + ")");
            }
            ObjectNode fields = MAPPER.createObjectNode();
            Set<String> arrays = new LinkedHashSet<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (p.nextToken() == JsonToken.START_ARRAY) {
                    arrays.add(name);
                    p.skipChildren();
                } else {
                    fields.set(name, MAPPER.readTree(p));
                }
            }
            return new Header(fields, arrays);
        } catch (JsonProcessingException e) {
            throw new ImportException(file + " is not valid JSON: " + JsonInput.problem(e) + " (expected " + expected + ")", e);
        }
    }

    /** Calls {@code handler} with each element of the top-level array {@code field}, 0-based. */
    static void forEach(Path file, String field, ImportContext ctx, ElementHandler handler) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser p = FACTORY.createParser(in)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (!name.equals(field) || t != JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    JsonNode element = MAPPER.readTree(p);
                    handler.element(i++, element);
                    if ((i & 1023) == 0) ctx.progress(p.currentLocation().getByteOffset());
                }
            }
            ctx.progress(Files.size(file));
        } catch (JsonProcessingException e) {
            throw new ImportException(file + " is not valid JSON: " + JsonInput.problem(e));
        }
    }

    /** Text of a field that must be a string or a number; null when missing or JSON null. */
    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) return null;
        return v.isValueNode() ? v.asText() : v.toString();
    }

    /** A number field that may also be given as a string (the Carbon Aware SDK sample writes "0.6"). */
    static double number(JsonNode node, String field, String path, String unit) throws BadValue {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isMissingNode()) throw new BadValue(path, "missing (expected " + unit + ", a number 0 or more)");
        if (v.isNull()) throw new BadValue(path, "null: the source gave no value (expected " + unit + ", a number 0 or more)");
        if (!v.isNumber() && !v.isTextual()) {
            throw new BadValue(path, v + " is not a number (expected " + unit + ", a number 0 or more)");
        }
        return GridValues.number(path, v.asText(), unit);
    }
}
