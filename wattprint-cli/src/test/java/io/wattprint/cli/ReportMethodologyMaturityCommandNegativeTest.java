package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad options to report methodology and report maturity: exit 2, one line naming the option and what was expected. */
class ReportMethodologyMaturityCommandNegativeTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() { cli = new CliHarness(tmp); }

    private static void assertUsageError(CliHarness.Result r, String message) {
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("wattprint: " + message + "\n");
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"methodology", "maturity"})
    void aBadPeriodIsRefused(String kind) {
        assertUsageError(cli.run("report", kind, "--period", "2026-13"), "invalid value for --period: '2026-13' is not a period "
                + "(expected a year 2026, a month 2026-10, or dates 2026-10-01..2026-10-15 with the end exclusive)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"methodology", "maturity"})
    void anUnknownFormatIsRefused(String kind) {
        assertUsageError(cli.run("report", kind, "--format", "docx"),
                "invalid value for --format: 'docx' (expected md, html, pdf, csv, json)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"methodology", "maturity"})
    void aLabelFormatIsRefused(String kind) {
        assertUsageError(cli.run("report", kind, "--format", "svg"),
                "invalid value for --format: 'svg' (this report is written as md, html, pdf, csv, json)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"methodology", "maturity"})
    void pdfNeedsOut(String kind) {
        assertUsageError(cli.run("report", kind, "--format", "pdf"), "PDF is binary: give --out FILE (e.g. --out report.pdf)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"methodology", "maturity"})
    void jsonAndAnotherFormatConflict(String kind) {
        assertUsageError(cli.run("report", kind, "--json", "--format", "md"), "give either --json or --format md, not both");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "env            | 'env' is not a tag (expected KEY=VALUE, e.g. env=production)",
        "=production    | '=production' is not a tag (expected KEY=VALUE, e.g. env=production)",
        "env=           | 'env=' is not a tag (expected KEY=VALUE, e.g. env=production)",
    })
    void aBadProductionTagIsRefused(String tag, String message) {
        assertUsageError(cli.run("report", "maturity", "--production-tag", tag), "invalid value for --production-tag: " + message);
    }
}
