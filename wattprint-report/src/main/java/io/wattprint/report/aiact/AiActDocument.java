package io.wattprint.report.aiact;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.report.Basis;
import io.wattprint.report.doc.Block;
import io.wattprint.report.doc.Document;
import io.wattprint.report.doc.Facts;
import io.wattprint.report.doc.Heading;
import io.wattprint.report.doc.Notice;
import io.wattprint.report.doc.Paragraph;
import io.wattprint.report.doc.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The AI Act document, read from the report's data ({@link AiActData}, what its JSON writes), so the printed form
 * and the JSON cannot disagree; only the "Sources and methods" blocks come from the {@link Basis} itself.
 */
final class AiActDocument {
    static final String NO_ENERGY = "N/A — no energy recorded for these runs";

    private AiActDocument() {}

    static Document of(AiActData d, List<Block> basisBlocks, Instant generatedAt) {
        AiActData.Training t = d.training();
        boolean none = t.naReason() != null;
        List<Block> b = new ArrayList<>();
        b.add(new Heading(1, "Training"));
        b.add(new Facts("training", "Computational resources and energy (pre-training)", trainingFacts(t)));
        if (!t.failedRuns().isEmpty() || !t.interruptedRuns().isEmpty()) {
            b.add(new Notice(Notice.Kind.NOTE, "Failed and interrupted runs are included (" + t.failedRuns().size() + " failed, "
                    + t.interruptedRuns().size() + " interrupted): the provider boundary counts training whole, failed and "
                    + "intermediate runs too (SCI for AI)."));
        }
        if (!none && d.basis().estimatedShare().signum() > 0) {
            b.add(new Notice(Notice.Kind.ESTIMATE, "Training energy is " + t.energyBasis() + ": see the Energy methods table."));
        }
        for (String w : d.warnings()) b.add(new Notice(Notice.Kind.WARNING, w + "."));
        if (d.fineTuning() != null) {
            b.add(new Heading(2, "Fine-tuning (not in the figures above)"));
            b.add(new Facts("fine_tuning", null, List.of(new Facts.Fact("Fine-tuning runs", fineTuningLine(d.fineTuning())))));
        }
        AiActData.Inference inf = d.inference();
        b.add(new Heading(1, "Inference"));
        b.add(new Facts("inference", "Inference compute benchmark", List.of(
                new Facts.Fact("Inference compute (FLOPs)", orNotGiven(inf.computeFlopsText())),
                new Facts.Fact("Benchmark task", orNotGiven(inf.task())),
                new Facts.Fact("Benchmark hardware", orNotGiven(inf.hardware())))));
        b.add(new Heading(1, "Methodology"));
        b.add(new Paragraph(d.methodology()));
        if (!none) {
            b.add(new Heading(1, "Training runs"));
            b.add(runsTable(d.trainingRuns()));
        }
        b.addAll(basisBlocks);
        return new Document("ai-act", "EU AI Act model documentation: energy and compute",
                "Model " + d.model() + " version " + d.version() + " · " + d.form(), generatedAt, b);
    }

    private static List<Facts.Fact> trainingFacts(AiActData.Training t) {
        String na = t.naReason();
        boolean none = na != null;
        List<Facts.Fact> f = new ArrayList<>();
        f.add(new Facts.Fact("Training runs", none ? "0" : t.runs() + " pre-training runs, failed and interrupted included ("
                + t.failedRuns().size() + " failed, " + t.interruptedRuns().size() + " interrupted)"));
        f.add(new Facts.Fact("Training period (UTC)", none ? na : t.firstStart() + " to " + t.lastEnd()));
        f.add(new Facts.Fact("Training time (wall-clock days)", none ? na : Figures.text(t.wallClockDays())));
        f.add(new Facts.Fact("Sum of run durations (days)", none ? na : Figures.text(t.sumOfRunDays())));
        f.add(new Facts.Fact("Training time (hardware-days)", none ? na : Figures.text(t.hardwareDays()) + " GPU-days"));
        f.add(new Facts.Fact("CPU-only runs", none ? na : t.cpuOnlyRuns().isEmpty() ? "none"
                : t.cpuOnlyRuns().size() + " (no GPU in the footprint, not in hardware-days): " + Basis.ids(t.cpuOnlyRuns())));
        f.add(new Facts.Fact("Training compute (FLOPs)", computeText(t)));
        f.add(new Facts.Fact("Training energy (MWh)", none ? na : mwhText(t.energyMwh())));
        f.add(new Facts.Fact("Energy boundary", none ? na : "facility: IT energy (" + t.components() + ") × PUE"));
        f.add(new Facts.Fact("IT energy (MWh)", none ? na : mwhText(t.itEnergyMwh())));
        f.add(new Facts.Fact("Measured or estimated", t.energyBasis()));
        f.add(new Facts.Fact("Location-based emissions (tCO2e)", none ? na : co2eText(t)));
        return f;
    }

