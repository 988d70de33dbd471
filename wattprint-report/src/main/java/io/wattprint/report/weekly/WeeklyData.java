package io.wattprint.report.weekly;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.wattprint.report.Basis;
import io.wattprint.report.Keyed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The data of {@code report weekly}, computed once from the runs: its JSON (component names in snake_case, figures
 * rounded as printed) and the source of every block of its document ({@link WeeklyReport}). A component marked
 * {@code @JsonIgnore} is there for the document only (the unrounded figure a line apportioned 0 prints).
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
    public record Totals(int runs, BigDecimal facilityKwh, BigDecimal co2eKg, int runsWithoutCo2e, BigDecimal changeKwh,
                         BigDecimal changePercent, BigDecimal measuredPercent, BigDecimal estimatedPercent,
                         int unknownLocationRuns, @JsonIgnore String changeLabel, @JsonIgnore double measuredShare,
                         @JsonIgnore double estimatedShare, @JsonIgnore BigDecimal facilityKwhExact,
                         @JsonIgnore BigDecimal co2eKgExact, @JsonIgnore BigDecimal changeKwhExact) {}

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
    public record TrendWeek(String week, String from, int runs, BigDecimal facilityKwh,
                            Map<String, BigDecimal> facilityKwhByPhase, @JsonIgnore Map<String, BigDecimal> exactByPhase) {}

    /** A key's text in JSON: null when blank (a model without a version). */
    static String field(String key) { return key.isEmpty() ? null : key; }
}
