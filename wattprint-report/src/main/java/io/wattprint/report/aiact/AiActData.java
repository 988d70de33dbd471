package io.wattprint.report.aiact;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.wattprint.core.figure.Figures;
import io.wattprint.report.JsonFigure;
import java.math.BigDecimal;
import java.util.List;

/**
 * The data of {@code report ai-act} as its JSON writes it (snake_case; figures exact with the decimals printed at 3
 * significant figures, {@link JsonFigure}; FLOPs at 2 to 4 significant digits, as printed): the model, the training
 * figures, fine-tuning (null when there is none), the inference benchmark, the methodology paragraph, the training runs, warnings and basis. The document is built from it
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
    @JsonPropertyOrder({"na_reason", "runs", "failed_runs", "interrupted_runs", "open_runs_not_counted", "first_start",
            "last_end", "wall_clock_days", "sum_of_run_days", "hardware_days", "hardware_days_unit", "cpu_only_runs",
            "compute_flops", "compute_flops_text", "compute_source", "compute_bad_tags", "compute_complete",
            "compute_runs_declared", "compute_runs_counted", "compute_runs_undeclared", "energy_mwh", "energy_boundary",
            "it_energy_mwh", "energy_basis", "energy_basis_text", "measured_share", "estimated_share", "imported_share",
            "co2e_location_t"})
    public record Training(String naReason, int runs, List<String> failedRuns, List<String> interruptedRuns,
                           List<String> openRunsNotCounted, String firstStart, String lastEnd, @JsonIgnore BigDecimal wallClockDays,
                           @JsonIgnore BigDecimal sumOfRunDays, @JsonIgnore BigDecimal hardwareDays, String hardwareDaysUnit,
                           List<String> cpuOnlyRuns,
                           BigDecimal computeFlops, String computeFlopsText, String computeSource, List<String> computeBadTags,
                           Boolean computeComplete, int computeRunsDeclared, int computeRunsCounted,
                           List<String> computeRunsUndeclared,
                           @JsonIgnore BigDecimal energyMwh, String energyBoundary, @JsonIgnore BigDecimal itEnergyMwh,
                           String energyBasis, String energyBasisText, BigDecimal measuredShare, BigDecimal estimatedShare,
                           BigDecimal importedShare, @JsonIgnore BigDecimal co2eLocationT, List<String> unknownLocationRuns,
                           List<String> runsWithoutFootprint, @JsonIgnore String components, @JsonIgnore String computeText,
                           @JsonIgnore Exact exact) {
        /**
         * JSON: each form figure exact (the exact sums it is rounded from, once), with the decimals its text prints at
         * three significant figures (issue 16 item 8: 0.000000125 MWh, not 0.00).
         */
        @JsonProperty("wall_clock_days")
        @JsonUnwrapped(prefix = "wall_clock_days")
        public JsonFigure wallClockDaysJson() { return JsonFigure.of(exact.wallClockDays(), wallClockDays); }

        @JsonProperty("sum_of_run_days")
        @JsonUnwrapped(prefix = "sum_of_run_days")
        public JsonFigure sumOfRunDaysJson() { return JsonFigure.of(exact.sumOfRunDays(), sumOfRunDays); }

        @JsonProperty("hardware_days")
        @JsonUnwrapped(prefix = "hardware_days")
        public JsonFigure hardwareDaysJson() { return JsonFigure.of(exact.hardwareDays(), hardwareDays); }

        @JsonProperty("energy_mwh")
        @JsonUnwrapped(prefix = "energy_mwh")
        public JsonFigure energyMwhJson() { return JsonFigure.of(exact.energyMwh(), energyMwh); }

        @JsonProperty("it_energy_mwh")
        @JsonUnwrapped(prefix = "it_energy_mwh")
        public JsonFigure itEnergyMwhJson() { return JsonFigure.of(exact.itEnergyMwh(), itEnergyMwh); }

        @JsonProperty("co2e_location_t")
        @JsonUnwrapped(prefix = "co2e_location_t")
        public JsonFigure co2eLocationTJson() { return JsonFigure.of(exact.co2eLocationT(), co2eLocationT); }
    }

    /** The exact values the form's figures are rounded from (null where the figure is). */
    public record Exact(BigDecimal wallClockDays, BigDecimal sumOfRunDays, BigDecimal hardwareDays, BigDecimal energyMwh,
                        BigDecimal itEnergyMwh, BigDecimal co2eLocationT) {}

    /**
     * Which runs of the model version the training figures count ({@code counted}: the phases) and which they leave
     * out, each with its runs (open ones included) and why.
     */
    public record Phases(List<String> counted, String countedText, List<Excluded> excluded) {}

    /** A phase (or group of phases) not counted as training: the phases, their runs and the reason. */
    public record Excluded(String what, List<String> phases, int runs, String reason) {}

    /** Fine-tuning: {@code runs} closed; printed only: {@code allRuns}, open ones included. */
    @JsonPropertyOrder({"runs", "run_ids", "energy_mwh", "hardware_days"})
    public record FineTuning(int runs, List<String> runIds, @JsonIgnore BigDecimal energyMwh, @JsonIgnore BigDecimal hardwareDays,
                             @JsonIgnore int allRuns, @JsonIgnore BigDecimal exactEnergyMwh,
                             @JsonIgnore BigDecimal exactHardwareDays) {
        /** JSON: exact, with the decimals printed. */
        @JsonProperty("energy_mwh")
        @JsonUnwrapped(prefix = "energy_mwh")
        public JsonFigure energyMwhJson() { return JsonFigure.of(exactEnergyMwh, energyMwh); }

        @JsonProperty("hardware_days")
        @JsonUnwrapped(prefix = "hardware_days")
        public JsonFigure hardwareDaysJson() { return JsonFigure.of(exactHardwareDays, hardwareDays); }
    }

    /** The benchmark; printed only: {@code computeFlopsText}, the FLOPs as given at 2 to 4 digits ("1.20 × 10¹⁵"). */
    public record Inference(BigDecimal computeFlops, String task, String hardware, @JsonIgnore String computeFlopsText) {}

    /**
     * One training run as the runs table shows it (figures apportioned to the table's totals); printed only:
     * {@code exact}, the unrounded hours, GPU-days, IT kWh, facility kWh and kgCO2e (null where n/a), so a figure
     * apportioned 0 that is not 0 prints its first digits.
     */
    @JsonPropertyOrder({"id", "status", "start", "end", "hours", "gpus", "gpu_days", "it_kwh", "facility_kwh", "co2e_kg"})
    public record Run(String id, String status, String start, String end, @JsonIgnore BigDecimal hours, int gpus,
                      @JsonIgnore BigDecimal gpuDays, @JsonIgnore BigDecimal itKwh, @JsonIgnore BigDecimal facilityKwh,
                      @JsonIgnore BigDecimal co2eKg, String energy, @JsonIgnore List<Double> exact) {
        /** JSON: the run's figures exact ({@code exact}), with the decimals the runs table prints. */
        @JsonProperty("hours")
        @JsonUnwrapped(prefix = "hours")
        public JsonFigure hoursJson() { return figure(0, hours); }

        @JsonProperty("gpu_days")
        @JsonUnwrapped(prefix = "gpu_days")
        public JsonFigure gpuDaysJson() { return figure(1, gpuDays); }

        @JsonProperty("it_kwh")
        @JsonUnwrapped(prefix = "it_kwh")
        public JsonFigure itKwhJson() { return figure(2, itKwh); }

        @JsonProperty("facility_kwh")
        @JsonUnwrapped(prefix = "facility_kwh")
        public JsonFigure facilityKwhJson() { return figure(3, facilityKwh); }

        @JsonProperty("co2e_kg")
        @JsonUnwrapped(prefix = "co2e_kg")
        public JsonFigure co2eKgJson() { return figure(4, co2eKg); }

        private JsonFigure figure(int i, BigDecimal shown) {
            Double x = exact.get(i);
            return JsonFigure.of(x == null ? null : Figures.exact(x), shown);
        }
    }
}
