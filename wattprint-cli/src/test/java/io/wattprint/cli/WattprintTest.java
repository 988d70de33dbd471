package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WattprintTest {
    @TempDir
    Path tmp;

    @Test
    void versionNamesTheBuildAndTheReferenceData() {
        var r = new CliHarness(tmp).run("--version");

        assertThat(r.code()).isZero();
        assertThat(r.out()).containsPattern("wattprint \\d+\\.\\d+\\.\\d+").contains("reference data: wattprint-data");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "run", "runs", "runs list", "runs show", "report", "report summary", "data",
            "data factors", "data regions", "data pue", "data hardware"})
    void everyCommandHasHelp(String command) {
        String[] args = (command + " --help").trim().split(" ");
        var r = new CliHarness(tmp).run(args);

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Usage: wattprint" + (command.isEmpty() ? "" : " " + command));
    }

    @Test
    void noCommandIsAUsageError() {
        var r = new CliHarness(tmp).run();

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("a command is required");
    }

    @Test
    void unknownCommandIsAUsageErrorWithSuggestions() {
        var r = new CliHarness(tmp).run("rnu");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("rnu");
    }
}
