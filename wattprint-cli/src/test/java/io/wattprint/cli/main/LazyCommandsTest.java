package io.wattprint.cli.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.cli.Cli;
import io.wattprint.run.Environment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A command line that names a command builds only that command's model (start-up); anything else builds them all. */
class LazyCommandsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Cli cli = new Cli(new PrintWriter(out), new PrintWriter(err),
            new Environment(Map.of(), Path.of("/nonexistent-home")), Clock.systemUTC());

    @Test
    void namingACommandBuildsOnlyThatCommand() {
        assertThat(Wattprint.commandLine(cli, "run", "--location", "FR", "--", "true").getSubcommands()).containsOnlyKeys("run");
        assertThat(Wattprint.commandLine(cli, "ingest", "codecarbon", "x.csv").getSubcommands()).containsOnlyKeys("ingest");
    }

    @Test
    void noCommandAnOptionHelpOrAnUnknownNameBuildsEveryCommandInHelpOrder() {
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "run"}, {"rus"}}) {
            assertThat(Wattprint.commandLine(cli, args).getSubcommands().keySet())
                    .as(String.join(" ", args))
                    .startsWith("run", "meter", "runs", "report")
                    .endsWith("doctor", "serve", "tokens", "push", "help")
                    .hasSize(20);
        }
    }

    @Test
    void eachCommandIsRegisteredUnderTheNameItsOwnAnnotationGives() {
        Wattprint.commandLine(cli).getSubcommands().forEach((name, sub) -> assertThat(
                sub.getCommandSpec().userObject().getClass().getAnnotation(picocli.CommandLine.Command.class).name())
                .as("the class registered as '%s'", name).isEqualTo(name));
    }

    @Test
    void aMistypedCommandStillGetsASuggestion() {
        int code = Wattprint.execute(cli, "rus");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Did you mean").contains("run");
    }

    @Test
    void theIngestCommandsHelpStillListsTheKinds() {
        int code = Wattprint.execute(cli, "ingest", "--help");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Kinds:").contains("codecarbon");
    }
}
