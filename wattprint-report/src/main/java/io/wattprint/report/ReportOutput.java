package io.wattprint.report;

import io.wattprint.report.doc.Document;
import java.util.Map;
import java.util.Objects;

/**
 * What a report produces: the document (rendered as Markdown, HTML, PDF or CSV) and its data (rendered as JSON by
 * {@link ReportJson}): the report's data records, from which the document was built too (each figure exact with the
 * decimals printed, {@link JsonFigure}), or, for a report not yet moved to records, maps in insertion order, lists,
 * strings, {@link java.math.BigDecimal} figures, and nulls for figures not available.
 */
public record ReportOutput(Document document, Object data) {
    public ReportOutput {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(data, "data");
    }

    /** The JSON of the data read back as a tree ({@link ReportJson#tree}). */
    public Map<String, Object> json() { return ReportJson.tree(data); }
}
