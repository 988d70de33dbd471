package io.wattprint.report.render;

import static io.wattprint.report.render.ChartGeometryTest.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.report.RenderedFormats;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Chart;
import io.wattprint.report.doc.Document;
import io.wattprint.report.doc.Facts;
import io.wattprint.report.doc.Heading;
import io.wattprint.report.doc.Notice;
import io.wattprint.report.doc.Table;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML page: golden output, escaping, charts as SVG with their values, and the degenerate charts. */
class HtmlRendererTest {
    static final Instant AT = TextRenderersTest.AT;

    static String html(Block... blocks) throws IOException {
        return html(new Document("test", "Test", null, AT, List.of(blocks)));
    }

    static String html(Document d) throws IOException {
        return RenderedFormats.text(ReportFormat.HTML, new ReportOutput(d, Map.of()));
    }

    static Chart chart(Chart.Type type, List<String> categories, Chart.Series... series) {
        return new Chart("c", "Chart", type, "kWh", categories, List.of(series));
    }

    /** The part of {@code html} between {@code start} and the next {@code end}. */
    static String section(String html, String start, String end) {
        int i = html.indexOf(start);
        assertThat(i).as("%s in the page", start).isNotNegative();
        return html.substring(i, html.indexOf(end, i));
    }

    static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) n++;
        return n;
    }

    /*
     * The chart's coordinates, by hand (ChartGeometry: box 640 × 320, font 11, a character 6.6 wide):
     * legend one line at y 8 → next y 8 + 16 = 24; "training" swatch at x 8, its name at 8 + 14 = 22, baseline 17;
     * the second entry at 8 + (10 + 4 + 8 × 6.6 + 16) = 90.8. Unit baseline 24 + 11 = 35; plot top 24 + 11 + 14 = 49;
     * plot bottom 320 − 8 − 11 − 6 = 295. Axis 0–1,400 step 200 (1200.5 / 5 = 240.1 → 200; ceil(6.0025) = 7);
     * the widest tick label "1,400" has 5 characters → plot left 8 + 5 × 6.6 + 6 = 47; right 640 − 8 = 632.
     * Tick k at 295 − k × 246/7: 295, 259.9, 224.7, 189.6, 154.4, 119.3, 84.1, 49; labels 3.85 lower.
     * Bands 585 / 2 = 292.5; bars 292.5 × 0.7 / 2 = 102.375 wide from 47 + 292.5 × 0.15 = 90.875.
     * training 1000: 1000/1400 × 246 = 175.71 high, top at 119.29; 1200.5: 210.945 high, top at 84.055;
     * inference 0.12 and 0.25: under 0.05 high, printed 0.0. Category labels at band centres 193.25 and 485.75,
     * baseline 295 + 11 + 3 = 309.
     */
    @Test
    void goldenPageWithEveryBlockKind() throws IOException {
        String expected = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="generator" content="wattprint">
                <title>Sample report</title>
                <style>
                %STYLE%</style>
                </head>
                <body>
                <main class="report sample">
                <h1>Sample report</h1>
                <p class="subtitle">Period 2026-W47, ledger test.db</p>
                <p class="generated">Generated: 2026-11-23T10:00:00Z</p>
                <h2>Energy by project</h2>
                <p>Facility energy of the runs closed in the week; CO₂e location-based.</p>
                <div class="scroll"><table id="by_project">
                <caption>By project</caption>
                <thead><tr><th>Project</th><th class="num">kWh</th><th class="num">kgCO2e</th></tr></thead>
                <tbody>
                <tr><td>vision</td><td class="num">1,200.50</td><td class="num">60.03</td></tr>
                <tr><td>nlp|chat</td><td class="num">0.25</td><td class="num">0.01</td></tr>
                </tbody>
                <tfoot>
                <tr><td>TOTAL</td><td class="num">1,200.75</td><td class="num">60.04</td></tr>
                </tfoot>
                </table></div>
                <p class="notice estimate"><strong>Estimated:</strong> 12.5 % of the energy is estimated (no meter on host b).</p>
                <div class="scroll"><table class="facts" id="inputs">
                <caption>Inputs</caption>
                <tbody>
                <tr><th scope="row">Emission factors</th><td>wattprint data 2026.11, &quot;Ember&quot; 2024</td></tr>
                </tbody>
                </table></div>
                <figure class="chart" id="energy_by_week">
                <figcaption>Energy by week (kWh)</figcaption>
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640.0 320.0" role="img" aria-label="Energy by week: bar chart in kWh, 2 categories, 2 series" font-family="Liberation Sans, Arial, Helvetica, sans-serif" font-size="11.0">
                <title>Energy by week (kWh)</title>
                <g class="legend">
                <rect x="8.0" y="8.0" width="10.0" height="10.0" fill="#0072B2"/><text x="22.0" y="17.0">training</text>
                <rect x="90.8" y="8.0" width="10.0" height="10.0" fill="#E69F00"/><text x="104.8" y="17.0">inference</text>
                </g>
                <text class="unit" x="8.0" y="35.0">kWh</text>
                <g class="grid" stroke="#dddddd">
                <line x1="47.0" y1="295.0" x2="632.0" y2="295.0"/>
                <line x1="47.0" y1="259.9" x2="632.0" y2="259.9"/>
                <line x1="47.0" y1="224.7" x2="632.0" y2="224.7"/>
                <line x1="47.0" y1="189.6" x2="632.0" y2="189.6"/>
                <line x1="47.0" y1="154.4" x2="632.0" y2="154.4"/>
                <line x1="47.0" y1="119.3" x2="632.0" y2="119.3"/>
                <line x1="47.0" y1="84.1" x2="632.0" y2="84.1"/>
                <line x1="47.0" y1="49.0" x2="632.0" y2="49.0"/>
                </g>
                <g class="ticks" fill="#444444">
                <text x="43.0" y="298.9" text-anchor="end">0</text>
                <text x="43.0" y="263.7" text-anchor="end">200</text>
                <text x="43.0" y="228.6" text-anchor="end">400</text>
                <text x="43.0" y="193.4" text-anchor="end">600</text>
                <text x="43.0" y="158.3" text-anchor="end">800</text>
                <text x="43.0" y="123.1" text-anchor="end">1,000</text>
                <text x="43.0" y="88.0" text-anchor="end">1,200</text>
                <text x="43.0" y="52.9" text-anchor="end">1,400</text>
                </g>
                <g class="bars">
                <rect x="90.9" y="119.3" width="102.4" height="175.7" fill="#0072B2"><title>training, 2026-W46: 1000 kWh</title></rect>
                <rect x="193.3" y="295.0" width="102.4" height="0.0" fill="#E69F00"><title>inference, 2026-W46: 0.1235 kWh</title></rect>
                <rect x="383.4" y="84.1" width="102.4" height="210.9" fill="#0072B2"><title>training, 2026-W47: 1201 kWh</title></rect>
                <rect x="485.8" y="295.0" width="102.4" height="0.0" fill="#E69F00"><title>inference, 2026-W47: 0.25 kWh</title></rect>
                </g>
                <line class="axis" x1="47.0" y1="49.0" x2="47.0" y2="295.0" stroke="#333333"/>
                <line class="axis" x1="47.0" y1="295.0" x2="632.0" y2="295.0" stroke="#333333"/>
                <g class="categories" fill="#444444">
                <text x="193.3" y="309.0" text-anchor="middle">2026-W46</text>
                <text x="485.8" y="309.0" text-anchor="middle">2026-W47</text>
                </g>
                </svg>
                <details><summary>Values</summary>
                <div class="scroll"><table class="data">
                <thead><tr><th></th><th class="num">training (kWh)</th><th class="num">inference (kWh)</th></tr></thead>
                <tbody>
                <tr><th scope="row">2026-W46</th><td class="num">1000</td><td class="num">0.1235</td></tr>
                <tr><th scope="row">2026-W47</th><td class="num">1201</td><td class="num">0.25</td></tr>
                </tbody>
                </table></div>
                </details>
                </figure>
                </main>
                </body>
                </html>
                """.replace("%STYLE%", HtmlRenderer.STYLE);
        assertThat(RenderedFormats.text(ReportFormat.HTML, SampleDocument.at(AT))).isEqualTo(expected);
    }

    /** A figure column keeps figures on one line; words in it (an ESRS "not reported: …") wrap as text (issue 16). */
    @Test
    void wordsInAFigureColumnWrapWhileFiguresStayOnOneLine() throws IOException {
        String page = html(new Table("dp", null, List.of(Table.Column.text("Datapoint"), Table.Column.number("Base year")),
                List.of(List.of("E1-6_30", "not reported: no net revenue given"), List.of("E1-5_01", "1,200.50"),
                        List.of("E1-5_09", "n/a"), List.of("E1-6_12", "+12.5 %")), null));

        assertThat(page).contains("<td class=\"num text\">not reported: no net revenue given</td>")
                .contains("<td class=\"num\">1,200.50</td>").contains("<td class=\"num\">n/a</td>")
                .contains("<td class=\"num\">+12.5 %</td>");
        assertThat(HtmlRenderer.STYLE).contains("td.num.text { white-space: normal; }");
    }

    /** Every table sits in a box that scrolls sideways only when a phone is narrower than the table can wrap to. */
    @Test
    void everyTableIsInItsOwnScrollingBox() throws IOException {
        String page = html(new Table("t", null, List.of(Table.Column.text("A")), List.of(List.of("x")), null),
                new Facts("f", null, List.of(new Facts.Fact("k", "v"))));

        assertThat(count(page, "<div class=\"scroll\"><table")).isEqualTo(2);
        assertThat(count(page, "</table></div>")).isEqualTo(2);
        assertThat(HtmlRenderer.STYLE).contains(".scroll { overflow-x: auto;");
    }

    @Test
    void thePageLoadsNothingAndRunsNothing() throws IOException {
        String page = RenderedFormats.text(ReportFormat.HTML, SampleDocument.at(AT));
        assertThat(page).doesNotContain("<script", "<link", "<img", "src=", "url(", "@import", "<iframe");
        // the only address is the SVG namespace name, which is never fetched
        assertThat(page.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http:", "https:");
    }

    @Test
    void everyTextIsEscaped() throws IOException {
        String nasty = "<b>&\"x\"</b>'";
        String escaped = "&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;&#39;";
        String page = html(new Document("k", nasty, nasty, AT, List.of(
                new Heading(1, nasty),
                new Table("t", nasty, List.of(Table.Column.text(nasty)), List.of(List.of(nasty)), List.of(nasty)),
                new Facts("f", nasty, List.of(new Facts.Fact(nasty, nasty))),
                new Notice(Notice.Kind.WARNING, nasty),
                new Chart("c", nasty, Chart.Type.BAR, nasty, List.of(nasty), List.of(series(nasty, 1.0))))));
        assertThat(page).doesNotContain("<b>", "</b>", "\"x\"", "'");
        // title ×2 (head, h1), subtitle, heading, caption, column, cell, total; fact caption, label, value; notice;
        // chart: figcaption ×2 (title, unit), aria-label (title, unit), svg title ×2, legend, unit, category,
        // tooltip ×3 (series, category, unit), values table ×3 (series, unit, category)
        assertThat(count(page, escaped)).isEqualTo(8 + 3 + 1 + 15);
        assertThat(page).contains("<td>" + escaped + "</td>");
    }

    @Test
    void aTableWithoutRowsShowsNone() throws IOException {
        String page = html(new Table("t", null, List.of(Table.Column.text("Project"), Table.Column.number("kWh")), List.of(),
                List.of("TOTAL", "0.00")));
        assertThat(page).contains("""
                <tbody>
                <tr><td class="none" colspan="2">(none)</td></tr>
                </tbody>
                <tfoot>
                <tr><td>TOTAL</td><td class="num">0.00</td></tr>
                </tfoot>
                """);
        assertThat(page).doesNotContain("<caption>");
    }

    @Test
    void headingsSitOneLevelUnderTheTitleAndNoticesCarryTheirKind() throws IOException {
        String page = html(new Heading(1, "A"), new Heading(2, "B"), new Heading(3, "C"),
                new Notice(Notice.Kind.WARNING, "w"), new Notice(Notice.Kind.NOTE, "n"));
        assertThat(page).contains("<h1>Test</h1>\n<p class=\"generated\">Generated: 2026-11-23T10:00:00Z</p>\n<h2>A</h2>\n<h3>B</h3>\n<h4>C</h4>\n")
                .contains("<p class=\"notice warning\"><strong>Warning:</strong> w</p>")
                .contains("<p class=\"notice note\"><strong>Note:</strong> n</p>");
    }

    @Test
    void aBarChartHasOneRectPerBar() throws IOException {
        String page = html(chart(Chart.Type.BAR, List.of("a", "b", "c"), series("x", 1.0, 2.0, 3.0), series("y", 4.0, 5.0, 6.0)));
        String bars = section(page, "<g class=\"bars\">", "</g>");
        assertThat(count(bars, "<rect ")).isEqualTo(6); // 3 categories × 2 series
        assertThat(bars).contains("<title>y, c: 6 kWh</title>");
        assertThat(page).contains("<svg ", "role=\"img\"", "aria-label=\"Chart: bar chart in kWh, 3 categories, 2 series\"")
                .doesNotContain("<polyline");
        assertThat(count(section(page, "<g class=\"legend\">", "</g>"), "<rect ")).isEqualTo(2);
    }

    @Test
    void aStackedBarChartHasOneRectPerSegment() throws IOException {
        String page = html(chart(Chart.Type.STACKED_BAR, List.of("a", "b"), series("x", 1.0, 2.0), series("y", 3.0, 4.0),
                series("z", 5.0, 6.0)));
        assertThat(count(section(page, "<g class=\"bars\">", "</g>"), "<rect ")).isEqualTo(6); // 2 categories × 3 series
        assertThat(page).contains("stacked bar chart in kWh");
        // the stack of b is 2 + 4 + 6 = 12 → axis 0–12 (12 / 5 = 2.4 → step 2), not 0–6
        assertThat(section(page, "<g class=\"ticks\"", "</g>")).contains(">12</text>").doesNotContain(">14</text>");
    }

    @Test
    void aLineChartHasAPolylinePerSeriesAndADotPerValue() throws IOException {
        String page = html(chart(Chart.Type.LINE, List.of("a", "b", "c"), series("x", 1.0, 2.0, 3.0), series("y", 3.0, 2.0, 1.0)));
        assertThat(count(page, "<polyline ")).isEqualTo(2);
        assertThat(count(section(page, "<g class=\"points\">", "</g>"), "<circle ")).isEqualTo(6);
        assertThat(page).contains("<title>x, b: 2 kWh</title>").doesNotContain("<g class=\"bars\">");
        Matcher points = Pattern.compile("points=\"([^\"]*)\"").matcher(page);
        assertThat(points.find()).isTrue();
        assertThat(points.group(1).split(" ")).hasSize(3);
    }

    @Test
    void tickLabelsAreNiceNumbersEvenlySpaced() throws IOException {
        String page = html(chart(Chart.Type.BAR, List.of("a", "b"), series("x", 0.0137, 0.042)));
        Matcher m = Pattern.compile(">([-0-9.,]+)</text>").matcher(section(page, "<g class=\"ticks\"", "</g>"));
        List<BigDecimal> ticks = new ArrayList<>();
        while (m.find()) ticks.add(new BigDecimal(m.group(1).replace(",", "")));
        // 0.042 / 5 = 0.0084 → 8.4 × 10^-3 → step 0.01; ceil(4.2) = 5 intervals → 0 to 0.05
        assertThat(ticks).extracting(BigDecimal::toPlainString).containsExactly("0", "0.01", "0.02", "0.03", "0.04", "0.05");
    }

    @Test
    void theChartValuesArePrintedInTheDataTable() throws IOException {
        String page = html(chart(Chart.Type.LINE, List.of("2026-W46"), series("training", 1234.567)));
        assertThat(section(page, "<details>", "</details>"))
                .contains("<th class=\"num\">training (kWh)</th>")
                .contains("<tr><th scope=\"row\">2026-W46</th><td class=\"num\">1235</td></tr>"); // 4 significant digits
    }

    @Test
    void anAllZeroChartDrawsWithoutDividingByZero() throws IOException {
        String page = html(chart(Chart.Type.BAR, List.of("a", "b"), series("x", 0.0, 0.0)),
                chart(Chart.Type.STACKED_BAR, List.of("a"), series("x", 0.0), series("y", 0.0)),
                chart(Chart.Type.LINE, List.of("a", "b"), series("x", 0.0, 0.0)));
        assertThat(page).doesNotContain("NaN", "Infinity");
        assertThat(count(page, ">1</text>")).isEqualTo(3); // each axis 0 to 1
    }

    @Test
    void aChartWithOneCategoryDrawsWithoutDividingByZero() throws IOException {
        String page = html(chart(Chart.Type.BAR, List.of("only"), series("x", 5.0), series("y", 3.0)),
                chart(Chart.Type.LINE, List.of("only"), series("x", 5.0)));
        assertThat(page).doesNotContain("NaN", "Infinity");
        assertThat(count(section(page, "<g class=\"bars\">", "</g>"), "<rect ")).isEqualTo(2);
        assertThat(count(page, "<circle ")).isEqualTo(1);
    }

    @Test
    void aChartWithoutDataSaysSo() throws IOException {
        String page = html(chart(Chart.Type.BAR, List.of()));
        assertThat(page).contains(">No data</text>").doesNotContain("NaN", "Infinity");
    }

    @Test
    void negativeValuesHangBelowTheZeroLine() throws IOException {
        String page = html(chart(Chart.Type.BAR, List.of("a", "b"), series("x", -30.0, 45.0)));
        // axis -40 to 60 (ChartGeometryTest); the negative bar starts at the zero line and goes down
        assertThat(section(page, "<g class=\"ticks\"", "</g>")).contains(">-40</text>", ">60</text>");
        Matcher zero = Pattern.compile("<line class=\"axis\" x1=\"[0-9.]+\" y1=\"([0-9.]+)\" x2=\"[0-9.]+\" y2=\"\\1\"").matcher(page);
        assertThat(zero.find()).isTrue();
        Matcher bar = Pattern.compile("<rect x=\"[0-9.]+\" y=\"([0-9.]+)\"[^>]*><title>x, a: -30 kWh").matcher(page);
        assertThat(bar.find()).isTrue();
        assertThat(bar.group(1)).isEqualTo(zero.group(1));
    }

    @Test
    void aValueThatIsNotANumberIsRefused() {
        assertThatThrownBy(() -> html(chart(Chart.Type.LINE, List.of("a"), series("x", Double.POSITIVE_INFINITY))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("series x has no finite value for a");
    }

    @Test
    void theSameDocumentGivesTheSameBytesAndTimesDifferOnlyInTheGenerationLine() throws IOException {
        String a = RenderedFormats.text(ReportFormat.HTML, SampleDocument.at(AT));
        assertThat(RenderedFormats.text(ReportFormat.HTML, SampleDocument.at(AT))).isEqualTo(a);
        String b = RenderedFormats.text(ReportFormat.HTML, SampleDocument.at(AT.plusSeconds(3600)));
        assertThat(b).isNotEqualTo(a);
        assertThat(b.replaceAll("Generated: [^<]*", "")).isEqualTo(a.replaceAll("Generated: [^<]*", ""));
    }
}
