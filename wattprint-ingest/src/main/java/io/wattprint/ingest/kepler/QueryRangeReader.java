package io.wattprint.ingest.kepler;

import io.wattprint.ingest.Excerpt;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.wattprint.ingest.ImportException;
import io.wattprint.ingest.JsonInput;
import io.wattprint.ingest.TimeLimits;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Prometheus HTTP API {@code query_range} result
 * ({@code {"status":"success","data":{"resultType":"matrix","result":[{"metric":{…},"values":[[ts,"v"],…]}]}}}),
 * read as a stream: one series in memory at a time, and of it only its running increase.
 */
final class QueryRangeReader {
    private final String file;

    QueryRangeReader(String file) { this.file = file; }

    void read(InputStream in, SeriesSink sink) throws IOException {
        try (JsonParser p = JsonInput.factory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw notQueryRange("the file is not a JSON object");
            String status = null;
            String error = null;
            boolean sawResult = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "status" -> status = p.getValueAsString();
                    case "error" -> error = p.getValueAsString();
                    case "data" -> sawResult = data(p, sink);
                    default -> p.skipChildren();
                }
            }
            if (status != null && !status.equals("success")) {
                throw new ImportException(file + ": the query failed (status " + Excerpt.of(status) + (error == null ? "" : ": " + Excerpt.of(error))
                        + "); export a successful query_range result");
            }
            if (!sawResult) throw notQueryRange("no data.result array");
        }
    }

    private boolean data(JsonParser p, SeriesSink sink) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) throw notQueryRange("data is not an object");
        boolean sawResult = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("resultType")) {
                String type = p.getValueAsString();
                if (!"matrix".equals(type)) {
                    throw new ImportException(file + ": resultType is " + Excerpt.of(type) + ", expected matrix: an instant query gives "
                            + "one value per series, counters since Kepler started over an unknown span; export query_range");
                }
            } else if (field.equals("result")) {
                if (p.currentToken() != JsonToken.START_ARRAY) throw notQueryRange("data.result is not an array");
                int i = 0;
                while (p.nextToken() == JsonToken.START_OBJECT) series(p, i++, sink);
                sawResult = true;
            } else {
                p.skipChildren();
            }
        }
        return sawResult;
    }

    private void series(JsonParser p, int index, SeriesSink sink) throws IOException {
        long line = p.currentLocation().getLineNr();
        Map<String, String> labels = new TreeMap<>();
        Counter c = new Counter();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("metric") && p.currentToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String k = p.currentName();
                    p.nextToken();
                    labels.put(k, p.getValueAsString());
                }
            } else if (field.equals("values") && p.currentToken() == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_ARRAY) sample(p, c);
            } else if (field.equals("value")) {
                c.bad = "an instant value, not a range: a single value is the counter since Kepler started over an unknown span";
                p.skipChildren();
            } else {
                p.skipChildren();
            }
        }
        sink.series(labels.getOrDefault("__name__", ""), labels, c, line, "data.result[" + index + "]");
    }

    /** One {@code [unix seconds, "value"]} pair. */
    private static void sample(JsonParser p, Counter c) throws IOException {
        p.nextToken();
        double ts = p.currentToken().isNumeric() ? p.getDoubleValue() : Double.NaN;
        p.nextToken();
        String v = p.getValueAsString();
        while (p.nextToken() != JsonToken.END_ARRAY) p.skipChildren();
        if (Double.isNaN(ts)) {
            if (c.bad == null) c.bad = "a sample's time is not a number of seconds";
            return;
        }
        double value;
        try {
            value = Double.parseDouble(v);
        } catch (NumberFormatException | NullPointerException e) {
            value = Double.NaN;
        }
        Instant at = TimeLimits.epochSeconds(ts).orElse(null);
        if (at == null) {
            if (c.bad == null) c.bad = "a sample's time " + ts + " is out of range (expected unix seconds between " + TimeLimits.EARLIEST
                    + " and " + TimeLimits.LATEST + ")";
            return;
        }
        c.add(at, value);
    }

    private ImportException notQueryRange(String why) {
        return new ImportException(file + ": not a Prometheus query_range result (" + why + "); expected "
                + "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{…},\"values\":[[ts,\"v\"],…]}]}}");
    }
}
