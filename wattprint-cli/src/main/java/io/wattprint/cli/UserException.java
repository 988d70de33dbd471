package io.wattprint.cli;

/** An error the user can fix: printed as one message, no stack trace, with an exit code. */
public final class UserException extends RuntimeException {
    private final ExitCode exitCode;

    public UserException(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public static UserException usage(String message) { return new UserException(ExitCode.USAGE, message); }

    public ExitCode exitCode() { return exitCode; }
}
