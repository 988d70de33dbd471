package io.wattprint.report.render;

import io.wattprint.report.ReportFormat;

/** The renderer of each document format (labels, SVG and PNG, are drawn by the label report itself). */
public final class Renderers {
    private Renderers() {}

    public static Renderer of(ReportFormat format) {
        return switch (format) {
            case MD -> new MarkdownRenderer();
            case CSV -> new CsvRenderer();
            case JSON -> new JsonRenderer();
            case HTML -> new HtmlRenderer();
            case PDF -> new PdfRenderer();
            case SVG, PNG -> throw new IllegalArgumentException(format + " is a label format: wattprint report label");
        };
    }
}
