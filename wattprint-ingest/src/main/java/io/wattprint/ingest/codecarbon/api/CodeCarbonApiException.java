package io.wattprint.ingest.codecarbon.api;

/**
 * A request the CodeCarbon-compatible API refuses: the HTTP status it maps to (400 invalid, 404 not found,
 * 409 conflict), a stable code, the field at fault (a JSON field name, null when the whole request is meant) and a
 * message saying what was found and what was expected. Nothing was stored.
 */
public final class CodeCarbonApiException extends RuntimeException {
    /** Stable codes, one per status. */
    public static final String INVALID = "invalid_field";
    public static final String NOT_FOUND = "not_found";
    public static final String CONFLICT = "conflict";

    private final int status;
    private final String code;
    private final String field;

    CodeCarbonApiException(int status, String code, String field, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    static CodeCarbonApiException invalid(String field, String message) {
        return new CodeCarbonApiException(400, INVALID, field, field + ": " + message);
    }

    static CodeCarbonApiException notFound(String field, String message) {
        return new CodeCarbonApiException(404, NOT_FOUND, field, message);
    }

    static CodeCarbonApiException conflict(String field, String message) {
        return new CodeCarbonApiException(409, CONFLICT, field, message);
    }

    /** The HTTP status: 400, 404 or 409. */
    public int status() { return status; }

    /** {@link #INVALID}, {@link #NOT_FOUND} or {@link #CONFLICT}. */
    public String code() { return code; }

    /** The JSON field at fault, or null. */
    public String field() { return field; }
}
