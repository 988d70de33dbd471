package io.wattprint.meter.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@EnabledOnOs({OS.LINUX, OS.MAC})
class CommandRunnerTest {
    @TempDir Path dir;

    private static int exitCodeOf(Launch launch) throws InterruptedException {
        assertThat(launch).isInstanceOf(Launch.Started.class);
        Process p = ((Launch.Started) launch).process();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    @ParameterizedTest(name = "{0} exits {1}")
    @CsvSource(delimiter = '|', value = {
            "true             | 0",
            "false            | 1",
            "sh -c 'exit 3'   | 3",
    })
    void startedCommandReportsItsOwnExitCode(String commandLine, int expected) throws InterruptedException {
        List<String> command = commandLine.startsWith("sh ") ? List.of("sh", "-c", "exit 3") : List.of(commandLine.trim());
        assertThat(exitCodeOf(CommandRunner.start(command))).isEqualTo(expected);
    }

    @Test
    void commandNotOnPathIsNotStartedWith127() {
        assertThat(CommandRunner.start(List.of("wattprint-no-such-command-xyz", "--flag")))
                .isEqualTo(new Launch.NotStarted(127, "wattprint-no-such-command-xyz: command not found"));
    }

    @Test
    void missingPathIsNotStartedWith127() {
        String missing = dir.resolve("missing.sh").toString();
        assertThat(CommandRunner.start(List.of(missing))).isEqualTo(new Launch.NotStarted(127, missing + ": command not found"));
    }

    @Test
    void nonExecutableFileIsNotStartedWith126() throws IOException {
        Path script = Files.writeString(dir.resolve("script.sh"), "#!/bin/sh\nexit 0\n");
        assertThat(script.toFile().setExecutable(false, false)).isTrue();

        Launch launch = CommandRunner.start(List.of(script.toString()));

        assertThat(launch).isInstanceOf(Launch.NotStarted.class);
        Launch.NotStarted n = (Launch.NotStarted) launch;
        assertThat(n.exitCode()).isEqualTo(126);
        assertThat(n.message()).startsWith(script + ": cannot execute (");
    }

    @Test
    void directoryIsNotStartedWith126() {
        Launch launch = CommandRunner.start(List.of(dir.toString()));
        assertThat(launch).isInstanceOf(Launch.NotStarted.class);
        assertThat(((Launch.NotStarted) launch).exitCode()).isEqualTo(126);
    }

    @Test
    void emptyCommandIsRejected() {
        assertThatThrownBy(() -> CommandRunner.start(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no command given");
    }
}
