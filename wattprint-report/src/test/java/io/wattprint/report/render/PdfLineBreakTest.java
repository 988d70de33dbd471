package io.wattprint.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.report.RenderedFormats;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.doc.Document;
import io.wattprint.report.doc.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The PDF's line breaking and column widths (issue 16: "Marke t", "GPU s"): breaks at spaces; a word wider than its
 * line after its hyphens and slashes; inside a word only where a piece alone is wider than the line; a table whose
 * words do not fit the page at 9 pt set smaller instead of breaking them. Widths in the oracles are measured here
 * with the same font (Liberation Sans) through PDFBox.
 */
class PdfLineBreakTest {
    PDDocument doc;
    PdfPages pages;

    @BeforeEach
    void open() throws IOException {
        doc = new PDDocument();
        pages = new PdfPages(doc);
    }

    @AfterEach
    void close() throws IOException {
        pages.close();
        doc.close();
    }

    float w(String s) throws IOException { return pages.width(s, 9); }

    @Test
    void piecesEndAfterHyphensAndSlashes() {
        assertThat(PdfPages.pieces("location-based")).containsExactly("location-", "based");
        assertThat(PdfPages.pieces("gCO2e/kWh")).containsExactly("gCO2e/", "kWh");
        assertThat(PdfPages.pieces("a-b/c")).containsExactly("a-", "b/", "c");
        assertThat(PdfPages.pieces("-5")).containsExactly("-5");
        assertThat(PdfPages.pieces("open-")).containsExactly("open-");
        assertThat(PdfPages.pieces("Market")).containsExactly("Market");
    }

    @Test
    void linesBreakAtSpacesWhenEveryWordFits() throws IOException {
        float max = w("Market-based location-based");
        assertThat(pages.wrap("Market-based location-based GPUs per hour", 9, max))
                .containsExactly("Market-based location-based", "GPUs per hour");
    }

    @Test
    void aWordWiderThanItsLineBreaksAfterAHyphenNotInside() throws IOException {
        float max = w("location-") + 1; // "location-based" is wider, "location-" and "based" each fit
        assertThat(w("location-based")).isGreaterThan(max);
        assertThat(pages.wrap("location-based", 9, max)).containsExactly("location-", "based");
    }

    @Test
    void onlyAPieceWiderThanItsLineBreaksInside() throws IOException {
        float max = w("Marke") + 0.5f; // "Market" alone is wider than the line: the one case a word breaks inside
        List<String> lines = pages.wrap("GPUs Market", 9, max);
        assertThat(lines).containsExactly("GPUs", "Marke", "t");
        assertThat(pages.wrap("GPUs Market", 9, w("Market"))).containsExactly("GPUs", "Market");
    }

    @Test
    void aLineAsWideAsItsTextHoldsIt() throws IOException {
        assertThat(pages.wrap("Market", 9, w("Market"))).containsExactly("Market");
    }

    /** The font size of each word on the pages. */
    static Map<String, Float> sizes(byte[] pdf) throws IOException {
        Map<String, Float> m = new java.util.HashMap<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    m.put(text, positions.get(0).getFontSize()); // the Tf size (getFontSizeInPt gave 8.0 for 8.2 here)
                    super.writeString(text, positions);
                }
            };
            s.getText(d);
        }
        return m;
    }

    /**
     * Eight columns of "Marketbased0" … (each word plus 8 pt of padding) are wider than the page at 9 pt: set at the
     * size where they just fit, (page − 8 × 8) / (words − 8 × 8) × 9, rounded down to a tenth, with no word broken.
     */
    @Test
    void aTableWhoseWordsFitWhenSetSmallerIsSetSmallerInsteadOfBreakingThem() throws IOException {
        List<Table.Column> cols = new ArrayList<>();
        List<String> row = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            cols.add(Table.Column.text("M" + i));
            row.add("Marketbased" + i);
        }
        float words = 8 * (w("Marketbased0") + 8);
        assertThat(words).as("the widest words at 9 pt").isGreaterThan(PdfPages.width());
        float fits = 9 * (PdfPages.width() - 64) / (words - 64);
        assertThat(fits).as("size at which they fit").isBetween(PdfTable.MIN_SIZE, 9f);

        byte[] pdf = RenderedFormats.bytes(ReportFormat.PDF, new ReportOutput(new Document("t", "T", null,
                java.time.Instant.parse("2026-11-23T10:00:00Z"), List.of(new Table("t", null, cols, List.of(row), null))), Map.of()));
        Map<String, Float> sizes = sizes(pdf);

        for (int i = 0; i < 8; i++) assertThat(sizes).containsKey("Marketbased" + i);
        assertThat(sizes.get("Marketbased0")).isLessThan(9f).isGreaterThanOrEqualTo(PdfTable.MIN_SIZE);
        assertThat(sizes.get("Marketbased0")).isCloseTo((float) Math.floor(fits * 10) / 10, org.assertj.core.data.Offset.offset(0.001f));
    }
}
