package io.wattprint.report.weekly;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.report.RenderedFormats;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML and PDF of the fixture week: the figures of the Markdown golden are there, and the three charts are drawn. */
class WeeklyReportRenderTest {
    @TempDir
    Path dir;

    @Test
    void htmlHasTheTotalsAndThreeSvgCharts() throws IOException {
        String html = RenderedFormats.text(ReportFormat.HTML, WeeklyFixture.report(dir, WeeklyFixture.w47()));
        assertThat(html).contains("Weekly engineering report 2026-W47", "43.133", "10.941", "+27.033", "+167.9 %", "b1000001",
                "10.5 % of this week", "c1000001");
        // energy by phase, by project, trend by phase.
        assertThat(html.split("<svg", -1)).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void pdfTextHasTheTotals() throws IOException {
        String text = RenderedFormats.pdfText(WeeklyFixture.report(dir, WeeklyFixture.w47()));
        assertThat(text).contains("Weekly engineering report 2026-W47", "43.133", "10.941", "26.400", "+27.033", "b1000001");
    }
}
