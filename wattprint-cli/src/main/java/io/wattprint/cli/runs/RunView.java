package io.wattprint.cli.runs;

import io.wattprint.core.figure.Figures;
import java.time.Duration;

/** How a stored run is shown as text; its JSON is {@link io.wattprint.report.view.RunSummaryView} and {@link io.wattprint.report.view.RunDetailView}. */
public final class RunView {
    private RunView() {}

    public static String shortId(String id) { return id.length() > 8 ? id.substring(0, 8) : id; }

    public static String duration(Duration d) {
        if (d == null) return "";
        double s = d.toMillis() / 1000.0;
        if (s < 120) return Figures.format(s, 2) + " s";
        long total = d.getSeconds();
        return String.format("%dh%02dm%02ds", total / 3600, (total % 3600) / 60, total % 60);
    }
}
