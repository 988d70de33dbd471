package io.wattprint.report.label;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The data of {@code report label} as its JSON writes it (snake_case; figures at 3 significant digits); the
 * document's facts and notes are read from it ({@link LabelReport#output}).
 */
record LabelData(String report, String generatedAt, String model, String task,
                 @JsonProperty("wh_per_1k_queries") BigDecimal whPer1kQueries, BigDecimal gpuEnergyWh, long queries,
                 String hardware, String date, int stars, List<String> runs, List<LeftOut> runsLeftOut,
                 List<String> runsWithoutTaskTag, Reference reference, String method) {

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
                        + "stars from that rounded figure");
    }
}
