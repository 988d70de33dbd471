package io.wattprint.report.render;

import io.wattprint.report.RenderedFormats;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportGallery;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.label.LabelSvg;
import io.wattprint.testkit.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screenshots of docs/GUIDE-reports.md: each report kind's HTML page from {@link ReportGallery}, in headless
 * Chromium at 1280 × {@link #HEIGHT} pixels (the top of the page), written as {@code KIND.png} into the folder
 * {@code -Dwattprint.screenshots=DIR} names; the label's is its SVG above its HTML page. Not part of the build: run
 * by {@code docs/screenshots/make.sh}.
 */
@EnabledIfSystemProperty(named = "wattprint.screenshots", matches = ".+")
class ReportScreenshots {
    static final int WIDTH = 1280;
    static final int HEIGHT = 1200;

    @Test
    void everyReportKind(@TempDir Path dir) throws Exception {
        Chromium chromium = Chromium.require();
        Path out = Files.createDirectories(Path.of(System.getProperty("wattprint.screenshots")));
        for (Map.Entry<String, ReportOutput> e : ReportGallery.all(dir).entrySet()) {
            String html = RenderedFormats.text(ReportFormat.HTML, e.getValue());
            if (e.getKey().equals("label")) {
                String svg = LabelSvg.render(ReportGallery.label(dir.resolve("label")));
                html = html.replaceFirst("</h1>\n", "</h1>\n" + svg.substring(svg.indexOf("<svg")));
            }
            Path page = dir.resolve(e.getKey() + ".html");
            Files.writeString(page, html);
            Path png = out.resolve(e.getKey() + ".png");
            chromium.screenshot(page, png, WIDTH, HEIGHT);
            System.out.println("screenshot " + png + " (" + Files.size(png) / 1024 + " KiB)");
        }
    }
}
