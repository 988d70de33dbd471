package io.wattprint.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.report.RenderedFormats;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportGallery;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.label.LabelSvg;
import io.wattprint.testkit.Chromium;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every report kind's HTML page, loaded in a real headless Chromium ({@link Chromium}), once per report and width:
 * at 1280 px nothing reaches past the viewport, no table is wider than its container and no cell clips its text; at a
 * phone's 390 px the page itself does not scroll sideways (a table may scroll inside its own box). The label's SVG is
 * measured in Chromium too: no text runs past the card. The measuring script reads the layout Chromium computed
 * ({@code getBoundingClientRect}, {@code scrollWidth}); it never changes the page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsInChromiumTest {
    static final int DESKTOP = 1280;
    static final int PHONE = 390;
    /** The label card is 360 wide with a 2-unit border: its texts keep at least 12 units from either edge. */
    static final double LABEL_LEFT = 12, LABEL_RIGHT = 348;

    /**
     * What is wrong with the page's layout, as one line each: elements past the viewport (unless inside a box that
     * scrolls sideways), tables wider than their container ({@code tables} true), cells whose text is wider than the
     * cell. Closed {@code <details>} are opened first so that the charts' value tables are measured too.
     */
    static String script(boolean tables) {
        return """
                document.querySelectorAll('details').forEach(function (d) { d.open = true; });
                var vw = document.documentElement.clientWidth, checkTables = %s, problems = [];
                function name(e) {
                  var t = e.closest('table'), s = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '');
                  return s + (t && t !== e ? ' in table#' + t.id : '') + ' "' + e.textContent.trim().slice(0, 40) + '"';
                }
                function scrolls(e) {
                  for (var p = e.parentElement; p; p = p.parentElement) {
                    var o = getComputedStyle(p).overflowX;
                    if (o === 'auto' || o === 'scroll') return true;
                  }
                  return false;
                }
                document.querySelectorAll('body *').forEach(function (e) {
                  var r = e.getBoundingClientRect();
                  if (r.width === 0 && r.height === 0) return;
                  if (r.right > vw + 0.5 && !scrolls(e)) problems.push(name(e) + ' ends at ' + Math.round(r.right) + ' px');
                });
                if (checkTables) document.querySelectorAll('table').forEach(function (t) {
                  var box = t.parentElement.getBoundingClientRect(), r = t.getBoundingClientRect();
                  if (r.right > box.right + 0.5) problems.push('table#' + t.id + ' ends at ' + Math.round(r.right)
                      + ' px, past its container at ' + Math.round(box.right) + ' px');
                });
                document.querySelectorAll('td, th').forEach(function (c) {
                  if (c.scrollWidth > c.clientWidth + 1) problems.push(name(c) + ' clipped: ' + c.scrollWidth + ' > ' + c.clientWidth);
                });
                """.formatted(tables)
                + Chromium.resultElement("{window: window.innerWidth, viewport: vw, scrollWidth: document.documentElement.scrollWidth, "
                + "tables: document.querySelectorAll('table').length, problems: problems}");
    }

    Map<String, ReportOutput> reports;
    Chromium chromium;

    @BeforeAll
    void build(@TempDir Path dir) {
        chromium = Chromium.require();
        reports = ReportGallery.all(dir);
        assertThat(reports.keySet()).containsExactlyElementsOf(ReportGallery.KINDS);
    }

    Stream<String> kinds() { return ReportGallery.KINDS.stream(); }

    /** At {@link #DESKTOP}: a window that wide; narrower: a frame that wide in a desktop window (Chromium's windows are at least 500 px). */
    JsonNode measure(String kind, int width, boolean tables) throws IOException {
        String html = RenderedFormats.text(ReportFormat.HTML, reports.get(kind));
        String json = width == DESKTOP ? chromium.measure(html, script(tables), width, 900)
                : chromium.measure(Chromium.framed(html, script(tables), width, 900), "", DESKTOP, 900);
        return new ObjectMapper().readTree(json);
    }

    static List<String> problems(JsonNode m) {
        List<String> p = new ArrayList<>();
        m.get("problems").forEach(n -> p.add(n.asText()));
        return p;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void atDesktopWidthNoTableOverflowsAndNoCellIsClipped(String kind) throws IOException {
        JsonNode m = measure(kind, DESKTOP, true);

        assertThat(m.get("window").asInt()).as("Chromium's window").isEqualTo(DESKTOP);
        assertThat(m.get("tables").asInt()).as("tables measured").isPositive();
        assertThat(problems(m)).as("%s at %d px", kind, DESKTOP).isEmpty();
        assertThat(m.get("scrollWidth").asInt()).as("%s page width", kind).isLessThanOrEqualTo(m.get("viewport").asInt());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void onAPhoneThePageDoesNotScrollSideways(String kind) throws IOException {
        JsonNode m = measure(kind, PHONE, false);

        assertThat(m.get("window").asInt()).as("the frame's width").isEqualTo(PHONE);
        assertThat(problems(m)).as("%s at %d px", kind, PHONE).isEmpty();
        assertThat(m.get("scrollWidth").asInt()).as("%s page width", kind).isLessThanOrEqualTo(m.get("viewport").asInt());
    }

    /** The measuring itself can fail: a page made too wide on purpose is reported, with the culprit named. */
    @Test
    void aTableWiderThanTheViewportIsFound() throws IOException {
        String wide = "<!DOCTYPE html><html><head><style>td { white-space: nowrap; }</style></head><body><main><table id=\"t\">"
                + "<tr><td>" + "word ".repeat(400) + "</td></tr></table></main></body></html>";
        JsonNode m = new ObjectMapper().readTree(chromium.measure(wide, script(true), DESKTOP, 900));

        assertThat(m.get("scrollWidth").asInt()).isGreaterThan(m.get("viewport").asInt());
        assertThat(problems(m)).anyMatch(p -> p.startsWith("table#t ends at"));
    }

    /** The same at a phone's width, where the page is measured in a frame: a block wider than the frame is found. */
    @Test
    void aBlockWiderThanThePhoneIsFound() throws IOException {
        String wide = "<!DOCTYPE html><html><body><main><p id=\"p\" style=\"width:600px\">wide</p><table id=\"t\"><tr><td>x</td></tr>"
                + "</table></main></body></html>";
        JsonNode m = new ObjectMapper().readTree(chromium.measure(Chromium.framed(wide, script(false), PHONE, 900), "", DESKTOP, 900));

        assertThat(m.get("window").asInt()).isEqualTo(PHONE);
        assertThat(m.get("scrollWidth").asInt()).isGreaterThan(m.get("viewport").asInt());
        assertThat(problems(m)).anyMatch(p -> p.startsWith("p#p "));
    }

    /** Each text of the label drawn in Chromium (SVG getBBox, with the fonts the page names) stays inside the card. */
    @Test
    void theLabelsTextsStayInsideTheCard(@TempDir Path dir) throws IOException {
        String svg = LabelSvg.render(ReportGallery.label(dir));
        String page = "<!DOCTYPE html><html><body style=\"margin:0\">" + svg.substring(svg.indexOf("<svg")) + "</body></html>";
        String script = """
                var out = [];
                document.querySelectorAll('svg text').forEach(function (t) {
                  var b = t.getBBox();
                  out.push({text: t.textContent, left: b.x, right: b.x + b.width});
                });
                """ + Chromium.resultElement("out");
        JsonNode texts = new ObjectMapper().readTree(chromium.measure(page, script, 800, 700));

        assertThat(texts.size()).as("texts on the label").isGreaterThanOrEqualTo(14);
        for (JsonNode t : texts) {
            assertThat(t.get("left").asDouble()).as("left of %s", t.get("text")).isGreaterThanOrEqualTo(LABEL_LEFT);
            assertThat(t.get("right").asDouble()).as("right of %s", t.get("text")).isLessThanOrEqualTo(LABEL_RIGHT);
        }
        assertThat(svg).contains("Hardware: ").contains("Source: ");
    }
}
