package io.wattprint.report.render;

import io.wattprint.core.text.LongText;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Chart;
import io.wattprint.report.doc.Document;
import io.wattprint.report.doc.Facts;
import io.wattprint.report.doc.Heading;
import io.wattprint.report.doc.Notice;
import io.wattprint.report.doc.Paragraph;
import io.wattprint.report.doc.Table;
import java.util.List;

/**
 * The step every renderer of a page (Markdown, HTML, PDF, CSV) takes before it prints a document: text longer than
 * a page can hold is cut ({@link LongText#cutForPage}), the same in every block — headings, paragraphs, notices,
 * fact values, table cells and totals, chart categories and series names. The document records keep the text
 * whole, and JSON, which prints the report's data, keeps it whole too.
 */
final class PageText {
    private PageText() {}

    /** {@code d} with the text of each block cut for a page. */
    static Document cut(Document d) {
        List<Block> blocks = d.blocks().stream().map(PageText::cut).toList();
        return new Document(d.kind(), d.title(), d.subtitle(), d.generatedAt(), blocks);
    }

    private static Block cut(Block block) {
        if (block instanceof Heading h) return new Heading(h.level(), LongText.cutForPage(h.text()));
        if (block instanceof Paragraph p) return new Paragraph(LongText.cutForPage(p.text()));
        if (block instanceof Notice n) return new Notice(n.kind(), LongText.cutForPage(n.text()));
        if (block instanceof Facts f) {
            return new Facts(f.id(), f.caption(), f.facts().stream()
                    .map(x -> new Facts.Fact(x.label(), LongText.cutForPage(x.value()))).toList());
        }
        if (block instanceof Table t) {
            return new Table(t.id(), t.caption(), t.columns(), t.rows().stream().map(PageText::cells).toList(),
                    t.total() == null ? null : cells(t.total()));
        }
        Chart c = (Chart) block;
        List<Chart.Series> series = c.series().stream()
                .map(s -> new Chart.Series(LongText.cutForPage(s.name()), s.values())).toList();
        return new Chart(c.id(), c.title(), c.type(), c.unit(), cells(c.categories()), series);
    }

    private static List<String> cells(List<String> cells) {
        return cells.stream().map(LongText::cutForPage).toList();
    }
}
