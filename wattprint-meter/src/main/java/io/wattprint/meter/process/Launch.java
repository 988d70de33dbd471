package io.wattprint.meter.process;

/** The outcome of trying to start a command. */
public sealed interface Launch permits Launch.Started, Launch.NotStarted {

    record Started(Process process) implements Launch {}

    /** The command could not be started; {@code exitCode} follows the shell: 127 not found, 126 not executable. */
    record NotStarted(int exitCode, String message) implements Launch {}
}
