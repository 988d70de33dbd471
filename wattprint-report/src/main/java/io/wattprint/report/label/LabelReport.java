package io.wattprint.report.label;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.wattprint.core.figure.Figures;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Document;
import io.wattprint.report.doc.Facts;
import io.wattprint.report.doc.Notice;
import io.wattprint.report.render.Renderer;
import java.io.OutputStream;
import java.math.BigDecimal;
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
        List<Block> b = new ArrayList<>();
        b.add(new Facts("label", null, List.of(
                new Facts.Fact("Model", l.model()),
                new Facts.Fact("Task", l.task()),
                new Facts.Fact("Wh per 1,000 queries (GPU)", l.whText()),
                new Facts.Fact("GPU energy (Wh)", Figures.text(l.gpuWh())),
                new Facts.Fact("Queries", String.format(java.util.Locale.ROOT, "%,d", l.queries())),
                new Facts.Fact("Hardware", l.hardware()),
                new Facts.Fact("Date", l.date()),
                new Facts.Fact("Stars", l.stars() + " of 5"),
                new Facts.Fact("Reference set", l.referenceName() + ": " + String.join("; ", l.referenceSources())),
                new Facts.Fact("Star rule", l.bandRule()))));
        for (String n : notes(l)) b.add(new Notice(Notice.Kind.NOTE, n));
        Document d = new Document("label", "Energy label: " + l.model(), l.task(), generatedAt, b);
        return new ReportOutput(d, data(l, generatedAt));
    }

    /** What the label leaves out or assumes, one line each (also printed on standard error by the CLI). */
    public static List<String> notes(EnergyLabel l) {
        List<String> n = new ArrayList<>();
        if (!l.leftOut().isEmpty()) {
            List<String> each = new ArrayList<>();
            l.leftOut().forEach((id, why) -> each.add(id + " (" + why + ")"));
            n.add(l.leftOut().size() + " run(s) left out: " + String.join(", ", each));
        }
        if (!l.untaggedTask().isEmpty()) {
            n.add(l.untaggedTask().size() + " run(s) have no task tag and are taken as '" + l.task() + "': "
                    + String.join(", ", l.untaggedTask()));
        }
        if (l.replacedOwnEntry()) n.add("the reference set's line for " + l.model() + " is replaced by this measurement");
        return n;
    }

    /** The data of the label report, as its JSON writes it (snake_case; figures at 3 significant digits). */
    record Data(String report, String generatedAt, String model, String task,
                @JsonProperty("wh_per_1k_queries") BigDecimal whPer1kQueries, BigDecimal gpuEnergyWh, long queries,
                String hardware, String date, int stars, List<String> runs, List<LeftOut> runsLeftOut,
                List<String> runsWithoutTaskTag, Reference reference, String method) {}

    /** A run not counted, and why. */
    record LeftOut(String id, String reason) {}

    /** The reference set the stars come from. */
    record Reference(String name, List<String> sources, int referenceModels, boolean ownEntryReplaced, BigDecimal rangeMin,
                     BigDecimal rangeMax, String starRule) {}

    static Data data(EnergyLabel l, Instant generatedAt) {
        List<LeftOut> out = new ArrayList<>();
        l.leftOut().forEach((id, why) -> out.add(new LeftOut(id, why)));
        Reference r = new Reference(l.referenceName(), l.referenceSources(), l.referenceModels(), l.replacedOwnEntry(),
                l.rangeMin(), l.rangeMax(), l.bandRule());
        return new Data("label", generatedAt.toString(), l.model(), l.task(), l.whPer1kQueries(), l.gpuWh(), l.queries(),
                l.hardware(), l.date(), l.stars(), l.runs(), out, l.untaggedTask(), r,
                "GPU energy only (no CPU, memory or PUE), Σ GPU Wh / Σ queries × 1,000 over the runs with a query count; "
                        + "rounded half-up to " + EnergyLabel.SIG + " significant figures; stars from that rounded figure");
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
