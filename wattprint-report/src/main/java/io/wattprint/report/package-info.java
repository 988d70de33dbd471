/**
 * Reports and disclosures built from the ledger. A report reads the ledger once into plain records, computes
 * its figures with {@code wattprint-core}, and returns a {@link io.wattprint.report.ReportOutput}: a
 * format-free {@link io.wattprint.report.doc.Document} and a JSON tree. {@link io.wattprint.report.render}
 * writes it as Markdown, HTML, PDF, CSV or JSON. Rounding follows {@link io.wattprint.core.figure.Figures} and {@link io.wattprint.core.figure.ToTotal}.
 */
package io.wattprint.report;
