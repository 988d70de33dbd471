package io.wattprint.report.aiact;

import java.math.BigDecimal;
import java.util.List;

/**
 * The data of {@code report ai-act} as its JSON writes it (snake_case; figures at 4 significant digits, FLOPs at 2
 * to 4, as printed): the model, the training figures, fine-tuning (null when there is none), the inference
 * benchmark, the methodology paragraph, the training runs, warnings and basis.
 */
public record AiActData(String report, String generatedAt, String form, String model, String version, Training training,
                        FineTuning fineTuning, Inference inference, String methodology, int methodologyWords,
                        List<Run> trainingRuns, List<String> warnings, io.wattprint.report.Basis.Data basis) {

    /** Pre-training: null figures where there are no runs ({@code naReason} says why) or no energy. */
    public record Training(String naReason, int runs, List<String> failedRuns, List<String> interruptedRuns,
                           List<String> openRunsNotCounted, String firstStart, String lastEnd, BigDecimal wallClockDays,
                           BigDecimal sumOfRunDays, BigDecimal hardwareDays, String hardwareDaysUnit, List<String> cpuOnlyRuns,
                           BigDecimal computeFlops, String computeFlopsText, String computeSource, List<String> computeBadTags,
                           BigDecimal energyMwh, String energyBoundary, BigDecimal itEnergyMwh, String energyBasis,
                           BigDecimal measuredShare, BigDecimal estimatedShare, BigDecimal co2eLocationT,
                           List<String> unknownLocationRuns, List<String> runsWithoutFootprint) {}

    public record FineTuning(int runs, List<String> runIds, BigDecimal energyMwh, BigDecimal hardwareDays) {}

    public record Inference(BigDecimal computeFlops, String task, String hardware) {}

    /** One training run as the runs table shows it (figures apportioned to the table's totals). */
    public record Run(String id, String status, String start, String end, BigDecimal hours, int gpus, BigDecimal gpuDays,
                      BigDecimal itKwh, BigDecimal facilityKwh, BigDecimal co2eKg, String energy) {}
}
