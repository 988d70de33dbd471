package io.wattprint.ingest.codecarbon.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.wattprint.core.model.Workload;
import io.wattprint.core.time.TimestampException;
import io.wattprint.core.time.Timestamps;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * A parsed JSON request body, read field by field: every wrong or missing field is a {@link CodeCarbonApiException}
 * (400) naming it and saying what was expected. Numbers must be JSON numbers (not strings), finite; text at most
 * {@link Workload#MAX_TEXT} characters. The agent batches ({@code ingest.agent.AgentBatches}) read their members with
 * it too, each named by its path ({@link #of(JsonNode, String, String)}), and turn its exception into theirs: one set
 * of field rules for every JSON API of the server.
 */
public final class Body {
    /** Timestamps before this are refused: no CodeCarbon tracker ran then. */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** How far in the future a timestamp may be (the tracker's clock may run ahead of ours). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final JsonNode node;
    /** What the fields' names are prefixed with in errors: empty for a request body, {@code run.} for its member. */
    private final String path;

    private Body(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static Body of(JsonNode node) {
        return of(node, "body", "");
    }

    /**
     * The JSON object {@code node}, named {@code name} in errors, whose fields are named {@code path + field} in errors
     * ({@code run.start}, {@code intervals[3].joules}): how another API of this module (the agent batches) reads a
     * member of its body with the same rules.
     *
     * @throws CodeCarbonApiException 400 naming {@code name} when {@code node} is not a JSON object
     */
    public static Body of(JsonNode node, String name, String path) {
        if (node == null || !node.isObject()) {
            throw CodeCarbonApiException.invalid(name, "expected a JSON object, found "
                    + (node == null || node.isMissingNode() ? "nothing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        return new Body(node, path);
    }

    public JsonNode node() { return node; }

    /** The raw value of a field, null when absent or JSON null. */
    public JsonNode get(String field) { return value(field); }

    /** A 400 naming this body's {@code field}, for a rule the caller checks itself. */
    public CodeCarbonApiException invalid(String field, String message) {
        return CodeCarbonApiException.invalid(path + field, message);
    }

    private JsonNode value(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    /** A text field that must be given and not blank. */
    public String requiredText(String field) {
        String s = text(field);
        if (s == null) throw CodeCarbonApiException.invalid(path + field, "missing (expected a non-empty string)");
        if (s.isBlank()) throw CodeCarbonApiException.invalid(path + field, "blank (expected a non-empty string)");
        return s;
    }

    /** A text field, or null when absent or null; an empty string is null too (CodeCarbon sends "" for no GPU). */
    public String text(String field) {
        JsonNode v = value(field);
        if (v == null) return null;
        if (!v.isTextual()) throw CodeCarbonApiException.invalid(path + field, "expected a string, found " + kind(v));
        String s = v.textValue();
        if (s.length() > Workload.MAX_TEXT) {
            throw CodeCarbonApiException.invalid(path + field, s.length() + " characters (expected at most " + Workload.MAX_TEXT + ")");
        }
        return s.isEmpty() ? null : s;
    }

    /** A boolean field, or {@code absent} when absent or null. */
    public boolean bool(String field, boolean absent) {
        JsonNode v = value(field);
        if (v == null) return absent;
        if (!v.isBoolean()) throw CodeCarbonApiException.invalid(path + field, "expected true or false, found " + kind(v));
        return v.booleanValue();
    }

    /** A finite number ≥ 0 that must be given (energy, emissions), exact as sent. */
    public BigDecimal requiredNonNegative(String field) {
        BigDecimal d = number(field);
        if (d == null) throw CodeCarbonApiException.invalid(path + field, "missing (expected a number ≥ 0)");
        if (d.signum() < 0) throw CodeCarbonApiException.invalid(path + field, d.toString() + " is negative (expected a number ≥ 0)");
        return d;
    }

    /** A finite number, or null when absent or null. */
    public BigDecimal number(String field) {
        JsonNode v = value(field);
        if (v == null) return null;
        if (!v.isNumber()) throw CodeCarbonApiException.invalid(path + field, "expected a number, found " + kind(v));
        if ((v.isDouble() || v.isFloat()) && !Double.isFinite(v.doubleValue())) {
            throw CodeCarbonApiException.invalid(path + field, v.doubleValue() + " (expected a finite number)");
        }
        return v.decimalValue();
    }

    /** A whole number ≥ {@code min} that must be given. */
    public long requiredWhole(String field, long min) {
        BigDecimal d = number(field);
        if (d == null) throw CodeCarbonApiException.invalid(path + field, "missing (expected a whole number ≥ " + min + ")");
        try {
            long n = d.stripTrailingZeros().longValueExact();
            if (n >= min) return n;
        } catch (ArithmeticException e) {
            // Not whole, or too large: said below.
        }
        throw CodeCarbonApiException.invalid(path + field, d.toString() + " (expected a whole number ≥ " + min + ")");
    }

    /** A whole number ≥ 0, or null when absent or null. */
    public Long whole(String field) {
        return value(field) == null ? null : requiredWhole(field, 0);
    }

    /**
     * An ISO 8601 date-time with a UTC offset ({@code 2026-12-07T09:18:20.393478+00:00}, as CodeCarbon's
     * {@code arrow.now().isoformat()} writes it), between {@link #EARLIEST} and {@code now} + {@link #CLOCK_SKEW}. Read by
     * {@link Timestamps} in its strict form ({@link Timestamps.Forms#OFFSET}): the offset is required, as a time without
     * one would be a guess; a space for the {@code T} or {@code " UTC"} for the offset is read as every importer reads it.
     */
    public Instant requiredTimestamp(String field, Instant now) {
        String s = requiredText(field);
        Instant t;
        try {
            t = Timestamps.parse(s, Timestamps.Forms.OFFSET);
        } catch (TimestampException e) {
            throw CodeCarbonApiException.invalid(path + field, "'" + io.wattprint.ingest.Excerpt.of(s)
                    + "' is not a date-time with a UTC offset (expected e.g. 2026-12-07T09:18:20.393478+00:00)");
        }
        if (t.isBefore(EARLIEST)) throw CodeCarbonApiException.invalid(path + field, s + " is before " + EARLIEST + " (expected a recent time)");
        if (t.isAfter(now.plus(CLOCK_SKEW))) {
            throw CodeCarbonApiException.invalid(path + field, s + " is in the future (expected at most " + CLOCK_SKEW.toMinutes()
                    + " minutes after the server's time, " + now + ")");
        }
        return t;
    }

    private static String kind(JsonNode v) {
        return v.isTextual() ? "the string '" + io.wattprint.ingest.Excerpt.of(v.textValue()) + "'"
                : v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