    private static String mwhText(BigDecimal mwh) { return mwh == null ? NO_ENERGY : Figures.text(mwh); }

    /** "1.20 × 10²⁴ (stated by the provider)"; the JSON's source adds the option it came from. */
    private static String computeText(AiActData.Training t) {
        if (t.computeFlops() == null) return "not given";
        String source = t.computeSource().equals(AiActReport.GIVEN) ? "stated by the provider" : t.computeSource();
        return t.computeFlopsText() + " (" + source + ")";
    }

    private static String co2eText(AiActData.Training t) {
        String s = Figures.text(t.co2eLocationT());
        List<String> unknown = t.unknownLocationRuns();
        return unknown.isEmpty() ? s : s + " (without " + unknown.size() + " run(s) of unknown location: " + Basis.ids(unknown) + ")";
    }

    private static String fineTuningLine(AiActData.FineTuning ft) {
        if (ft.runs() == 0) return ft.allRuns() + " run(s), none closed";
        return ft.runs() + " run(s), " + Figures.text(ft.energyMwh()) + " MWh facility, " + Figures.text(ft.hardwareDays())
                + " GPU-days: " + Basis.ids(ft.runIds());
    }

    private static String orNotGiven(String s) { return s == null ? "not given" : s; }

    private static Table runsTable(List<AiActData.Run> runs) {
        List<List<String>> rows = new ArrayList<>();
        for (AiActData.Run r : runs) {
            rows.add(List.of(Basis.ids(List.of(r.id())), r.status(), r.start(), text(r.hours(), r.exact().get(0)),
                    Integer.toString(r.gpus()), text(r.gpuDays(), r.exact().get(1)), text(r.itKwh(), r.exact().get(2)),
                    text(r.facilityKwh(), r.exact().get(3)), text(r.co2eKg(), r.exact().get(4)), r.energy()));
        }
        List<String> total = List.of("TOTAL", "", "", sum(runs, AiActData.Run::hours, 0, TrainingRuns.HOURS_DECIMALS), "",
                sum(runs, AiActData.Run::gpuDays, 1, TrainingRuns.GPU_DAYS_DECIMALS),
                sum(runs, AiActData.Run::itKwh, 2, TrainingRuns.KWH_DECIMALS),
                sum(runs, AiActData.Run::facilityKwh, 3, TrainingRuns.KWH_DECIMALS),
                sum(runs, AiActData.Run::co2eKg, 4, TrainingRuns.KG_DECIMALS), "");
        return new Table("training_runs", "Pre-training runs counted (totals are the sums of the rows)", List.of(
                Table.Column.text("Run"), Table.Column.text("Status"), Table.Column.text("Start (UTC)"), Table.Column.number("Hours"),
                Table.Column.number("GPUs"), Table.Column.number("GPU-days"), Table.Column.number("IT kWh"),
                Table.Column.number("Facility kWh"), Table.Column.number("kgCO2e"), Table.Column.text("Energy")), rows, total);
    }

    /**
     * A column's total: the sum of the rounded cells above (n/a cells left out); when that is 0 and the exact sum (of
     * the runs' exact figures, {@code exactIndex} in {@link AiActData.Run#exact}) is not, its first digits (§5.1).
     */
    private static String sum(List<AiActData.Run> runs, Function<AiActData.Run, BigDecimal> column, int exactIndex, int decimals) {
        List<BigDecimal> xs = runs.stream().map(column).filter(Objects::nonNull).toList();
        BigDecimal exact = BigDecimal.ZERO;
        for (AiActData.Run r : runs) {
            Double e = r.exact().get(exactIndex);
            if (e != null) exact = exact.add(Figures.exact(e));
        }
        return Figures.text(exact, ToTotal.sum(xs).setScale(decimals));
    }

    /** A run's figure as apportioned; one that is not 0 but is apportioned 0 prints its digits (core Figures). */
    private static String text(BigDecimal shown, Double exact) {
        return shown == null ? "n/a" : Figures.text(Figures.exact(exact), shown);
    }
}
