package io.wattprint.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats a report is written in; {@code --format} takes the lower-case name. */
public enum ReportFormat {
    MD("md", false), HTML("html", false), PDF("pdf", true), CSV("csv", false), JSON("json", false),
    SVG("svg", false), PNG("png", true);

    private final String label;
    private final boolean binary;

    ReportFormat(String label, boolean binary) {
        this.label = label;
        this.binary = binary;
    }

    public String label() { return label; }

    /** Bytes, not text: written to a file ({@code --out}), never to a terminal. */
    public boolean binary() { return binary; }

    public static Optional<ReportFormat> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("markdown")) t = "md";
        String wanted = t;
        return Arrays.stream(values()).filter(f -> f.label.equals(wanted)).findFirst();
    }

    public static String labels(java.util.Collection<ReportFormat> formats) {
        return formats.stream().map(ReportFormat::label).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() { return label; }
}
