package io.wattprint.report.render;

import io.wattprint.report.ReportJson;
import io.wattprint.report.ReportOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The report's data as JSON ({@link ReportJson}), pretty-printed, with a final newline. */
public final class JsonRenderer implements Renderer {
    @Override
    public void write(ReportOutput report, OutputStream out) throws IOException {
        out.write(ReportJson.text(report.data()).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        out.flush();
    }
}
