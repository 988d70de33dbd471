package io.wattprint.report.render;

import io.wattprint.report.ReportOutput;
import java.io.IOException;
import java.io.OutputStream;

/** HTML with inline SVG charts. */
public final class HtmlRenderer implements Renderer {
    @Override
    public void write(ReportOutput report, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("HTML output is not written yet");
    }
}
