package io.wattprint.report.render;

import io.wattprint.report.ReportOutput;
import java.io.IOException;
import java.io.OutputStream;

/** PDF with extractable text and vector charts. */
public final class PdfRenderer implements Renderer {
    @Override
    public void write(ReportOutput report, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("PDF output is not written yet");
    }
}
