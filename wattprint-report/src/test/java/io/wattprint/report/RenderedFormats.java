package io.wattprint.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wattprint.report.render.Renderers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Renders a report in a format for the report tests; HTML and PDF tests are skipped (not failed) while their
 * renderers are not written yet (they throw UnsupportedOperationException), and run as soon as they are.
 */
public final class RenderedFormats {
    private RenderedFormats() {}

    public static String text(ReportFormat f, ReportOutput r) throws IOException {
        return new String(bytes(f, r), StandardCharsets.UTF_8);
    }

    /** The text a PDF shows, extracted with PDFBox. */
    public static String pdfText(ReportOutput r) throws IOException {
        try (PDDocument d = Loader.loadPDF(bytes(ReportFormat.PDF, r))) {
            return new PDFTextStripper().getText(d);
        }
    }

    private static byte[] bytes(ReportFormat f, ReportOutput r) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try {
            Renderers.of(f).write(r, b);
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, f + " renderer not available yet: " + e.getMessage());
        }
        return b.toByteArray();
    }
}
