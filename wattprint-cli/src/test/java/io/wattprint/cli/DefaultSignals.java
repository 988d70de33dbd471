package io.wattprint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a process with SIGINT and SIGTERM at their default disposition, as a terminal's foreground job has
 * them. A build started in the background without job control (a CI runner, {@code nohup … &}) ignores SIGINT,
 * every child inherits that, and no handler could then see a Ctrl-C: the signal tests would test the runner,
 * not wattprint. Perl (part of every Debian base system) resets the dispositions and execs the command.
 */
final class DefaultSignals {
    static final Path PERL = Path.of("/usr/bin/perl");

    private DefaultSignals() {}

    static List<String> command(List<String> cmd) {
        if (!Files.isExecutable(PERL)) return cmd;
        List<String> out = new ArrayList<>(List.of(PERL.toString(), "-e",
                "$SIG{INT} = 'DEFAULT'; $SIG{TERM} = 'DEFAULT'; exec { $ARGV[0] } @ARGV or die \"cannot run $ARGV[0]: $!\\n\";"));
        out.addAll(cmd);
        return out;
    }
}
