package io.wattprint.report.aiact;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;

/**
 * The data of {@code report ai-act} as its JSON writes it (snake_case; figures at 4 significant digits, FLOPs at 2
 * to 4, as printed): the model, the training figures, fine-tuning (null when there is none), the inference
 * benchmark, the methodology paragraph, the training runs, warnings and basis. The document is built from it
 * ({@link AiActDocument}); the few things only the printed form says are {@code @JsonIgnore} components.
 */
public record AiActData(String report, String generatedAt, String form, String model, String version, Training training,
                        Phases phases, FineTuning fineTuning, Inference inference, String methodology, int methodologyWords,
                        List<Run> trainingRuns, List<String> warnings, io.wattprint.report.Basis.Data basis) {

    /**
     * Pre-training: null figures where there are no runs ({@code naReason} says why) or no energy. {@code
     * computeComplete}: whether the compute covers every counted run (false: a lower bound, see {@link
     * TrainingCompute}; null: not given). {@code energyBasis}: exactly one of measured, estimated, partly estimated
     * (null without energy), with the shares of the IT energy; imported energy counts as estimated and {@code
     * importedShare} is its part ({@link EnergyBasis}). Printed only: {@code components}, the component kinds the
     * energy covers ("GPU and CPU"), and {@code computeText}, the form's compute line.
     */
    public record Training(String naReason, int runs, List<String> failedRuns, List<String> interruptedRuns,
                           List<String> openRunsNotCounted, String firstStart, String lastEnd, BigDecimal wallClockDays,
                           BigDecimal sumOfRunDays, BigDecimal hardwareDays, String hardwareDaysUnit, List<String> cpuOnlyRuns,
                           BigDecimal computeFlops, String computeFlopsText, String computeSource, List<String> computeBadTags,
                           Boolean computeComplete, int computeRunsDeclared, int computeRunsCounted,
                           List<String> computeRunsUndeclared,
                           BigDecimal energyMwh, String energyBoundary, BigDecimal itEnergyMwh, String energyBasis,
                           String energyBasisText, BigDecimal measuredShare, BigDecimal estimatedShare, BigDecimal importedShare,
                           BigDecimal co2eLocationT, List<String> unknownLocationRuns, List<String> runsWithoutFootprint,
                           @JsonIgnore String components, @JsonIgnore String computeText) {}

    /**
     * Which runs of the model version the training figures count ({@code counted}: the phases) and which they leave
     * out, each with its runs (open ones included) and why.
     */
    public record Phases(List<String> counted, String countedText, List<Excluded> excluded) {}

    /** A phase (or group of phases) not counted as training: the phases, their runs and the reason. */
    public record Excluded(String what, List<String> phases, int runs, String reason) {}

    /** Fine-tuning: {@code runs} closed; printed only: {@code allRuns}, open ones included. */
    public record FineTuning(int runs, List<String> runIds, BigDecimal energyMwh, BigDecimal hardwareDays,
                             @JsonIgnore int allRuns) {}

    /** The benchmark; printed only: {@code computeFlopsText}, the FLOPs as given at 2 to 4 digits ("1.20 × 10¹⁵"). */
    public record Inference(BigDecimal computeFlops, String task, String hardware, @JsonIgnore String computeFlopsText) {}

    /**
     * One training run as the runs table shows it (figures apportioned to the table's totals); printed only:
     * {@code exact}, the unrounded hours, GPU-days, IT kWh, facility kWh and kgCO2e (null where n/a), so a figure
     * apportioned 0 that is not 0 prints its first digits.
     */
    public record Run(String id, String status, String start, String end, BigDecimal hours, int gpus, BigDecimal gpuDays,
                      BigDecimal itKwh, BigDecimal facilityKwh, BigDecimal co2eKg, String energy,
                      @JsonIgnore List<Double> exact) {}
}
