package io.wattprint.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.report.RenderedFormats;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Chart;
import io.wattprint.report.doc.Document;
import io.wattprint.report.doc.Heading;
import io.wattprint.report.doc.Notice;
import io.wattprint.report.doc.Paragraph;
import io.wattprint.report.doc.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The PDF, read back with PDFBox: extractable text, page breaks, footers, metadata and identical bytes. */
class PdfRendererTest {
    static final Instant AT = TextRenderersTest.AT;

    static byte[] pdf(ReportOutput r) throws IOException { return RenderedFormats.bytes(ReportFormat.PDF, r); }

    static byte[] pdf(Document d) throws IOException { return pdf(new ReportOutput(d, Map.of())); }

    static Document doc(Block... blocks) { return new Document("test", "Test", null, AT, List.of(blocks)); }

    /** The text of each page. */
    static List<String> pages(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                pages.add(s.getText(d));
            }
        }
        return pages;
    }

    static Table longTable(int rows) {
        List<List<String>> r = new ArrayList<>();
        for (int i = 1; i <= rows; i++) r.add(List.of("run-" + i, i + ".00"));
        // total = 1 + 2 + … + 200 = 200 × 201 / 2 = 20,100
        return new Table("runs", "Runs", List.of(Table.Column.text("Run"), Table.Column.number("Energy kWh")), r,
                List.of("TOTAL", "20,100.00"));
    }

    @Test
    void theTextHoldsTheTitleEveryCellAndTheTotal() throws IOException {
        String text = RenderedFormats.pdfText(pdf(SampleDocument.at(AT)));
        assertThat(text).contains("Sample report", "Period 2026-W47, ledger test.db", "Generated: 2026-11-23T10:00:00Z",
                "Energy by project", "CO₂e location-based", "By project",
                "Project kWh kgCO2e", "vision 1,200.50 60.03", "nlp|chat 0.25 0.01", "TOTAL 1,200.75 60.04",
                "Estimated: 12.5 % of the energy is estimated (no meter on host b).",
                "Emission factors wattprint data 2026.11, \"Ember\" 2024",
                "Energy by week (kWh)", "training inference", "1,400",
                "2026-W46 1000 0.1235", "2026-W47 1201 0.25", "page 1 of 1");
    }

    @Test
    void aLongTableBreaksAcrossPagesWithItsHeaderOnEachPage() throws IOException {
        List<String> pages = pages(pdf(doc(new Heading(1, "All runs"), longTable(200))));
        assertThat(pages.size()).isGreaterThan(2);
        List<String> rowsSeen = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            String page = pages.get(p);
            assertThat(page).as("page %d", p + 1).contains("Run Energy kWh\n").contains("page " + (p + 1) + " of " + pages.size());
            for (String line : page.split("\n")) if (line.startsWith("run-")) rowsSeen.add(line);
        }
        // every row once, in order, none lost at a break
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 200; i++) expected.add("run-" + i + " " + i + ".00");
        assertThat(rowsSeen).isEqualTo(expected);
        assertThat(pages.get(pages.size() - 1)).contains("TOTAL 20,100.00");
        assertThat(pages.get(0)).contains("Runs\n");
    }

    @Test
    void theSameDocumentGivesTheSameBytes() throws IOException {
        byte[] first = pdf(SampleDocument.at(AT));
        byte[] second = pdf(SampleDocument.at(AT));
        assertThat(second).isEqualTo(first);
        assertThat(pdf(doc(longTable(200)))).isEqualTo(pdf(doc(longTable(200))));
    }

    @Test
    void theFileIdComesFromTheDocumentNotTheClock() throws Exception {
        ReportOutput r = SampleDocument.at(AT);
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(r.document().toString().getBytes(StandardCharsets.UTF_8));
        try (PDDocument d = Loader.loadPDF(pdf(r))) {
            var id = d.getDocument().getTrailer().getCOSArray(org.apache.pdfbox.cos.COSName.ID);
            assertThat(id.size()).isEqualTo(2);
            byte[] first = ((org.apache.pdfbox.cos.COSString) id.getObject(0)).getBytes();
            assertThat(first).isEqualTo(Arrays.copyOf(sha, 16));
        }
    }

    @Test
    void twoGenerationTimesDifferOnlyInTheGenerationLine() throws IOException {
        byte[] a = pdf(SampleDocument.at(AT));
        byte[] b = pdf(SampleDocument.at(AT.plusSeconds(3600)));
        assertThat(b).isNotEqualTo(a);
        String ta = RenderedFormats.pdfText(a);
        String tb = RenderedFormats.pdfText(b);
        assertThat(ta).contains("Generated: 2026-11-23T10:00:00Z");
        assertThat(tb).contains("Generated: 2026-11-23T11:00:00Z");
        assertThat(tb.replace("Generated: 2026-11-23T11:00:00Z", "")).isEqualTo(ta.replace("Generated: 2026-11-23T10:00:00Z", ""));
    }

    @Test
    void everyPageHasItsNumberOutOfTheTotal() throws IOException {
        byte[] pdf = pdf(doc(longTable(200)));
        try (PDDocument d = Loader.loadPDF(pdf)) {
            int n = d.getNumberOfPages();
            // text height 841.89 − 2 × 56.69 = 728.51 pt; a row 9 × 1.25 + 2 × 2.5 = 16.25 pt. Page 1: title 22 +
            // generation line 13 + 6, caption 14.4, header 16.25 → (728.51 − 71.65) / 16.25 = 40 rows; later pages:
            // header 16.25 → (728.51 − 16.25) / 16.25 = 43 rows. 200 = 40 + 43 + 43 + 43 + 31 → 5 pages
            assertThat(n).isEqualTo(5);
            List<String> pages = pages(pdf);
            assertThat(pages.get(0)).endsWith("Test page 1 of 5\n");
            assertThat(pages.get(4)).endsWith("Test page 5 of 5\n");
        }
    }

    @Test
    void theDocumentInformationIsTheReportsNotTheMachines() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf(SampleDocument.at(AT)))) {
            PDDocumentInformation info = d.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Sample report");
            assertThat(info.getSubject()).isEqualTo("Period 2026-W47, ledger test.db");
            assertThat(info.getProducer()).isEqualTo("wattprint");
            assertThat(info.getCreator()).isEqualTo("wattprint");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(AT);
            assertThat(info.getModificationDate().toInstant()).isEqualTo(AT);
            assertThat(info.getCOSObject().getString(org.apache.pdfbox.cos.COSName.CREATION_DATE)).isEqualTo("D:20261123100000+00'00'");
            assertThat(d.getPage(0).getMediaBox().getWidth()).isCloseTo(595.28f, within(0.01f)); // A4: 210 mm = 595.28 pt
            assertThat(d.getPage(0).getMediaBox().getHeight()).isCloseTo(841.89f, within(0.01f)); // 297 mm
        }
    }

    @Test
    void aCharacterTheFontLacksIsPrintedAsAQuestionMark() throws IOException {
        // Liberation Sans has no CJK and no emoji; it does have →, ≥, — and ₂
        byte[] pdf = pdf(new Document("test", "Report 中 😀", null, AT, List.of(new Paragraph("CO₂e → ≥ 5 — ok 中"))));
        assertThat(RenderedFormats.pdfText(pdf)).contains("Report ? ?", "CO₂e → ≥ 5 — ok ?");
    }

    @Test
    void longCellsAndParagraphsWrapInsideTheMargins() throws IOException {
        String words = "energy ".repeat(150).strip();
        byte[] pdf = pdf(doc(new Paragraph(words), new Table("t", null, List.of(Table.Column.text("Note"), Table.Column.number("kWh")),
                List.of(List.of(words, "1.00"), List.of("x".repeat(300), "2.00")), null)));
        float[] right = {0};
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) right[0] = Math.max(right[0], p.getXDirAdj() + p.getWidthDirAdj());
                    super.writeString(text, positions);
                }
            };
            String text = s.getText(d);
            String joined = text.replaceAll("\\s+", "");
            assertThat(joined.split("energy", -1)).hasSize(301); // 150 in the paragraph, 150 in the cell
            assertThat(joined).contains("energy".repeat(150) + "Notek", "x".repeat(300) + "2.00");
            // the figures column keeps its width beside the long cells: its header and figures are not broken
            assertThat(text).contains("kWh", "1.00", "2.00");
        }
        assertThat(right[0]).isLessThanOrEqualTo(PdfPages.RIGHT + 0.01f);
    }

    @Test
    void everyBlockKindRendersIncludingEmptyTablesAndDegenerateCharts() throws IOException {
        byte[] pdf = pdf(doc(new Heading(2, "Sub"), new Heading(3, "Subsub"),
                new Table("e", "Empty", List.of(Table.Column.text("A"), Table.Column.number("B")), List.of(), null),
                new Notice(Notice.Kind.WARNING, "Careful " + "word ".repeat(40)),
                new Chart("z", "Zero", Chart.Type.STACKED_BAR, "kWh", List.of("a"), List.of(new Chart.Series("x", List.of(0.0)))),
                new Chart("l", "Line", Chart.Type.LINE, "g", List.of("a", "b"), List.of(new Chart.Series("y", List.of(-1.0, 2.0)))),
                new Chart("n", "Nothing", Chart.Type.BAR, "kWh", List.of(), List.of())));
        assertThat(RenderedFormats.pdfText(pdf)).contains("Sub\n", "Subsub\n", "Empty\n", "A B\n(none)\n", "Warning: Careful word",
                "Zero (kWh)", "Line (g)", "a -1", "Nothing (kWh)", "No data");
    }
}
