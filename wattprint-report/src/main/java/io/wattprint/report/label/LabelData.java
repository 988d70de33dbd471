package io.wattprint.report.label;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.wattprint.report.JsonFigure;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The data of {@code report label} as its JSON writes it (snake_case; figures exact with the decimals printed at 3
 * significant digits, {@link JsonFigure}; the reference range as given); the
 * document's facts and notes are read from it ({@link LabelReport#output}).
 */
@JsonPropertyOrder({"report", "generated_at", "model", "task", "wh_per_1k_queries", "gpu_energy_wh"})
record LabelData(String report, String generatedAt, String model, String task,
                 @JsonIgnore BigDecimal whPer1kQueries, @JsonIgnore BigDecimal gpuEnergyWh, long queries,
                 String hardware, String date, int stars, List<String> runs, List<LeftOut> runsLeftOut,
                 List<String> runsWithoutTaskTag, Reference reference, String method,
                 @JsonIgnore BigDecimal exactWhPer1kQueries, @JsonIgnore BigDecimal exactGpuEnergyWh) {

    /** JSON: the exact figures (the quotient to 16 significant digits), with the decimals printed (issue 16 item 8). */
    @JsonProperty("wh_per_1k_queries")
    @JsonUnwrapped(prefix = "wh_per_1k_queries")
    JsonFigure whPer1kQueriesJson() { return JsonFigure.of(exactWhPer1kQueries, whPer1kQueries); }

    @JsonProperty("gpu_energy_wh")
    @JsonUnwrapped(prefix = "gpu_energy_wh")
    JsonFigure gpuEnergyWhJson() { return JsonFigure.of(exactGpuEnergyWh, gpuEnergyWh); }

    /** A run not counted, and why. */
    record LeftOut(String id, String reason) {}

    /** The reference set the stars come from. */
    record Reference(String name, List<String> sources, int referenceModels, boolean ownEntryReplaced, BigDecimal rangeMin,
                     BigDecimal rangeMax, String starRule) {}

    static LabelData of(EnergyLabel l, Instant generatedAt) {
        List<LeftOut> out = new ArrayList<>();
        l.leftOut().forEach((id, why) -> out.add(new LeftOut(id, why)));
        Reference r = new Reference(l.referenceName(), l.referenceSources(), l.referenceModels(), l.replacedOwnEntry(),
                l.rangeMin(), l.rangeMax(), l.bandRule());
        return new LabelData("label", generatedAt.toString(), l.model(), l.task(), l.whPer1kQueries(), l.gpuWh(), l.queries(),
                l.hardware(), l.date(), l.stars(), l.runs(), out, l.untaggedTask(), r,
                "GPU energy only (no CPU, memory or PUE), Σ GPU Wh / Σ queries × 1,000 over the runs with a query count "
                        + "and GPU energy; rounded half-up to " + EnergyLabel.SIG + " significant figures; "
                        + "stars from that rounded figure", l.exactWhPer1kQueries(), l.exactGpuWh());
    }
}
