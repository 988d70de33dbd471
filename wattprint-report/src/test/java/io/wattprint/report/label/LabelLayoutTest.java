package io.wattprint.report.label;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.report.ReportGallery;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The label's texts fit the card (issue 16: the Hardware and Source lines were cut at a fixed number of characters
 * and ran past the card): widths measured here with the Liberation Sans TTF itself (java.awt, independent of the
 * layout's own measuring) and, for bold, the font's widest bold-minus-regular difference.
 */
class LabelLayoutTest {
    @TempDir
    Path dir;

    /** The width in units of {@code t} by the TTF's advance widths, bold as in LabelLayout's bound. */
    static double width(LabelLayout.Text t) throws Exception {
        try (InputStream in = LabelLayoutTest.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            Font f = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont((float) t.size());
            double w = f.getStringBounds(t.text(), new FontRenderContext(null, true, true)).getWidth();
            return t.bold() ? w + 0.056 * t.size() * t.text().length() : w;
        }
    }

    static List<LabelLayout.Text> lines(List<LabelLayout.Text> texts, String start) {
        int i = 0;
        while (!texts.get(i).text().startsWith(start)) i++;
        return texts.subList(i, i + 2);
    }

    @Test
    void everyTextOfALabelWithLongHardwareAndSourcesFitsTheCard() throws Exception {
        for (LabelLayout.Text t : LabelLayout.texts(ReportGallery.label(dir))) {
            double right = t.end() ? t.x() : t.x() + width(t);
            double left = t.end() ? t.x() - width(t) : t.x();
            assertThat(left).as("left of %s", t.text()).isGreaterThanOrEqualTo(20);
            assertThat(right).as("right of %s", t.text()).isLessThanOrEqualTo(340);
        }
    }

    /**
     * "Hardware: NVIDIA A100-SXM4-80GB, NVIDIA H100 80GB HBM3" is 350.8 units wide at 12, 321.6 at 11 and 292.3 at 10
     * (Liberation Sans advance widths, by java.awt on the TTF): on a 320-unit line it is set at 10, whole.
     */
    @Test
    void aHardwareLineTooWideAt12IsSetSmallerAndKeptWhole() {
        LabelLayout.Text hw = LabelLayout.texts(ReportGallery.label(dir)).stream().filter(t -> t.text().startsWith("Hardware:"))
                .findFirst().orElseThrow();
        assertThat(hw.text()).isEqualTo("Hardware: NVIDIA A100-SXM4-80GB, NVIDIA H100 80GB HBM3");
        assertThat(hw.size()).isEqualTo(10);
    }

    /** Two long citations: two lines at size 10, 12 apart, broken at a space; the end cut with "…". */
    @Test
    void sourcesTooLongForOneLineWrapOntoTwoAndTheRestIsCut() throws Exception {
        List<LabelLayout.Text> src = lines(LabelLayout.texts(ReportGallery.label(dir)), "Source:");
        assertThat(src.get(0).size()).isEqualTo(10);
        assertThat(src.get(1).size()).isEqualTo(10);
        assertThat(src.get(1).y() - src.get(0).y()).isEqualTo(12);
        assertThat(src.get(0).text()).startsWith("Source: AI Energy Score leaderboard").doesNotEndWith(" ").doesNotContain("…");
        assertThat(src.get(1).text()).endsWith("…");
        assertThat(ReportGallery.REFERENCE_SOURCES).startsWith(src.get(0).text().substring("Source: ".length()) + " "
                + src.get(1).text().substring(0, src.get(1).text().length() - 1));
        assertThat(width(src.get(0))).isLessThanOrEqualTo(320);
        assertThat(width(src.get(1))).isLessThanOrEqualTo(320);
    }

    /** The reference set's line keeps its range: on two lines rather than cut. */
    @Test
    void aLongReferenceSetLineWrapsWithItsRangeWhole() {
        List<LabelLayout.Text> ref = lines(LabelLayout.texts(ReportGallery.label(dir)), "Reference set:");
        assertThat(ref.get(0).text() + " " + ref.get(1).text())
                .isEqualTo("Reference set: ai-energy-score-2025-02.csv, 2 model(s), 0.37 to 2.37 Wh/1k");
    }

    /** Every text on the card, in order from the top, stays above the next and the last above the card's bottom. */
    @Test
    void noTwoLinesOverlapAndTheLastIsAboveTheBottom() {
        List<LabelLayout.Text> texts = LabelLayout.texts(ReportGallery.label(dir));
        for (int i = 3; i < texts.size(); i++) {
            LabelLayout.Text t = texts.get(i), above = texts.get(i - 1);
            assertThat(t.y() - above.y()).as("%s below %s", t.text(), above.text()).isGreaterThanOrEqualTo(t.size());
        }
        assertThat(texts.get(texts.size() - 1).y()).isLessThanOrEqualTo(LabelLayout.HEIGHT - 10);
    }

    @Test
    void shortTextsKeepTheirSize() {
        for (LabelLayout.Text t : LabelLayout.texts(ReportGallery.label(dir))) {
            if (t.text().startsWith("Date:")) assertThat(t.size()).isEqualTo(12);
            if (t.text().equals("Model")) assertThat(t.size()).isEqualTo(12);
        }
    }

    @Test
    void aModelNameTooLongEvenAtTheSmallestSizeIsCutWithAnEllipsis() throws Exception {
        String name = "a-very-long-model-name-from-a-hub/with-an-organisation-prefix-and-a-revision-tag";
        LabelLayout.Text t = new LabelLayout.Text(20, 106, 14, true, "#000", false, LabelLayout.cut(name, 14, true));
        assertThat(t.text()).endsWith("…");
        assertThat(name).startsWith(t.text().substring(0, t.text().length() - 1));
        assertThat(width(t)).isLessThanOrEqualTo(320);
    }
}
