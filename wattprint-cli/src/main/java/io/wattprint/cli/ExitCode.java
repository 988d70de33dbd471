package io.wattprint.cli;

/**
 * wattprint's own exit codes. {@code wattprint run} passes the measured command's exit code
 * through instead, except when the command cannot be started (127 not found, 126 not executable,
 * as a shell does). A wattprint stopped by signal N exits 128 + N (130 for Ctrl-C), the code its run is stored
 * with (see {@code run.Supervisor}).
 */
public enum ExitCode {
    OK(0),
    /** Something failed at run time: ledger unreadable, I/O error. */
    FAILURE(1),
    /**
     * The command line was wrong: unknown option, bad value, unknown location — or named something that is not
     * there (a run, facility, hardware record, rule): "not found" is this code in every command.
     */
    USAGE(2),
    NOT_EXECUTABLE(126),
    NOT_FOUND(127);

    private final int code;

    ExitCode(int code) { this.code = code; }

    public int code() { return code; }
}
