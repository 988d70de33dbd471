package io.wattprint.report.render;

import io.wattprint.report.ReportOutput;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a report in one format. Same output in, same bytes out. */
public interface Renderer {
    void write(ReportOutput report, OutputStream out) throws IOException;
}
