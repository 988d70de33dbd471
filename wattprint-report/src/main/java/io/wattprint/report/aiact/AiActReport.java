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
        AiActData data = data(generatedAt);
        return new ReportOutput(AiActDocument.of(data, basis.blocks(), generatedAt), data);
    }

    /** Σ run hours / 24, of the exact hours (rounded once, to the form's significant figures). */
    private BigDecimal sumDays() { return Figures.quotient(training.exactHours(), BigDecimal.valueOf(24)); }

    private static BigDecimal mwh(BigDecimal kwh) { return kwh.movePointLeft(3); }

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

    /** The report's data, for its JSON. */
    private AiActData data(Instant generatedAt) {
        boolean none = training.rows.isEmpty();
        String computeSource = switch (compute.source()) {
            case GIVEN -> GIVEN;
            case TAGS -> "sum of the flops tags of " + compute.taggedRuns() + " of " + training.all.size() + " runs";
            case NONE -> "not given";
        };
        boolean energy = !none && basis.itKwh() > 0;
        AiActData.Training t = new AiActData.Training(none ? naReason() : null, training.rows.size(), training.failed,
                training.interrupted, training.open, none ? null : training.firstStart.toString(),
                none ? null : training.lastEnd.toString(), none ? null : Figures.significant(training.wallClockDays(), SIG),
                none ? null : Figures.significant(sumDays(), SIG), none ? null : Figures.significant(training.exactGpuDays(), SIG),
                training.gpuCountTagged.isEmpty() ? "GPU-days (run hours × distinct GPUs / 24)"
                        : "GPU-days (run hours × GPUs / 24; GPUs: distinct GPU components or the gpu_count tag, the larger)",
                training.cpuOnly, compute.flops() == null ? null : Scientific.value(compute.flops(), 2, 4),
                compute.flops() == null ? "not given" : Scientific.text(compute.flops(), 2, 4), computeSource,
                compute.badTags(), energy ? Figures.significant(mwh(training.exactFacilityKwh()), SIG) : null,
                "facility (IT energy × PUE)", energy ? Figures.significant(mwh(training.exactItKwh()), SIG) : null,
                none ? naReason() : energyBasis(), none ? null : Figures.round(basis.measuredShare(), 4),
                none ? null : Figures.round(basis.estimatedShare(), 4),
                none ? null : Figures.significant(training.exactCo2eKg().movePointLeft(3), SIG), training.unknownLocation,
                training.withoutFootprint, training.components());
        AiActData.FineTuning ft = fineTuning.isEmpty() ? null : new AiActData.FineTuning(fineTuning.rows.size(),
                fineTuning.rows.stream().map(TrainingRuns.Row::id).toList(),
                Figures.significant(mwh(fineTuning.exactFacilityKwh()), SIG), Figures.significant(fineTuning.exactGpuDays(), SIG),
                fineTuning.all.size());
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
        return new AiActData("ai-act", generatedAt.toString(), FORM, input.model(), input.version(), t, ft, inf, p,
                Methodology.words(p), runs, warnings(), basis.data());
    }
}
