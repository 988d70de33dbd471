package io.wattprint.cli;

import io.wattprint.testkit.Prerequisite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a process with SIGINT and SIGTERM at their default disposition, as a terminal's foreground job has
 * them. A build started in the background without job control (a CI runner, {@code nohup … &}) ignores SIGINT,
 * every child inherits that, and no handler could then see a Ctrl-C: the signal tests would test the runner,
 * not wattprint. Perl (part of every Debian base system) resets the dispositions and execs the command; without
 * it, coreutils' {@code env --default-signal} (8.31 and later) does the same.
 */
final class DefaultSignals {
    static final Path PERL = Path.of("/usr/bin/perl");
    static final Path ENV = Path.of("/usr/bin/env");

    private DefaultSignals() {}

    static List<String> command(List<String> cmd) {
        List<String> out;
        if (Files.isExecutable(PERL)) {
            out = new ArrayList<>(List.of(PERL.toString(), "-e",
                    "$SIG{INT} = 'DEFAULT'; $SIG{TERM} = 'DEFAULT'; exec { $ARGV[0] } @ARGV or die \"cannot run $ARGV[0]: $!\\n\";"));
        } else {
            out = new ArrayList<>(List.of(ENV.toString(), "--default-signal=INT,TERM"));
        }
        out.addAll(cmd);
        return out;
    }

    /**
     * The calling test needs {@code process} to see {@code signal} ("INT" or "TERM"): when the process ignores it
     * (SigIgn in /proc/PID/status) no handler can see it, and the test is skipped on a developer's machine and
     * fails under CI ({@link Prerequisite}) — it never passes without having sent the signal.
     */
    static void requireHandled(Process process, String signal) throws IOException {
        Prerequisite.require(!ignores(process.pid(), signal), "SIG" + signal + " at its default disposition in the started wattprint "
                + "(neither " + PERL + " nor " + ENV + " --default-signal could reset it)");
    }

    /** Whether {@code pid} ignores the signal (SigIgn in /proc/PID/status). */
    static boolean ignores(long pid, String signal) throws IOException {
        int number = switch (signal) {
            case "INT" -> 2;
            case "TERM" -> 15;
            default -> throw new IllegalArgumentException("signal INT or TERM, got " + signal);
        };
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("SigIgn:")) return (Long.parseUnsignedLong(line.substring(7).strip(), 16) >> (number - 1) & 1) == 1;
        }
        return false;
    }
}
