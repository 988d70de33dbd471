package io.wattprint.report.aiact;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.Scientific;
import io.wattprint.core.model.Phase;
import io.wattprint.ledger.RunRecord;
import io.wattprint.report.Basis;
import io.wattprint.report.ReportOutput;
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

/**
 * {@code wattprint report ai-act}: the energy and compute fields of the GPAI Code of Practice model
 * documentation form (EU AI Act Art. 53(1)(a), Annex XI §1 point 2(d) computational resources and training time,
 * 2(e) known or estimated energy consumption), ready to paste: training time in wall-clock days and
 * hardware-days, training compute in FLOPs, training energy in MWh (facility boundary, measured or estimated),
 * the methodology paragraph and the inference compute benchmark — from the pre-training runs of one model
 * version in the ledger, failed and interrupted runs included.
 */
public final class AiActReport {
    /** Significant figures of the form's figures (the form asks for at least two). */
    static final int SIG = 3;
    static final String FORM = "GPAI Code of Practice, Transparency chapter, Model Documentation Form (EU AI Act Annex XI §1)";

    private final AiActInput input;
    private final TrainingRuns training;
    private final TrainingRuns fineTuning;
    private final TrainingCompute compute;
    private final Basis basis;
    private final List<String> warnings = new ArrayList<>();

    private AiActReport(List<RunRecord> records, AiActInput input) {
        this.input = input;
        this.training = TrainingRuns.of(records, input.model(), input.version(), Phase.TRAINING);
        this.fineTuning = TrainingRuns.of(records, input.model(), input.version(), Phase.FINE_TUNING);
        this.compute = TrainingCompute.of(input.flops(), training.all);
        this.basis = Basis.of(training.all);
        if (training.rows.isEmpty()) warnings.add(naReason() + "; the form's training fields are N/A");
        if (!training.open.isEmpty()) {
            warnings.add(training.open.size() + " training run(s) still open, not counted: " + Basis.ids(training.open));
        }
    }

    /** The report on {@code records} (any runs: those of the model version are selected here). */
    public static AiActReport of(List<RunRecord> records, AiActInput input) { return new AiActReport(records, input); }

    /** Lines for standard error (no training runs, runs still open); the document carries them too. */
    public List<String> warnings() { return List.copyOf(warnings); }

    /** The methodology paragraph (also in the document and JSON). */
    public String methodology() {
        if (training.rows.isEmpty()) {
            return naReason() + ", so training time, hardware-days and energy are N/A; nothing was measured or estimated.";
        }
        return Methodology.paragraph(input.model(), input.version(), training, compute, basis);
    }

    private String naReason() {
        return "N/A — no " + (training.open.isEmpty() ? "" : "closed ") + "training runs of model " + input.model() + " version "
                + input.version() + " in the ledger";
    }

    public ReportOutput output(Instant generatedAt) {
        List<Block> b = new ArrayList<>();
        boolean none = training.rows.isEmpty();
        String na = naReason();
        b.add(new Heading(1, "Training"));
        b.add(new Facts("training", "Computational resources and energy (pre-training)", trainingFacts(none, na)));
        if (!training.failed.isEmpty() || !training.interrupted.isEmpty()) {
            b.add(new Notice(Notice.Kind.NOTE, "Failed and interrupted runs are included (" + training.failed.size() + " failed, "
                    + training.interrupted.size() + " interrupted): the provider boundary counts training whole, failed and "
                    + "intermediate runs too (SCI for AI)."));
        }
        if (!none && basis.estimatedShare() > 0) {
            b.add(new Notice(Notice.Kind.ESTIMATE, "Training energy is " + energyBasis() + ": see the Energy methods table."));
        }
        for (String w : warnings) b.add(new Notice(Notice.Kind.WARNING, w + "."));
        if (!fineTuning.isEmpty()) {
            b.add(new Heading(2, "Fine-tuning (not in the figures above)"));
            b.add(new Facts("fine_tuning", null, List.of(new Facts.Fact("Fine-tuning runs", fineTuningLine()))));
        }
        b.add(new Heading(1, "Inference"));
        b.add(new Facts("inference", "Inference compute benchmark", List.of(
                new Facts.Fact("Inference compute (FLOPs)", input.inferenceFlops() == null ? "not given"
                        : Scientific.text(input.inferenceFlops(), 2, 4)),
                new Facts.Fact("Benchmark task", orNotGiven(input.inferenceTask())),
                new Facts.Fact("Benchmark hardware", orNotGiven(input.inferenceHardware())))));
        b.add(new Heading(1, "Methodology"));
        b.add(new Paragraph(methodology()));
        if (!none) {
            b.add(new Heading(1, "Training runs"));
            b.add(runsTable());
        }
        b.addAll(basis.blocks());
        Document d = new Document("ai-act", "EU AI Act model documentation: energy and compute",
                "Model " + input.model() + " version " + input.version() + " · " + FORM, generatedAt, b);
        return new ReportOutput(d, data(generatedAt));
    }

