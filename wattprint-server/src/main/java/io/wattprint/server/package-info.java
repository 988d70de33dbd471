/**
 * {@code wattprint serve}: one HTTP server over one ledger. {@link io.wattprint.server.WattprintServer} starts it
 * with the routes every server has (health, readiness, metrics, the v1 run detail) and any further
 * {@link io.wattprint.server.Routes} a caller passes; every route declares the token scope it needs
 * ({@link io.wattprint.server.Need}) and a handler sees the caller's {@link io.wattprint.server.Access}. Errors are
 * JSON {@code {"error": {"code": …, "message": …}}} with the stable codes of {@link io.wattprint.server.ApiError};
 * no response carries a stack trace.
 */
package io.wattprint.server;
