package io.wattprint.cli.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.cli.Cli;
import io.wattprint.run.Environment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bug reaches the user as one line and a file with the trace, never as a stack trace on the terminal. */
class CrashReportTest {
    @TempDir Path home;

    @Test
    void anUnexpectedExceptionPrintsOneLineAndWritesItsTraceToAFile() throws Exception {
        StringWriter err = new StringWriter();
        Cli cli = new Cli(new PrintWriter(new StringWriter()), new PrintWriter(err),
                new Environment(Map.of(Environment.HOME_VAR, home.toString()), home),
                Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC));
        int code = Wattprint.handle(cli, new IllegalStateException("boom"));
        assertThat(code).isEqualTo(1);
        String text = err.toString();
        assertThat(text).startsWith("wattprint: internal error: java.lang.IllegalStateException: boom\n")
                .contains("this is a bug in wattprint; please report it with the details written to ")
                .doesNotContain("\tat ");
        Matcher m = Pattern.compile("written to (\\S+\\.txt)").matcher(text);
        assertThat(m.find()).isTrue();
        Path file = Path.of(m.group(1));
        assertThat(file).startsWith(home.resolve("crash"));
        assertThat(file.getFileName().toString()).startsWith("crash-20261207T100000.000Z-");
        assertThat(Files.readString(file)).contains("IllegalStateException: boom").contains("\tat ");
    }

    @Test
    void whenTheTraceCannotBeWrittenTheLineSaysSoAndStillShowsNoTrace() throws Exception {
        Path notADir = Files.writeString(home.resolve("file"), "x");
        StringWriter err = new StringWriter();
        Cli cli = new Cli(new PrintWriter(new StringWriter()), new PrintWriter(err),
                new Environment(Map.of(Environment.HOME_VAR, notADir.toString()), home), Clock.systemUTC());
        assertThat(Wattprint.handle(cli, new NullPointerException("npe"))).isEqualTo(1);
        assertThat(err.toString()).contains("please report it with the command you ran (the details could not be written: ")
                .doesNotContain("\tat ");
    }
}
