package io.wattprint.report.maturity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.wattprint.report.Basis;
import io.wattprint.report.JsonFigure;
import java.math.BigDecimal;
import java.util.List;

/**
 * The data of {@code report maturity} as its JSON writes it (snake_case; percentages to 1 decimal; kWh and kgCO2e
 * exact with the decimals the systems table prints them with, {@link JsonFigure}): the period and its ISO weeks, the rules, the
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
    @JsonPropertyOrder({"system", "production", "level", "runs", "weeks_active", "weeks_covered", "measured_pct",
            "automatic_pct", "co2e_known_pct", "it_kwh", "co2e_kg"})
    public record AiSystem(String system, boolean production, int level, int runs, List<String> weeksActive,
                         List<String> weeksCovered, BigDecimal measuredPct, BigDecimal automaticPct, BigDecimal co2eKnownPct,
                         @JsonIgnore BigDecimal itKwh, @JsonIgnore BigDecimal co2eKg, String productionReason,
                         List<String> toNextLevel, @JsonIgnore Exact exact) {
        /** JSON: the system's exact kWh and kg (exact decimal sums of its runs), with the decimals printed. */
        @JsonProperty("it_kwh")
        @JsonUnwrapped(prefix = "it_kwh")
        public JsonFigure itKwhJson() { return JsonFigure.of(exact.itKwh(), itKwh); }

        @JsonProperty("co2e_kg")
        @JsonUnwrapped(prefix = "co2e_kg")
        public JsonFigure co2eKgJson() { return JsonFigure.of(exact.co2eKg(), co2eKg); }
    }

    /** A system's shares (0–1) and figures before rounding. */
    public record Exact(double measuredShare, double automaticShare, double co2eKnownShare, BigDecimal itKwh, BigDecimal co2eKg) {}

    /**
     * The systems table's TOTAL line: the runs and the figures that add up; the other columns null; printed only:
     * the exact sums, so that a total that is not 0 never prints as 0 (§5.1).
     */
    @JsonPropertyOrder({"system", "production", "level", "runs", "weeks_active", "weeks_covered", "measured_pct",
            "automatic_pct", "co2e_known_pct", "it_kwh", "co2e_kg"})
    public record Total(String system, Boolean production, Integer level, int runs, List<String> weeksActive,
                        List<String> weeksCovered, BigDecimal measuredPct, BigDecimal automaticPct, BigDecimal co2eKnownPct,
                        @JsonIgnore BigDecimal itKwh, @JsonIgnore BigDecimal co2eKg, @JsonIgnore BigDecimal itKwhExact,
                        @JsonIgnore BigDecimal co2eKgExact) {
        /** JSON: the exact sums, with the decimals printed. */
        @JsonProperty("it_kwh")
        @JsonUnwrapped(prefix = "it_kwh")
        public JsonFigure itKwhJson() { return JsonFigure.of(itKwhExact, itKwh); }

        @JsonProperty("co2e_kg")
        @JsonUnwrapped(prefix = "co2e_kg")
        public JsonFigure co2eKgJson() { return JsonFigure.of(co2eKgExact, co2eKg); }

        static Total of(int runs, BigDecimal itKwh, BigDecimal co2eKg, BigDecimal itKwhExact, BigDecimal co2eKgExact) {
            return new Total("TOTAL", null, null, runs, null, null, null, null, null, itKwh, co2eKg, itKwhExact, co2eKgExact);
        }
    }
}
