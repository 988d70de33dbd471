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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        return new ReportOutput(d, json(l, generatedAt));
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

    static Map<String, Object> json(EnergyLabel l, Instant generatedAt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("report", "label");
        m.put("generated_at", generatedAt.toString());
        m.put("model", l.model());
        m.put("task", l.task());
        m.put("wh_per_1k_queries", l.whPer1kQueries());
        m.put("gpu_energy_wh", l.gpuWh());
        m.put("queries", l.queries());
        m.put("hardware", l.hardware());
        m.put("date", l.date());
        m.put("stars", l.stars());
        m.put("runs", l.runs());
        List<Object> out = new ArrayList<>();
        l.leftOut().forEach((id, why) -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", id);
            x.put("reason", why);
            out.add(x);
        });
        m.put("runs_left_out", out);
        m.put("runs_without_task_tag", l.untaggedTask());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", l.referenceName());
        r.put("sources", l.referenceSources());
        r.put("reference_models", l.referenceModels());
        r.put("own_entry_replaced", l.replacedOwnEntry());
        r.put("range_min", l.rangeMin());
        r.put("range_max", l.rangeMax());
        r.put("star_rule", l.bandRule());
        m.put("reference", r);
        m.put("method", "GPU energy only (no CPU, memory or PUE), Σ GPU Wh / Σ queries × 1,000 over the runs with a query count; "
                + "rounded half-up to " + EnergyLabel.SIG + " significant figures; stars from that rounded figure");
        return m;
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