    private List<Facts.Fact> trainingFacts(boolean none, String na) {
        List<Facts.Fact> f = new ArrayList<>();
        f.add(new Facts.Fact("Training runs", none ? "0" : runsLine()));
        f.add(new Facts.Fact("Training period (UTC)", none ? na : training.firstStart + " to " + training.lastEnd));
        f.add(new Facts.Fact("Training time (wall-clock days)", none ? na : Figures.significantText(training.wallClockDays(), SIG)));
        f.add(new Facts.Fact("Sum of run durations (days)", none ? na : Figures.significantText(sumDays(), SIG)));
        f.add(new Facts.Fact("Training time (hardware-days)", none ? na : Figures.significantText(training.gpuDays(), SIG) + " GPU-days"));
        f.add(new Facts.Fact("CPU-only runs", none ? na : training.cpuOnly.isEmpty() ? "none"
                : training.cpuOnly.size() + " (no GPU in the footprint, not in hardware-days): " + Basis.ids(training.cpuOnly)));
        f.add(new Facts.Fact("Training compute (FLOPs)", computeText()));
        f.add(new Facts.Fact("Training energy (MWh)", none ? na : energyMwhText(training.facilityKwh())));
        f.add(new Facts.Fact("Energy boundary", none ? na : "facility: IT energy (" + training.components() + ") × PUE"));
        f.add(new Facts.Fact("IT energy (MWh)", none ? na : energyMwhText(training.itKwh())));
        f.add(new Facts.Fact("Measured or estimated", none ? na : energyBasis()));
        f.add(new Facts.Fact("Location-based emissions (tCO2e)", none ? na : co2eText()));
        return f;
    }

    private String runsLine() {
        return training.rows.size() + " pre-training runs, failed and interrupted included (" + training.failed.size() + " failed, "
                + training.interrupted.size() + " interrupted)";
    }

    private BigDecimal sumDays() { return training.hours().divide(BigDecimal.valueOf(24), 9, java.math.RoundingMode.HALF_UP); }

    private String energyMwhText(BigDecimal kwh) {
        return kwh.signum() == 0 && basis.itKwh() == 0 ? "N/A — no energy recorded for these runs" : Figures.significantText(mwh(kwh), SIG);
    }

    private static BigDecimal mwh(BigDecimal kwh) { return kwh.movePointLeft(3); }

    private String computeText() {
        return switch (compute.source()) {
            case GIVEN -> Scientific.text(compute.flops(), 2, 4) + " (stated by the provider)";
            case TAGS -> Scientific.text(compute.flops(), 2, 4) + " (sum of the flops tags of " + compute.taggedRuns() + " of "
                    + training.all.size() + " runs)";
            case NONE -> "not given";
        };
    }

    /** "measured", "estimated", "partly estimated (12.5 % estimated)" — by IT energy, from each component's provenance. */
    String energyBasis() {
        if (basis.itKwh() == 0) return "N/A — no energy recorded for these runs";
        double est = basis.estimatedShare(), imp = basis.importedKwh() / basis.itKwh(), meas = basis.measuredShare();
        if (meas == 1.0) return "measured";
        if (est == 1.0) return "estimated";
        if (imp == 1.0) return "imported from other tools (measured or estimated there)";
        List<String> parts = new ArrayList<>();
        if (est > 0) parts.add(Figures.percent(est, 1) + " estimated");
        if (imp > 0) parts.add(Figures.percent(imp, 1) + " imported");
        return (est > 0 ? "partly estimated (" : "partly imported (") + String.join(", ", parts) + " of the IT energy)";
    }

    private String co2eText() {
        BigDecimal t = training.co2eKg().movePointLeft(3);
        String s = Figures.significantText(t, SIG);
        return training.unknownLocation.isEmpty() ? s
                : s + " (without " + training.unknownLocation.size() + " run(s) of unknown location: " + Basis.ids(training.unknownLocation) + ")";
    }

    private String fineTuningLine() {
        if (fineTuning.rows.isEmpty()) return fineTuning.all.size() + " run(s), none closed";
        return fineTuning.rows.size() + " run(s), " + Figures.significantText(mwh(fineTuning.facilityKwh()), SIG) + " MWh facility, "
                + Figures.significantText(fineTuning.gpuDays(), SIG) + " GPU-days: " + Basis.ids(fineTuning.rows.stream().map(TrainingRuns.Row::id).toList());
    }

    private static String orNotGiven(String s) { return s == null || s.isBlank() ? "not given" : s.strip(); }

