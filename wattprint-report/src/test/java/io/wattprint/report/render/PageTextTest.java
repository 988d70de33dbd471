package io.wattprint.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.report.RenderedFormats;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Chart;
import io.wattprint.report.doc.Document;
import io.wattprint.report.doc.Facts;
import io.wattprint.report.doc.Heading;
import io.wattprint.report.doc.Notice;
import io.wattprint.report.doc.Paragraph;
import io.wattprint.report.doc.Table;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every block of a page is cut the same way (LongText.PAGE_MAX, 4,096 characters), whichever renderer prints it. */
class PageTextTest {
    private static final String LONG = "p".repeat(10_000);
    private static final String CUT = "p".repeat(4096) + "… (10,000 characters)";

    private static Document document(Block... blocks) {
        return new Document("sample", "Sample", null, Instant.parse("2026-11-23T10:00:00Z"), List.of(blocks));
    }

    @Test
    void aParagraphOfTenThousandCharactersIsCutInMarkdownHtmlAndPdf() throws IOException {
        ReportOutput out = new ReportOutput(document(new Paragraph(LONG)), Map.of());
        String md = RenderedFormats.text(ReportFormat.MD, out);
        assertThat(md).contains(CUT + "\n").doesNotContain("p".repeat(4097));
        assertThat(RenderedFormats.text(ReportFormat.HTML, out)).contains(CUT).doesNotContain("p".repeat(4097));
        assertThat(RenderedFormats.pdfText(out).replaceAll("\\s", "")).contains("(10,000characters)")
                .doesNotContain("p".repeat(4097));
    }

    @Test
    void everyBlockIsCutAlikeAndTheDocumentKeepsTheWholeText() {
        Document whole = document(new Heading(1, LONG), new Paragraph(LONG), new Notice(Notice.Kind.NOTE, LONG),
                new Facts("f", null, List.of(new Facts.Fact("label", LONG))),
                new Table("t", null, List.of(Table.Column.text("a")), List.of(List.of(LONG)), List.of(LONG)),
                new Chart("c", "title", Chart.Type.BAR, "kWh", List.of(LONG), List.of(new Chart.Series(LONG, List.of(1.0)))));

        Document page = PageText.cut(whole);

        assertThat(((Heading) page.blocks().get(0)).text()).isEqualTo(CUT);
        assertThat(((Paragraph) page.blocks().get(1)).text()).isEqualTo(CUT);
        assertThat(((Notice) page.blocks().get(2)).text()).isEqualTo(CUT);
        assertThat(((Facts) page.blocks().get(3)).facts().get(0).value()).isEqualTo(CUT);
        Table t = (Table) page.blocks().get(4);
        assertThat(t.rows()).containsExactly(List.of(CUT));
        assertThat(t.total()).containsExactly(CUT);
        Chart c = (Chart) page.blocks().get(5);
        assertThat(c.categories()).containsExactly(CUT);
        assertThat(c.series().get(0).name()).isEqualTo(CUT);
        assertThat(((Paragraph) whole.blocks().get(1)).text()).isEqualTo(LONG);
        assertThat(((Table) whole.blocks().get(4)).rows()).containsExactly(List.of(LONG));
    }
}
