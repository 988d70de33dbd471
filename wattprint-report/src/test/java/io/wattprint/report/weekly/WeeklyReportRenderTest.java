package io.wattprint.report.weekly;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.render.Renderers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML and PDF of the fixture week: the figures of the Markdown golden are there, and the three charts are drawn. */
class WeeklyReportRenderTest {
    @TempDir
    Path dir;

    static byte[] bytes(ReportFormat f, ReportOutput r) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Renderers.of(f).write(r, b);
        return b.toByteArray();
    }

    @Test
    void htmlHasTheTotalsAndThreeSvgCharts() throws IOException {
        String html = new String(bytes(ReportFormat.HTML, WeeklyFixture.report(dir, WeeklyFixture.w47())), StandardCharsets.UTF_8);
        assertThat(html).contains("Weekly engineering report 2026-W47", "43.133", "10.941", "+27.033", "+167.9 %", "b1000001",
                "10.5 % of this week", "c1000001");
        // energy by phase, by project, trend by phase.
        assertThat(html.split("<svg", -1)).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void pdfTextHasTheTotals() throws IOException {
        byte[] pdf = bytes(ReportFormat.PDF, WeeklyFixture.report(dir, WeeklyFixture.w47()));
        String text;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(d);
        }
        assertThat(text).contains("Weekly engineering report 2026-W47", "43.133", "10.941", "26.400", "+27.033", "b1000001");
    }
}
