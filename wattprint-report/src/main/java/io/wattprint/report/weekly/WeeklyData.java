package io.wattprint.report.weekly;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.wattprint.core.figure.ToTotal;
import io.wattprint.report.Basis;
import io.wattprint.report.JsonFigure;
import io.wattprint.report.Keyed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The data of {@code report weekly}, computed once from the runs: its JSON (component names in snake_case, figures
 * exact with the decimals printed, {@link JsonFigure}) and the source of every block of its document ({@link
 * WeeklyReport}). A component marked {@code @JsonIgnore} is there for the document only (the unrounded figure a line apportioned 0 prints).
 */
public record WeeklyData(String report, String week, String from, String to, String project, String generatedAt,
                         Rules rules, Totals totals, Grouped<Phase> byPhase, Grouped<Project> byProject,
                         Grouped<Team> byTeam, Grouped<Model> byModel, Grouped<WorkloadName> byWorkload,
                         WeekOverWeek.Data weekOverWeek, List<TrendWeek> trend, List<TopRuns.Run> topRuns,
                         ProvenanceShares.Data provenance, List<UnknownLocation.Run> unknownLocationRuns, Basis.Data basis) {

    /** How the figures were attributed and rounded. */
    public record Rules(String attribution, String energy, String emissions, int kwhDecimals, int kgDecimals,
                        int percentDecimals, String rounding, int trendWeeks) {}

    /** The week's totals, as the summary prints them; printed only: their exact values (§5.1 non-zero rule). */
    @JsonPropertyOrder({"runs", "facility_kwh", "co2e_kg", "runs_without_co2e", "change_kwh"})
    public record Totals(int runs, @JsonIgnore BigDecimal facilityKwh, @JsonIgnore BigDecimal co2eKg, int runsWithoutCo2e,
                         @JsonIgnore BigDecimal changeKwh, BigDecimal changePercent, BigDecimal measuredPercent,
                         BigDecimal estimatedPercent, int unknownLocationRuns, @JsonIgnore String changeLabel,
                         @JsonIgnore double measuredShare, @JsonIgnore double estimatedShare,
                         @JsonIgnore BigDecimal facilityKwhExact, @JsonIgnore BigDecimal co2eKgExact,
                         @JsonIgnore BigDecimal changeKwhExact) {
        /** JSON: each figure exact, with the decimals printed (issue 16 item 8). */
        @JsonProperty("facility_kwh")
        @JsonUnwrapped(prefix = "facility_kwh")
        public JsonFigure facilityKwhJson() { return JsonFigure.of(facilityKwhExact, facilityKwh); }

        @JsonProperty("co2e_kg")
        @JsonUnwrapped(prefix = "co2e_kg")
        public JsonFigure co2eKgJson() { return JsonFigure.of(co2eKgExact, co2eKg); }

        @JsonProperty("change_kwh")
        @JsonUnwrapped(prefix = "change_kwh")
        public JsonFigure changeKwhJson() { return JsonFigure.of(changeKwhExact, changeKwh); }
    }

    /** One table of the runs grouped by {@code K}: its lines and its total. */
    public record Grouped<K>(List<Keyed<K, Tally.Line>> lines, Tally.Line total) {}

    /** Keys of the grouped tables, each the JSON fields of a line's key. */
    public record Phase(String phase) {}

    public record Project(String project) {}

    public record Team(String team) {}

    public record Model(String model, String version) {}

    public record WorkloadName(String workload) {}

    /**
     * One week of the trend: its runs and facility kWh, and the kWh of each phase shown; the chart plots the exact
     * kWh of each phase ({@code exactByPhase}, not written), not the rounded ones.
     */
    @JsonPropertyOrder({"week", "from", "runs", "facility_kwh", "facility_kwh_by_phase", "facility_kwh_by_phase_decimals"})
    public record TrendWeek(String week, String from, int runs, @JsonIgnore BigDecimal facilityKwh,
                            @JsonIgnore Map<String, BigDecimal> facilityKwhByPhase,
                            @JsonIgnore Map<String, BigDecimal> exactByPhase) {
        /** JSON: the week's exact kWh, with the decimals printed (issue 16 item 8). */
        @JsonProperty("facility_kwh")
        @JsonUnwrapped(prefix = "facility_kwh")
        public JsonFigure facilityKwhJson() { return JsonFigure.of(ToTotal.sum(exactByPhase.values()), facilityKwh); }

        /** JSON: each phase's exact kWh (the chart's values)... */
        @JsonProperty("facility_kwh_by_phase")
        public Map<String, BigDecimal> exactKwhByPhase() { return JsonFigure.values(exactByPhase, facilityKwhByPhase); }

        /** ... and the decimals its text prints. */
        @JsonProperty("facility_kwh_by_phase_decimals")
        public Map<String, Integer> kwhByPhaseDecimals() { return JsonFigure.decimals(exactByPhase, facilityKwhByPhase); }
    }

    /** A key's text in JSON: null when blank (a model without a version). */
    static String field(String key) { return key.isEmpty() ? null : key; }
}
