package io.wattprint.meter.process;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Starts the measured command with the terminal's stdin, stdout and stderr. */
public final class CommandRunner {
    public static final int NOT_FOUND = 127;
    public static final int NOT_EXECUTABLE = 126;

    private CommandRunner() {}

    public static Launch start(List<String> command) {
        if (command.isEmpty()) throw new IllegalArgumentException("no command given");
        String program = command.get(0);
        try {
            Process p = new ProcessBuilder(command).inheritIO().start();
            return new Launch.Started(p);
        } catch (IOException e) {
            boolean exists = program.contains(File.separator) ? Files.exists(Path.of(program)) : onPath(program);
            if (!exists) {
                return new Launch.NotStarted(NOT_FOUND, program + ": command not found");
            }
            return new Launch.NotStarted(NOT_EXECUTABLE, program + ": cannot execute (" + e.getMessage() + ")");
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.exists(Path.of(dir, program))) return true;
        }
        return false;
    }
}
