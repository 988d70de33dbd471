package io.wattprint.report;

import io.wattprint.report.doc.Document;
import java.util.Map;
import java.util.Objects;

/**
 * What a report produces: the document (rendered as Markdown, HTML, PDF or CSV) and its machine-readable
 * form (rendered as JSON): maps in insertion order, lists, strings, {@link java.math.BigDecimal} figures as
 * printed, and nulls for figures not available.
 */
public record ReportOutput(Document document, Map<String, Object> json) {
    public ReportOutput {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(json, "json");
    }
}
