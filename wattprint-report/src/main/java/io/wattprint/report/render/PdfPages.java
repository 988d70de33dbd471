package io.wattprint.report.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The pages of a PDF report as they fill: A4 portrait, 20 mm margins, a cursor {@link #y} going down the page, a
 * new page when the next piece does not fit. Text is set in Liberation Sans (shipped inside PDFBox, embedded as a
 * subset); a character the font has no glyph for is printed as its ASCII stand-in (₂ → 2, → → ->) or '?', never
 * an error. The font has no bold face, so "bold" is the regular glyphs filled and outlined, which stays
 * extractable text.
 */
final class PdfPages implements AutoCloseable {
    static final PDRectangle SIZE = PDRectangle.A4;
    static final float MARGIN = 56.69f; // 20 mm
    static final float LEFT = MARGIN;
    static final float RIGHT = SIZE.getWidth() - MARGIN;
    static final float TOP = SIZE.getHeight() - MARGIN;
    static final float BOTTOM = MARGIN;
    static final float FOOTER_Y = 28.35f; // 10 mm
    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    /** Stand-ins for characters a font may lack, tried before '?'. */
    private static final Map<Integer, String> STAND_INS = Map.ofEntries(
            Map.entry(0x2080, "0"), Map.entry(0x2081, "1"), Map.entry(0x2082, "2"), Map.entry(0x2083, "3"),
            Map.entry(0x2084, "4"), Map.entry(0x2192, "->"), Map.entry(0x2190, "<-"), Map.entry(0x2265, ">="),
            Map.entry(0x2264, "<="), Map.entry(0x2014, "-"), Map.entry(0x2013, "-"), Map.entry(0x2026, "..."),
            Map.entry(0x2212, "-"), Map.entry(0x00A0, " "), Map.entry(0x202F, " "), Map.entry(0x2009, " "));

    final PDDocument doc;
    final PDType0Font font;
    final List<PDPage> pages = new ArrayList<>();
    private final Map<Integer, Boolean> glyphs = new HashMap<>(); // a look-up cache only, never iterated
    PDPageContentStream cs;
    float y;

    PdfPages(PDDocument doc) throws IOException {
        this.doc = doc;
        try (InputStream in = PdfPages.class.getResourceAsStream(FONT)) {
            if (in == null) throw new IOException("the PDF font is missing from the class path: " + FONT);
            this.font = PDType0Font.load(doc, in, true);
        }
        newPage();
    }

    static float width() { return RIGHT - LEFT; }

    void newPage() throws IOException {
        if (cs != null) cs.close();
        PDPage page = new PDPage(SIZE);
        doc.addPage(page);
        pages.add(page);
        cs = new PDPageContentStream(doc, page);
        y = TOP;
    }

    /** Starts a new page unless {@code height} points fit above the bottom margin (on an empty page it always fits). */
    void need(float height) throws IOException {
        if (y - height < BOTTOM && y < TOP) newPage();
    }

    void space(float points) { y -= points; }

    /** {@code s} with every character the font can print: controls as spaces, missing glyphs as stand-ins or '?'. */
    String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) b.append(' ');
            else if (has(cp)) b.appendCodePoint(cp);
            else if (STAND_INS.containsKey(cp)) b.append(STAND_INS.get(cp));
            else b.append('?');
        });
        return b.toString();
    }

    private boolean has(int cp) {
        return glyphs.computeIfAbsent(cp, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }

    /** The width of printable text at {@code size} points. */
    float width(String printable, float size) throws IOException {
        return font.getStringWidth(printable) / 1000f * size;
    }

    /** Slack for the rounding of summed glyph widths: a text measured as wide as its line still fits it. */
    static final float FIT = 0.01f;

    /**
     * {@code text} broken into lines no wider than {@code max}: at spaces; a word wider than a line by itself
     * breaks after its hyphens and slashes ({@link #pieces}), and only a piece wider than a line by itself breaks
     * between two characters.
     */
    List<String> wrap(String text, float size, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : printable(text).split(" ", -1)) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size) <= max + FIT) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) lines.add(line);
            line = "";
            if (width(word, size) <= max + FIT) {
                line = word;
                continue;
            }
            for (String piece : pieces(word)) {
                if (!line.isEmpty() && width(line + piece, size) <= max + FIT) {
                    line += piece;
                    continue;
                }
                if (!line.isEmpty()) lines.add(line);
                line = piece;
                while (width(line, size) > max + FIT && line.codePointCount(0, line.length()) > 1) {
                    int cut = line.offsetByCodePoints(0, 1);
                    while (cut < line.length() && width(line.substring(0, line.offsetByCodePoints(cut, 1)), size) <= max + FIT) {
                        cut = line.offsetByCodePoints(cut, 1);
                    }
                    lines.add(line.substring(0, cut));
                    line = line.substring(cut);
                }
            }
        }
        lines.add(line);
        return lines;
    }

    /** {@code word} cut after each hyphen and slash that has text after it: "location-based" → "location-", "based". */
    static List<String> pieces(String word) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < word.length() - 1; i++) {
            char c = word.charAt(i);
            if ((c == '-' || c == '/') && i > start) {
                pieces.add(word.substring(start, i + 1));
                start = i + 1;
            }
        }
        pieces.add(word.substring(start));
        return pieces;
    }

    /** Draws printable text with its baseline at ({@code x}, {@code baseline}), in a grey level (0 black). */
    void text(float x, float baseline, String printable, float size, boolean bold, float gray) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(gray);
        if (bold) {
            cs.setStrokingColor(gray);
            cs.setLineWidth(size * 0.04f);
            cs.setRenderingMode(RenderingMode.FILL_STROKE);
        }
        cs.newLineAtOffset(x, baseline);
        cs.showText(printable);
        if (bold) cs.setRenderingMode(RenderingMode.FILL);
        cs.endText();
        cs.setNonStrokingColor(0f);
    }

    /** Wrapped text at the cursor, {@code indent} from the left margin, breaking pages between lines. */
    void paragraph(String text, float size, float leading, float indent, boolean bold, float gray) throws IOException {
        for (String line : wrap(text, size, width() - indent)) {
            need(leading);
            y -= leading;
            text(LEFT + indent, y + (leading - size) * 0.5f + size * 0.22f, line, size, bold, gray);
        }
    }

    void line(float x1, float y1, float x2, float y2, float lineWidth, float gray) throws IOException {
        cs.setStrokingColor(gray);
        cs.setLineWidth(lineWidth);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
        cs.setStrokingColor(0f);
    }

    /** Ends the last page's content; then each page gets its footer: the title on the left, "page i of n" on the right. */
    void finish(String title) throws IOException {
        cs.close();
        cs = null;
        String t = printable(title);
        while (width(t + "...", 8) > width() - 90 && t.length() > 1) t = t.substring(0, t.length() - 1);
        if (!t.equals(printable(title))) t += "...";
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream footer = new PDPageContentStream(doc, pages.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
                cs = footer;
                String page = "page " + (i + 1) + " of " + pages.size();
                text(LEFT, FOOTER_Y, t, 8, false, 0.4f);
                text(RIGHT - width(page, 8), FOOTER_Y, page, 8, false, 0.4f);
            }
        }
        cs = null;
    }

    @Override
    public void close() throws IOException {
        if (cs != null) cs.close();
    }
}
