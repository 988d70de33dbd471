package io.wattprint.cli.main;

import io.wattprint.cli.Cli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;

/**
 * What a user sees of a bug: one line, and the stack trace in a file under {@code WATTPRINT_HOME/crash/} to attach to
 * a report — never the trace itself on the terminal.
 */
final class CrashReport {
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private CrashReport() {}

    /** Writes the trace and returns the sentence that says where it is (or that it could not be written). */
    static String write(Cli cli, Throwable ex) {
        StringWriter trace = new StringWriter();
        ex.printStackTrace(new PrintWriter(trace));
        try {
            Path dir = cli.env().wattprintHome().resolve("crash");
            Files.createDirectories(dir);
            Path file = dir.resolve("crash-" + NAME.format(cli.clock().instant()) + "-" + ProcessHandle.current().pid() + ".txt");
            Files.writeString(file, trace.toString(), StandardCharsets.UTF_8);
            return "please report it with the details written to " + file;
        } catch (IOException | RuntimeException e) {
            return "please report it with the command you ran (the details could not be written: " + e.getMessage() + ")";
        }
    }
}
