package io.wattprint.report.maturity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.wattprint.report.Basis;
import java.math.BigDecimal;
import java.util.List;

/**
 * The data of {@code report maturity} as its JSON writes it (snake_case; percentages to 1 decimal, kWh and kgCO2e
 * to 3, apportioned to their totals as the systems table prints them): the period and its ISO weeks, the rules, the
 * organisation's level, one object per AI system, the total line (null when there are no systems) and the basis.
 * The document is built from it ({@link MaturityDocument}).
 */
public record MaturityData(String report, String generatedAt, String period, String periodStart, String periodEnd,
                           List<String> weeks, Rules rules, Organisation organisation, List<AiSystem> systems, Total total,
                           Basis.Data basis) {

    public record Rules(String system, String production, String productionTag, int thresholdPct, int minWeeks,
                        List<String> text) {}

    /** The organisation's level (null when there is no system to assess) and its summary sentence. */
    public record Organisation(Integer level, int systems, int productionSystems,
                               @JsonProperty("production_systems_at_level_3") int productionSystemsAtLevel3,
                               String summary) {}

    /**
     * One AI system: its level, the weeks it ran and was covered, its shares and figures, what the next level needs;
     * printed only: {@code exact}, the unrounded shares and figures (a figure that is not 0 never prints as 0).
     */
    public record AiSystem(String system, boolean production, int level, int runs, List<String> weeksActive,
                         List<String> weeksCovered, BigDecimal measuredPct, BigDecimal automaticPct, BigDecimal co2eKnownPct,
                         BigDecimal itKwh, BigDecimal co2eKg, String productionReason, List<String> toNextLevel,
                         @JsonIgnore Exact exact) {}

    /** A system's shares (0–1) and figures before rounding. */
    public record Exact(double measuredShare, double automaticShare, double co2eKnownShare, BigDecimal itKwh, BigDecimal co2eKg) {}

    /**
     * The systems table's TOTAL line: the runs and the figures that add up; the other columns null; printed only:
     * the exact sums, so that a total that is not 0 never prints as 0 (§5.1).
     */
    public record Total(String system, Boolean production, Integer level, int runs, List<String> weeksActive,
                        List<String> weeksCovered, BigDecimal measuredPct, BigDecimal automaticPct, BigDecimal co2eKnownPct,
                        BigDecimal itKwh, BigDecimal co2eKg, @JsonIgnore BigDecimal itKwhExact,
                        @JsonIgnore BigDecimal co2eKgExact) {
        static Total of(int runs, BigDecimal itKwh, BigDecimal co2eKg, BigDecimal itKwhExact, BigDecimal co2eKgExact) {
            return new Total("TOTAL", null, null, runs, null, null, null, null, null, itKwh, co2eKg, itKwhExact, co2eKgExact);
        }
    }
}
