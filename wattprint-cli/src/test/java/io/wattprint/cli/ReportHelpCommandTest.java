package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every report's --help prints cleanly: picocli formats descriptions with String.format, so a bare '%' ("90 % of")
 * made it print a "[picocli WARN] Could not format …" line on standard error and show the raw text.
 */
class ReportHelpCommandTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"summary", "weekly", "scope2", "esrs-e1", "ai-act", "methodology", "maturity", "label"})
    void everyReportsHelpIsFormattedWithoutAPicocliWarning(String kind) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliHarness.Result r;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            r = new CliHarness(tmp).run("report", kind, "--help");
        } finally {
            System.setErr(saved);
        }
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Usage: wattprint report " + kind);
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
        assertThat(r.err()).doesNotContain("picocli WARN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"esrs-e1:_09 renewable %)", "label:five 20 % bands", "maturity:>= 90 % of the system's"})
    void aPercentSignInAHelpTextIsPrintedAsIs(String kindAndText) {
        String kind = kindAndText.substring(0, kindAndText.indexOf(':'));
        String text = kindAndText.substring(kindAndText.indexOf(':') + 1);
        var r = new CliHarness(tmp).run("report", kind, "--help");
        assertThat(r.out().replaceAll("\\s+", " ")).contains(text).doesNotContain("%%");
    }
}
