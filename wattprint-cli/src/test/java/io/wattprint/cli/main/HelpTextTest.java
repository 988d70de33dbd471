package io.wattprint.cli.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's --help renders cleanly: picocli formats descriptions with String.format, so a bare '%' breaks them. */
class HelpTextTest {
    @Test
    void everyCommandsHelpFormatsWithoutPicocliWarnings() {
        Cli cli = new Cli(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                new io.wattprint.run.Environment(java.util.Map.of(), java.nio.file.Path.of("/nonexistent-home")),
                java.time.Clock.systemUTC());
        CommandLine root = Wattprint.commandLine(cli);
        List<CommandLine> all = new ArrayList<>();
        collect(root, all);
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<String> broken = new ArrayList<>();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            for (CommandLine c : all) {
                captured.reset();
                String usage = c.getUsageMessage(CommandLine.Help.Ansi.OFF);
                String warnings = captured.toString(StandardCharsets.UTF_8);
                if (warnings.contains("picocli WARN") || usage.contains("%n")) broken.add(c.getCommandSpec().qualifiedName());
            }
        } finally {
            System.setErr(saved);
        }
        assertThat(all).hasSizeGreaterThan(30);
        assertThat(broken).as("commands whose --help has an unescaped %% (write %%%% in picocli descriptions)").isEmpty();
    }

    private static void collect(CommandLine c, List<CommandLine> into) {
        into.add(c);
        for (CommandLine sub : c.getSubcommands().values()) {
            if (!into.contains(sub)) collect(sub, into);
        }
    }
}
