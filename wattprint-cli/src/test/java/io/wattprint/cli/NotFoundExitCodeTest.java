package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A name or id that matches nothing in the ledger is "not found" with one exit code, 2, in every command
 * (issue 12: {@code runs show zzzz} exited 1, {@code facility pue nosuchfac} 2). One line, no stack trace,
 * nothing on stdout; a real SQLite ledger in the temporary home.
 */
class NotFoundExitCodeTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(tmp);
        assertThat(cli.run("facility", "add", "dc-paris", "--zone", "FR").code()).isZero();   // creates the ledger
    }

    static Stream<String> commandLines() {
        return Stream.of(
                "runs show zzzz9999",
                "runs recompute zzzz9999",
                "runs tag zzzz9999 gpu=L4",
                "facility show nosuchfac",
                "facility pue nosuchfac --year 2026 --value 1.2 --declared --source s",
                "facility reading nosuchfac --from 2026-11-23 --to 2026-11-24 --kwh 1 --kind interval-meter --source s",
                "reconcile --facility nosuchfac --period 2026-10",
                "run --facility nosuchfac -- true",
                "hardware embodied nosuchhost --period 2026-10",
                "allocate --rule nosuchrule --period 2026-10");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandLines")
    void somethingThatIsNotThereExitsTwo(String commandLine) {
        var r = cli.run(commandLine.split(" "));

        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).as(r.toString()).containsAnyOf("nosuch", "zzzz9999")
                .doesNotContain("Exception", "\tat ", "internal error");
        assertThat(r.err().lines()).as(r.toString()).hasSize(1);
        assertThat(r.out()).as(r.toString()).isEmpty();
    }
}
