package io.wattprint.report;

import io.wattprint.report.render.Renderers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Renders a report in a format for the report tests, and extracts a PDF's text. */
public final class RenderedFormats {
    private RenderedFormats() {}

    public static String text(ReportFormat f, ReportOutput r) throws IOException {
        return new String(bytes(f, r), StandardCharsets.UTF_8);
    }

    /** The text a PDF shows, extracted with PDFBox. */
    public static String pdfText(ReportOutput r) throws IOException { return pdfText(bytes(ReportFormat.PDF, r)); }

    /** The text a PDF's bytes show, extracted with PDFBox. */
    public static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    public static byte[] bytes(ReportFormat f, ReportOutput r) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        Renderers.of(f).write(r, b);
        return b.toByteArray();
    }
}
