package io.wattprint.report.aiact;

import io.wattprint.core.figure.Figures;
import io.wattprint.core.figure.Scientific;
import io.wattprint.core.model.Phase;
import io.wattprint.ledger.RunRecord;
import io.wattprint.report.Basis;
import io.wattprint.report.ReportOutput;
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
    /** The JSON's compute source when the provider gave the FLOPs. */
    static final String GIVEN = "stated by the provider (--flops)";
    static final String FORM = "GPAI Code of Practice, Transparency chapter, Model Documentation Form (EU AI Act Annex XI §1)";

    private final AiActInput input;
    private final TrainingRuns training;
    private final TrainingRuns fineTuning;
    private final TrainingCompute compute;
    private final EnergyBasis energy;
    private final Basis basis;
    private final List<RunRecord> records;
    private final List<String> warnings = new ArrayList<>();

    private AiActReport(List<RunRecord> records, AiActInput input) {
        this.input = input;
        this.training = TrainingRuns.of(records, input.model(), input.version(), Phase.TRAINING);
        this.fineTuning = TrainingRuns.of(records, input.model(), input.version(), Phase.FINE_TUNING);
        this.records = records;
        // Over the counted (closed) runs, as the energy: an open run's tag is not summed into a total it is not in.
        this.compute = TrainingCompute.of(input.flops(), training.counted());
        this.energy = training.energyBasis();
        this.basis = Basis.of(training.all);
        if (training.rows.isEmpty()) warnings.add(naReason() + "; the form's training fields are N/A");
        if (!training.open.isEmpty()) {
            warnings.add(training.open.size() + " training run(s) still open, not counted: " + Basis.ids(training.open));
        }
        if (Boolean.FALSE.equals(compute.complete())) {
            warnings.add("training compute is partial, at least " + Scientific.text(compute.flops(), 2, 4)
                    + " FLOPs: only " + compute.taggedRuns() + " of " + compute.runs() + " training runs declared a flops tag");
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
        AiActData data = data(generatedAt);
        return new ReportOutput(AiActDocument.of(data, basis.blocks(), generatedAt), data);
    }

    /** Σ run hours / 24, of the exact hours (rounded once, to the form's significant figures). */
    private BigDecimal sumDays() { return Figures.quotient(training.exactHours(), BigDecimal.valueOf(24)); }

    private static BigDecimal mwh(BigDecimal kwh) { return kwh.movePointLeft(3); }

    /** The exact values the form's figures are rounded from (JSON states them, §5.1 rule 6); all null without runs. */
    private AiActData.Exact exact(boolean none, boolean energy) {
        if (none) return new AiActData.Exact(null, null, null, null, null, null);
        BigDecimal facilityMwh = energy ? mwh(training.exactFacilityKwh()) : null;
        BigDecimal itMwh = energy ? mwh(training.exactItKwh()) : null;
        return new AiActData.Exact(Figures.exact(training.wallClockDays()), sumDays(), training.exactGpuDays(), facilityMwh,
                itMwh, training.exactCo2eKg().movePointLeft(3));
    }

    /**
     * "measured", "estimated", "partly estimated: 75.0 % measured, 25.0 % estimated of the IT energy" — by IT energy,
     * from each component's provenance; imported energy counts as estimated ({@link EnergyBasis}).
     */
    String energyBasis() { return energy.text(AiActDocument.NO_ENERGY); }

    /**
     * What the training figures count: the runs of phase {@code training}; the model version's runs of every other
     * phase are left out, counted and named with the reason (issue 16 item 11).
     */
    private AiActData.Phases phases() {
        List<AiActData.Excluded> out = new ArrayList<>();
        out.add(new AiActData.Excluded("fine-tuning and post-training", List.of(Phase.FINE_TUNING.label()), fineTuning.all.size(),
                "the form's training figures are the resources used to train the model (Annex XI §1 point 2(d)); a "
                        + "fine-tuning run may adapt this version or make a derived model, which wattprint cannot tell, so "
                        + "these runs are shown apart for the provider to add where its definition of training includes them; "
                        + "post-training (instruction tuning, RLHF) has no phase of its own and is recorded as fine-tuning"));
        out.add(new AiActData.Excluded("inference and evaluation", List.of(Phase.INFERENCE.label()), runsIn(Phase.INFERENCE),
                "serving and evaluating the trained model is not training; the form asks for inference compute as a "
                        + "benchmark of its own (below), and evaluation runs are recorded as inference"));
        out.add(new AiActData.Excluded("data pipeline and supporting",
                List.of(Phase.DATA_PIPELINE.label(), Phase.SUPPORTING.label()), runsIn(Phase.DATA_PIPELINE) + runsIn(Phase.SUPPORTING),
                "data preparation and the services around training are not the training computation"));
        return new AiActData.Phases(List.of(Phase.TRAINING.label()), "runs of phase training (pre-training) of model " + input.model()
                + " version " + input.version() + ", failed and interrupted included; a post-training run recorded as training "
                + "is counted", out);
    }

    private int runsIn(Phase phase) {
        return (int) records.stream().filter(r -> input.model().equals(r.run().workload().model())
                && input.version().equals(r.run().workload().modelVersion()) && r.run().workload().phase() == phase).count();
    }

    /** The report's data, for its JSON. */
    private AiActData data(Instant generatedAt) {
        boolean none = training.rows.isEmpty();
        String computeSource = switch (compute.source()) {
            case GIVEN -> GIVEN;
            case TAGS -> "sum of the flops tags of " + compute.taggedRuns() + " of " + compute.runs() + " runs";
            case NONE -> "not given";
        };
        boolean energy = !none && this.energy.category() != null;
        BigDecimal flops = compute.flops() == null ? null : Scientific.value(compute.flops(), 2, 4);
        AiActData.Training t = new AiActData.Training(none ? naReason() : null, training.rows.size(), training.failed,
                training.interrupted, training.open, none ? null : training.firstStart.toString(),
                none ? null : training.lastEnd.toString(), none ? null : Figures.significant(training.wallClockDays(), SIG),
                none ? null : Figures.significant(sumDays(), SIG), none ? null : Figures.significant(training.exactGpuDays(), SIG),
                training.gpuCountTagged.isEmpty() ? "GPU-days (run hours × distinct GPUs / 24)"
                        : "GPU-days (run hours × GPUs / 24; GPUs: distinct GPU components or the gpu_count tag, the larger)",
                training.cpuOnly, flops, compute.flops() == null ? "not given" : Scientific.text(compute.flops(), 2, 4), computeSource,
                compute.badTags(), compute.complete(), compute.taggedRuns(), compute.runs(), compute.untagged(),
                energy ? Figures.significant(mwh(training.exactFacilityKwh()), SIG) : null,
                "facility (IT energy × PUE)", energy ? Figures.significant(mwh(training.exactItKwh()), SIG) : null,
                energy ? this.energy.category() : null, none ? naReason() : energyBasis(),
                energy ? Figures.round(this.energy.measuredShare(), 4) : null,
                energy ? Figures.round(this.energy.estimatedShare(), 4) : null,
                energy ? Figures.round(this.energy.importedShare(), 4) : null,
                none ? null : Figures.significant(training.exactCo2eKg().movePointLeft(3), SIG), training.unknownLocation,
                training.withoutFootprint, training.components(), compute.text(), exact(none, energy));
        AiActData.FineTuning ft = fineTuning.isEmpty() ? null : new AiActData.FineTuning(fineTuning.rows.size(),
                fineTuning.rows.stream().map(TrainingRuns.Row::id).toList(),
                Figures.significant(mwh(fineTuning.exactFacilityKwh()), SIG), Figures.significant(fineTuning.exactGpuDays(), SIG),
                fineTuning.all.size(), mwh(fineTuning.exactFacilityKwh()), fineTuning.exactGpuDays());
        AiActData.Inference inf = new AiActData.Inference(
                input.inferenceFlops() == null ? null : Scientific.value(input.inferenceFlops(), 2, 4),
                input.inferenceTask() == null || input.inferenceTask().isBlank() ? null : input.inferenceTask().strip(),
                input.inferenceHardware() == null || input.inferenceHardware().isBlank() ? null : input.inferenceHardware().strip(),
                input.inferenceFlops() == null ? null : Scientific.text(input.inferenceFlops(), 2, 4));
        String p = methodology();
        List<AiActData.Run> runs = new ArrayList<>();
        for (TrainingRuns.Row r : training.rows) {
            runs.add(new AiActData.Run(r.id(), r.status().label(), r.record().run().start().toString(),
                    r.record().run().end().toString(), r.hours(), r.gpus(), r.gpuDays(), r.itKwh(), r.facilityKwh(), r.co2eKg(),
                    r.provenance(), r.exact()));
        }
        return new AiActData("ai-act", generatedAt.toString(), FORM, input.model(), input.version(), t, phases(), ft, inf, p,
                Methodology.words(p), runs, warnings(), basis.data());
    }
}