    private Table runsTable() {
        List<List<String>> rows = new ArrayList<>();
        for (TrainingRuns.Row r : training.rows) {
            rows.add(List.of(Basis.ids(List.of(r.id())), r.status().label(), r.record().run().start().toString(),
                    text(r.hours(), r.exact().get(0)), Integer.toString(r.gpus()), text(r.gpuDays(), r.exact().get(1)),
                    text(r.itKwh(), r.exact().get(2)), text(r.facilityKwh(), r.exact().get(3)), text(r.co2eKg(), r.exact().get(4)),
                    r.provenance()));
        }
        List<String> total = List.of("TOTAL", "", "", Figures.text(training.hours()), "", Figures.text(training.gpuDays()),
                Figures.text(training.itKwh()), Figures.text(training.facilityKwh()), Figures.text(training.co2eKg()), "");
        return new Table("training_runs", "Pre-training runs counted (totals are the sums of the rows)", List.of(
                Table.Column.text("Run"), Table.Column.text("Status"), Table.Column.text("Start (UTC)"), Table.Column.number("Hours"),
                Table.Column.number("GPUs"), Table.Column.number("GPU-days"), Table.Column.number("IT kWh"),
                Table.Column.number("Facility kWh"), Table.Column.number("kgCO2e"), Table.Column.text("Energy")), rows, total);
    }

    /** A run's figure as apportioned; one that is not 0 but is apportioned 0 prints its digits (core Figures). */
    private static String text(BigDecimal shown, Double exact) {
        return shown == null ? "n/a" : Figures.text(Figures.exact(exact), shown);
    }

    /** The report's data, for its JSON. */
    private AiActData data(Instant generatedAt) {
        boolean none = training.rows.isEmpty();
        String computeSource = switch (compute.source()) {
            case GIVEN -> "stated by the provider (--flops)";
            case TAGS -> "sum of the flops tags of " + compute.taggedRuns() + " of " + training.all.size() + " runs";
            case NONE -> "not given";
        };
        boolean energy = !none && basis.itKwh() > 0;
        AiActData.Training t = new AiActData.Training(none ? naReason() : null, training.rows.size(), training.failed,
                training.interrupted, training.open, none ? null : training.firstStart.toString(),
                none ? null : training.lastEnd.toString(), none ? null : Figures.significant(training.wallClockDays(), SIG),
                none ? null : Figures.significant(sumDays(), SIG), none ? null : Figures.significant(training.gpuDays(), SIG),
                training.gpuCountTagged.isEmpty() ? "GPU-days (run hours × distinct GPUs / 24)"
                        : "GPU-days (run hours × GPUs / 24; GPUs: distinct GPU components or the gpu_count tag, the larger)",
                training.cpuOnly, compute.flops() == null ? null : Scientific.value(compute.flops(), 2, 4),
                compute.flops() == null ? "not given" : Scientific.text(compute.flops(), 2, 4), computeSource,
                compute.badTags(), energy ? Figures.significant(mwh(training.facilityKwh()), SIG) : null,
                "facility (IT energy × PUE)", energy ? Figures.significant(mwh(training.itKwh()), SIG) : null,
                none ? naReason() : energyBasis(), none ? null : Figures.round(basis.measuredShare(), 4),
                none ? null : Figures.round(basis.estimatedShare(), 4),
                none ? null : Figures.significant(training.co2eKg().movePointLeft(3), SIG), training.unknownLocation,
                training.withoutFootprint);
        AiActData.FineTuning ft = fineTuning.isEmpty() ? null : new AiActData.FineTuning(fineTuning.rows.size(),
                fineTuning.rows.stream().map(TrainingRuns.Row::id).toList(),
                Figures.significant(mwh(fineTuning.facilityKwh()), SIG), Figures.significant(fineTuning.gpuDays(), SIG));
        AiActData.Inference inf = new AiActData.Inference(
                input.inferenceFlops() == null ? null : Scientific.value(input.inferenceFlops(), 2, 4),
                input.inferenceTask() == null || input.inferenceTask().isBlank() ? null : input.inferenceTask().strip(),
                input.inferenceHardware() == null || input.inferenceHardware().isBlank() ? null : input.inferenceHardware().strip());
        String p = methodology();
        List<AiActData.Run> runs = new ArrayList<>();
        for (TrainingRuns.Row r : training.rows) {
            runs.add(new AiActData.Run(r.id(), r.status().label(), r.record().run().start().toString(),
                    r.record().run().end().toString(), r.hours(), r.gpus(), r.gpuDays(), r.itKwh(), r.facilityKwh(), r.co2eKg(),
                    r.provenance()));
        }
        return new AiActData("ai-act", generatedAt.toString(), FORM, input.model(), input.version(), t, ft, inf, p,
                Methodology.words(p), runs, warnings(), basis.data());
    }
}
