package io.wattprint.report.doc;

/**
 * One piece of a report, in reading order. Every figure in a block is already a rounded string, so that
 * Markdown, HTML, PDF and CSV show the same digits; only {@link Chart} carries raw numbers, to draw.
 */
public sealed interface Block permits Heading, Paragraph, Facts, Table, Chart, Notice {}
