package io.wattprint.report.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.wattprint.report.ReportOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The report's machine-readable tree, pretty-printed; figures as plain decimals (0.000146, not 1.46E-4). */
public final class JsonRenderer implements Renderer {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(ReportOutput report, OutputStream out) throws IOException {
        out.write(MAPPER.writeValueAsString(report.json()).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        out.flush();
    }
}
