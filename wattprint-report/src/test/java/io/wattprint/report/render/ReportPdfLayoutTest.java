package io.wattprint.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.report.RenderedFormats;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportGallery;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Chart;
import io.wattprint.report.doc.Document;
import io.wattprint.report.doc.Facts;
import io.wattprint.report.doc.Heading;
import io.wattprint.report.doc.Notice;
import io.wattprint.report.doc.Paragraph;
import io.wattprint.report.doc.Table;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every report kind's PDF read back with PDFBox (issue 16: words broken inside, "Marke t", "GPU s", while page width
 * went unused): no word of the document is split across lines, no glyph runs past the printable area (text
 * positions), and the pages drawn as images ({@link PDFRenderer}, 72 dpi) have nothing in the margins but the
 * footer. The pages are kept as PNG under target/pdf-pages to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPdfLayoutTest {
    /** Words that the issue saw split, and that every report that prints them must keep whole. */
    static final List<String> NAMED = List.of("Market", "GPUs", "location-based", "market-based", "Location-based", "Market-based");

    Map<String, ReportOutput> reports;

    @BeforeAll
    void build(@TempDir Path dir) { reports = ReportGallery.all(dir); }

    Stream<String> kinds() { return ReportGallery.KINDS.stream(); }

    /** The words of the document as printed on pages (after {@link PageText#cut}), charts left out (drawn, not set). */
    static List<String> words(Document d) {
        List<String> text = new ArrayList<>(List.of(d.title(), "Generated: " + d.generatedAt()));
        if (d.subtitle() != null) text.add(d.subtitle());
        for (Block b : PageText.cut(d).blocks()) {
            if (b instanceof Heading h) text.add(h.text());
            else if (b instanceof Paragraph p) text.add(p.text());
            else if (b instanceof Notice n) text.add(n.kind().label() + ": " + n.text());
            else if (b instanceof Facts f) f.facts().forEach(x -> { text.add(x.label()); text.add(x.value()); });
            else if (b instanceof Table t) {
                if (t.caption() != null) text.add(t.caption());
                t.columns().forEach(c -> text.add(c.name()));
                t.rows().forEach(text::addAll);
                if (t.total() != null) text.addAll(t.total());
            } else if (!(b instanceof Chart)) {
                throw new AssertionError("a block kind this test does not know: " + b);
            }
        }
        List<String> words = new ArrayList<>();
        for (String s : text) {
            for (String w : s.split("\\s+")) {
                String t = w.replaceAll("^[(\"'\\[{]+|[)\"'\\]},;:.!?]+$", "");
                if (t.length() >= 2 && t.chars().allMatch(c -> c >= 0x21 && c < 0x7f)) words.add(t);
            }
        }
        return words;
    }

    /**
     * Whether a word cannot fit on one line of a table column at the smallest type size a table is set in: wider than the
     * page's text width less {@link #NARROW_COLUMN} (a first column headed "Datapoint" at that size, and the four cell paddings of two columns).
     */
    static boolean widerThanALine(String word) {
        try (PDDocument d = new PDDocument(); var in = PdfPages.class.getResourceAsStream(PdfPages.FONT)) {
            var font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(d, in, true);
            return font.getStringWidth(word) / 1000 * PdfTable.MIN_SIZE > PdfPages.width() - NARROW_COLUMN;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static final float NARROW_COLUMN = 60;

    @org.junit.jupiter.api.Test
    void onlyAWordWiderThanTheTextWidthAtTheSmallestTypeMayBreak() {
        assertThat(widerThanALine("esrs:DisclosureOfReportingBoundariesConsideredAndCalculationMethodsForEstimatingScope3GHGEmissions"
                + "CategoryAndIfRelevantCalculationToolsAppliedExplanatory")).isTrue();
        assertThat(widerThanALine("esrs:PercentageOfGrossScope3GreenhouseGasEmissionsCalculatedUsingPrimaryDataObtainedFromSuppliers"
                + "OrOtherValueChainPartners")).isFalse();
        assertThat(widerThanALine("esrs:ConsumptionOfPurchasedOrAcquiredElectricityHeatSteamAndCoolingFromRenewableSources")).isFalse();
        assertThat(widerThanALine("location-based")).isFalse();
    }

    /** Occurrences of each whitespace-separated token of {@code words} (punctuation trimmed as in {@link #words}). */
    static Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> m = new HashMap<>();
        for (String w : words) m.merge(w, 1, Integer::sum);
        return m;
    }

    /** The PDF's text above the footer (the footer repeats the title on every page), and every glyph's box. */
    static final class Body extends PDFTextStripper {
        final StringBuilder text = new StringBuilder();
        final List<float[]> glyphs = new ArrayList<>(); // page, x, y (from the top), width
        private int page;

        Body() throws IOException { setSortByPosition(true); }

        @Override
        protected void startPage(org.apache.pdfbox.pdmodel.PDPage p) throws IOException {
            page++;
            super.startPage(p);
        }

        @Override
        protected void writeString(String s, List<TextPosition> positions) throws IOException {
            boolean footer = !positions.isEmpty() && positions.get(0).getYDirAdj() > PdfPages.SIZE.getHeight() - PdfPages.BOTTOM + 1;
            for (TextPosition p : positions) glyphs.add(new float[] {page, p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj()});
            if (!footer) text.append(s).append('\n');
        }
    }

    static Body read(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            Body b = new Body();
            b.getText(d);
            return b;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void noWordIsSplitAcrossLines(String kind) throws IOException {
        ReportOutput r = reports.get(kind);
        Map<String, Integer> expected = counts(words(r.document()));
        Map<String, Integer> printed = counts(words(new Document("x", read(RenderedFormats.bytes(ReportFormat.PDF, r)).text.toString(),
                null, r.document().generatedAt(), List.of())));
        Map<String, String> missing = new TreeMap<>();
        String joined = read(RenderedFormats.bytes(ReportFormat.PDF, r)).text.toString().replace("\n", "");
        expected.forEach((w, n) -> {
            if (widerThanALine(w)) {
                // A word wider than the text width even at the smallest type (a 150-character XBRL element name) must
                // break inside: its pieces are on consecutive lines.
                if (!joined.contains(w)) missing.put(w, "wider than a line, and not in consecutive pieces either");
                return;
            }
            int p = printed.getOrDefault(w, 0);
            if (p < n) missing.put(w, "in the document " + n + " times, whole on the pages " + p + " times");
        });
        assertThat(missing).as("%s: words not whole on a line", kind).isEmpty();
        assertThat(expected.keySet()).as("%s prints words", kind).hasSizeGreaterThan(20);
    }

    /** So that {@link #noWordIsSplitAcrossLines} covers them: the words the issue saw split are printed by these reports. */
    @org.junit.jupiter.api.Test
    void theWordsTheIssueSawSplitAreAmongThoseChecked() {
        java.util.Set<String> all = new java.util.HashSet<>();
        reports.values().forEach(r -> all.addAll(words(r.document())));
        assertThat(all).containsAll(NAMED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void noTextRunsPastThePrintableArea(String kind) throws IOException {
        Body b = read(RenderedFormats.bytes(ReportFormat.PDF, reports.get(kind)));
        List<String> outside = new ArrayList<>();
        for (float[] g : b.glyphs) {
            if (g[1] < PdfPages.LEFT - 0.5f || g[1] + g[3] > PdfPages.RIGHT + 0.5f) {
                outside.add("page " + (int) g[0] + " x " + g[1] + " to " + (g[1] + g[3]));
            }
        }
        assertThat(outside).as("%s: glyphs outside %s..%s", kind, PdfPages.LEFT, PdfPages.RIGHT).isEmpty();
        assertThat(b.glyphs).isNotEmpty();
    }

    /**
     * A cell's text that ran past its column would run into the next cell's: on every line (glyphs of one page with
     * the same baseline, in x order) each glyph starts where the one before it ends, or further right.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void noTextRunsIntoTheNextColumn(String kind) throws IOException {
        assertThat(overlaps(read(RenderedFormats.bytes(ReportFormat.PDF, reports.get(kind))))).as("%s: glyphs drawn over each other", kind)
                .isEmpty();
    }

    /** The check has teeth: "GPUs" drawn 10 pt right of "Market" on the same baseline is found. */
    @org.junit.jupiter.api.Test
    void textDrawnOverOtherTextIsFound() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (PDDocument d = new PDDocument()) {
            try (PdfPages p = new PdfPages(d)) {
                p.text(PdfPages.LEFT, 700, "Market", 9, false, 0f);
                p.text(PdfPages.LEFT + 10, 700, "GPUs", 9, false, 0f);
                p.text(PdfPages.LEFT, 680, "Market", 9, false, 0f);
                p.text(PdfPages.LEFT + p.width("Market", 9) + 4, 680, "GPUs", 9, false, 0f);
                p.finish("t");
            }
            d.save(out);
        }
        List<String> found = overlaps(read(out.toByteArray()));
        assertThat(found).hasSize(1);
    }

    /** Glyphs of one page and baseline, in x order, that start before the previous one ends; one entry per line. */
    static List<String> overlaps(Body b) {
        Map<String, List<float[]>> lines = new TreeMap<>();
        for (float[] g : b.glyphs) lines.computeIfAbsent((int) g[0] + "@" + Math.round(g[2] * 10), k -> new ArrayList<>()).add(g);
        List<String> overlaps = new ArrayList<>();
        lines.forEach((line, glyphs) -> {
            glyphs.sort((x, y) -> Float.compare(x[1], y[1]));
            for (int i = 1; i < glyphs.size(); i++) {
                float[] before = glyphs.get(i - 1), g = glyphs.get(i);
                if (g[1] < before[1] + before[3] - 0.05f) {
                    overlaps.add("page/baseline " + line + " at x " + g[1]);
                    break;
                }
            }
        });
        return overlaps;
    }

    /**
     * Each page drawn at 72 dpi (1 px = 1 pt): the left and right margins are white from top to bottom, the top margin
     * too, and the bottom margin but for the footer's line. Written to target/pdf-pages/KIND-N.png.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void thePagesAsImagesHaveNothingInTheMarginsButTheFooter(String kind) throws IOException {
        Path out = Files.createDirectories(Path.of("target", "pdf-pages"));
        try (PDDocument d = Loader.loadPDF(RenderedFormats.bytes(ReportFormat.PDF, reports.get(kind)))) {
            PDFRenderer renderer = new PDFRenderer(d);
            for (int i = 0; i < d.getNumberOfPages(); i++) {
                BufferedImage img = renderer.renderImage(i, 1f);
                ImageIO.write(img, "png", out.resolve(kind + "-" + (i + 1) + ".png").toFile());
                int h = img.getHeight();
                int left = (int) Math.floor(PdfPages.LEFT) - 1, right = (int) Math.ceil(PdfPages.RIGHT) + 1;
                int top = h - (int) Math.ceil(PdfPages.TOP) - 1, bottom = h - (int) Math.floor(PdfPages.BOTTOM) + 1;
                int footerTop = h - (int) Math.ceil(PdfPages.FOOTER_Y + 9), footerBottom = h - (int) Math.floor(PdfPages.FOOTER_Y - 3);
                List<String> inked = new ArrayList<>();
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < img.getWidth(); x++) {
                        boolean margin = x < left || x > right || y < top || y > bottom;
                        boolean footer = y >= footerTop && y <= footerBottom && x >= left && x <= right;
                        if (margin && !footer && (img.getRGB(x, y) & 0xffffff) != 0xffffff) inked.add(x + "," + y);
                    }
                }
                assertThat(inked).as("%s page %d: ink in the margins", kind, i + 1).isEmpty();
            }
        }
    }
}
