package io.wattprint.cli;

/** An error the user can fix: printed as one message, no stack trace, with an exit code. */
public final class UserException extends RuntimeException {
    private final ExitCode exitCode;

    public UserException(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public static UserException usage(String message) { return new UserException(ExitCode.USAGE, message); }

    /**
     * A name or id given on the command line that matches nothing (a run, facility, hardware record, saved rule):
     * a usage error, exit 2, in every command — the same as an unknown location or import kind.
     */
    public static UserException notFound(String message) { return usage(message); }

    /** A run-time failure the user can act on (a file that cannot be written): exit 1, no stack trace. */
    public static UserException failure(String message) { return new UserException(ExitCode.FAILURE, message); }

    public ExitCode exitCode() { return exitCode; }
}
