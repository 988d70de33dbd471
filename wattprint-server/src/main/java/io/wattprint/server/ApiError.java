package io.wattprint.server;

import java.util.Map;

/**
 * An answer other than success, thrown by a handler and written as {@code {"error": {"code": …, "message": …}}} with
 * its HTTP status. The codes are stable (clients and tests match on them); the messages are for people.
 */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient Map<String, String> headers;

    public ApiError(int status, String code, String message) { this(status, code, message, Map.of()); }

    public ApiError(int status, String code, String message, Map<String, String> headers) {
        super(message, null, false, false);   // an answer, not a failure: no stack trace is even taken
        this.status = status;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    public int status() { return status; }

    public String code() { return code; }

    /** Headers the answer carries besides the body ({@code Retry-After}, {@code WWW-Authenticate}). */
    public Map<String, String> headers() { return headers; }

    /** 401 {@code unauthorized}: no token, an unknown one, a revoked or an expired one. */
    public static ApiError unauthorized(String message) {
        return new ApiError(401, "unauthorized", message, Map.of("WWW-Authenticate", "Bearer"));
    }

    /** 403 {@code forbidden}: a valid token whose scope does not allow the route. */
    public static ApiError forbidden(String message) { return new ApiError(403, "forbidden", message); }

    /**
     * 404 {@code not_found}: nothing with that id, or something the caller's token may not see (the same answer, so a
     * token cannot learn which ids another tenant has).
     */
    public static ApiError notFound(String message) { return new ApiError(404, "not_found", message); }

    /** 400 {@code bad_request}: the request names a field or value the route cannot take. */
    public static ApiError badRequest(String message) { return new ApiError(400, "bad_request", message); }

    /** 413 {@code body_too_large}. */
    public static ApiError tooLarge(long limit) {
        return new ApiError(413, "body_too_large", "the request body is larger than this server's limit of " + limit
                + " bytes (wattprint serve --max-body)");
    }

    /** 429 {@code rate_limited} with {@code Retry-After}: the token made more requests than its rate limit allows. */
    public static ApiError rateLimited(String tokenId, RateLimit limit, long retryAfterSeconds) {
        return new ApiError(429, "rate_limited", "token " + tokenId + " is over this server's rate limit of " + limit.describe()
                + " (bursts of " + limit.burst() + ", wattprint serve --rate-limit); retry in "
                + retryAfterSeconds + " s", Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    /** 503 with {@code Retry-After} (seconds). */
    public static ApiError unavailable(String code, String message, int retryAfterSeconds) {
        return new ApiError(503, code, message, Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }
}
