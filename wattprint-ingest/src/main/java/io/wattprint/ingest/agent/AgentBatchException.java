package io.wattprint.ingest.agent;

/**
 * A batch {@link AgentBatches} refuses: the HTTP status it maps to (400 invalid, 403 another tenant's team or project,
 * 404 another tenant's run, 409 conflict), a stable code, the JSON field at fault ({@code run.end},
 * {@code intervals[3].joules}; null when the whole request is meant) and a message saying what was found and what was
 * expected. Nothing of the batch was stored.
 */
public final class AgentBatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Stable codes. */
    public static final String INVALID = "invalid_field";
    public static final String FORBIDDEN = "forbidden";
    public static final String NOT_FOUND = "not_found";
    public static final String CONFLICT = "conflict";

    private final int status;
    private final String code;
    private final String field;

    AgentBatchException(int status, String code, String field, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    static AgentBatchException invalid(String field, String message) {
        return new AgentBatchException(400, INVALID, field, field + ": " + message);
    }

    /** The HTTP status: 400, 403, 404 or 409. */
    public int status() { return status; }

    /** {@link #INVALID}, {@link #FORBIDDEN}, {@link #NOT_FOUND} or {@link #CONFLICT}. */
    public String code() { return code; }

    /** The JSON field at fault, or null. */
    public String field() { return field; }
}
