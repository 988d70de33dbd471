package io.wattprint.server;

/** The server could not start: its address is in use, not local or not permitted. The message says which. */
public final class ServerStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ServerStartException(String message, Throwable cause) { super(message, cause); }
}
