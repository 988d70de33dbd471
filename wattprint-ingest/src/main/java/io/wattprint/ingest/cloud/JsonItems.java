package io.wattprint.ingest.cloud;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.ingest.ImportException;
import io.wattprint.ingest.JsonInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;

/**
 * The items of a JSON export, one at a time (memory holds one item, not the file): a top-level array,
 * an object whose {@code items} field ({@code value} for Azure) is an array, or newline-delimited JSON
 * (one object a line, as BigQuery exports it).
 */
final class JsonItems {
    private static final ObjectMapper MAPPER = JsonInput.mapper();

    /** Receives each item with its 1-based index (JSON has no useful line for a nested item). */
    interface Handler {
        void item(long ordinal, JsonNode item);
    }

    private JsonItems() {}

    static void read(Path file, String itemsField, Handler handler) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser p = JsonInput.factory().createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) throw new ImportException(file + ": the file is empty (expected JSON)");
            long n = 0;
            if (first == JsonToken.START_ARRAY) {
                items(file, p, handler);
                return;
            }
            if (first != JsonToken.START_OBJECT) throw new ImportException(file + ": expected a JSON object or array");
            // An object: the envelope holding the items array, or else the first of newline-delimited objects.
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (name.equals(itemsField) && t == JsonToken.START_ARRAY) {
                    items(file, p, handler);
                    return;
                }
                p.skipChildren();
            }
            readDelimited(file, handler);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ImportException(file + ": not valid JSON (" + JsonInput.problem(e) + ")", e);
        }
    }

    /** The objects of the array the parser is in; anything else in it refuses the file, naming the item. */
    private static void items(Path file, JsonParser p, Handler handler) throws IOException {
        long n = 0;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.START_OBJECT) handler.item(++n, p.readValueAsTree());
        if (t != JsonToken.END_ARRAY) {
            throw new ImportException(file + ": item " + (n + 1) + " of the array is " + (t == null ? "missing (the file ends)"
                    : "not a JSON object (" + t.asString() + ")") + "; expected an array of objects, one per row");
        }
    }

    private static void readDelimited(Path file, Handler handler) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Iterator<JsonNode> it = MAPPER.readerFor(JsonNode.class).readValues(in);
            long n = 0;
            while (it.hasNext()) handler.item(++n, it.next());
        }
    }

    /**
     * An object's fields flattened: nested names joined with '_' and lower-cased
     * ({@code carbon_footprint_kgCO2e.scope2.location_based} → {@code carbon_footprint_kgco2e_scope2_location_based}).
     * Nulls are left out; numbers and text keep their text.
     */
    static Map<String, String> flatten(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", node, out);
        return out;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        Iterator<Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Entry<String, JsonNode> e = it.next();
            String name = prefix + e.getKey().toLowerCase(Locale.ROOT).replace('.', '_');
            JsonNode v = e.getValue();
            if (v.isObject()) flatten(name + "_", v, out);
            else if (!v.isNull() && !v.isArray()) out.put(name, v.asText());
        }
    }
}
