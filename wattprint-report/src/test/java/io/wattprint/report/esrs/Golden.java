package io.wattprint.report.esrs;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.report.RenderedFormats;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders a report and compares it with its golden text; the actual text is kept under target/golden-actual to review. */
public final class Golden {
    private Golden() {}

    public static String render(ReportFormat f, ReportOutput r) { return new String(bytes(f, r), StandardCharsets.UTF_8); }

    public static byte[] bytes(ReportFormat f, ReportOutput r) {
        try {
            return RenderedFormats.bytes(f, r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** CSV lines end in CRLF; text blocks in LF. */
    public static void check(String name, ReportFormat f, ReportOutput r, String expected) {
        String actual = render(f, r);
        if (f == ReportFormat.CSV) {
            assertThat(actual).doesNotContain("\r\r").contains("\r\n");
            actual = actual.replace("\r\n", "\n");
        }
        try {
            Path dir = Path.of("target", "golden-actual");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + "." + f.label()), actual);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(actual).isEqualTo(expected);
    }
}
