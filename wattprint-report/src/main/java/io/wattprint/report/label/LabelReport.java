package io.wattprint.report.label;

import io.wattprint.core.figure.Figures;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Document;
import io.wattprint.report.doc.Facts;
import io.wattprint.report.doc.Notice;
import io.wattprint.report.render.Renderer;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code wattprint report label}: the label as a document (its facts), as JSON, and the renderers of its two
 * drawn forms, SVG and PNG.
 */
public final class LabelReport {
    private LabelReport() {}

    public static ReportOutput output(EnergyLabel l, Instant generatedAt) {
        LabelData data = LabelData.of(l, generatedAt);
        return new ReportOutput(document(data, generatedAt), data);
    }

    /** The document, from the data its JSON writes: the label's facts, then its notes. */
    static Document document(LabelData d, Instant generatedAt) {
        List<Block> b = new ArrayList<>();
        LabelData.Reference ref = d.reference();
        b.add(new Facts("label", null, List.of(
                new Facts.Fact("Model", d.model()),
                new Facts.Fact("Task", d.task()),
                new Facts.Fact("Wh per 1,000 queries (GPU)", Figures.text(d.whPer1kQueries())),
                new Facts.Fact("GPU energy (Wh)", Figures.text(d.gpuEnergyWh())),
                new Facts.Fact("Queries", String.format(java.util.Locale.ROOT, "%,d", d.queries())),
                new Facts.Fact("Hardware", d.hardware()),
                new Facts.Fact("Date", d.date()),
                new Facts.Fact("Stars", d.stars() + " of 5"),
                new Facts.Fact("Reference set", ref.name() + ": " + String.join("; ", ref.sources())),
                new Facts.Fact("Star rule", ref.starRule()))));
        for (String n : notes(d)) b.add(new Notice(Notice.Kind.NOTE, n));
        return new Document("label", "Energy label: " + d.model(), d.task(), generatedAt, b);
    }

    /** What the label leaves out or assumes, one line each (also printed on standard error by the CLI). */
    public static List<String> notes(EnergyLabel l) { return notes(LabelData.of(l, Instant.EPOCH)); }

    private static List<String> notes(LabelData d) {
        List<String> n = new ArrayList<>();
        if (!d.runsLeftOut().isEmpty()) {
            List<String> each = new ArrayList<>();
            for (LabelData.LeftOut o : d.runsLeftOut()) each.add(o.id() + " (" + o.reason() + ")");
            n.add(d.runsLeftOut().size() + " run(s) left out: " + String.join(", ", each));
        }
        if (!d.runsWithoutTaskTag().isEmpty()) {
            n.add(d.runsWithoutTaskTag().size() + " run(s) have no task tag and are taken as '" + d.task() + "': "
                    + String.join(", ", d.runsWithoutTaskTag()));
        }
        if (d.reference().ownEntryReplaced()) {
            n.add("the reference set's line for " + d.model() + " is replaced by this measurement");
        }
        return n;
    }

    /** SVG or PNG as a {@link Renderer}, for the CLI's writer (the document is not used: the label is drawn). */
    public static Renderer svg(EnergyLabel l) {
        return (ReportOutput r, OutputStream o) -> {
            o.write(LabelSvg.render(l).getBytes(StandardCharsets.UTF_8));
            o.flush();
        };
    }

    public static Renderer png(EnergyLabel l) {
        return (ReportOutput r, OutputStream o) -> {
            o.write(LabelPng.render(l));
            o.flush();
        };
    }
}
