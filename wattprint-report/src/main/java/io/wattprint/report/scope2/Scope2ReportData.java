package io.wattprint.report.scope2;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.wattprint.report.Basis;
import io.wattprint.report.JsonFigure;
import io.wattprint.report.ResidualMixUse;
import java.math.BigDecimal;
import java.util.List;

/**
 * The data of {@code report scope2}, computed once ({@link Scope2Report#data}): its JSON (snake_case, MWh and tCO2e
 * exact with the decimals printed,
 * {@link JsonFigure}; factors to 2, as printed) and the source of its document ({@link Scope2Report#document}). A
 * component marked {@code @JsonIgnore} is for the document only: the totals of the columns the JSON does not
 * total, the unrounded figures a line apportioned 0 prints, the consumption not covered, the run warnings.
 * {@code locationBoundary} and each line's {@code gridFactorBoundary} say which factor boundary the location-based
 * figures use (direct, life-cycle where no direct factor is shipped, or mixed; METHODOLOGY.md §3.3). Each line's
 * {@code energyBasis} says where its MWh come from ("runs", the runs of a metered facility, or "metered (…) less runs");
 * {@code meteredFacilities} (absent when none) the facilities whose meter readings set their energy (§3.4).
 */
@JsonPropertyOrder({"report", "year", "generated_at", "reporter", "vintage_window", "runs", "energy_mwh",
        "location_based_t", "location_boundary", "market_based_t"})
public record Scope2ReportData(String report, int year, String generatedAt, String reporter, Window vintageWindow,
                               int runs, @JsonIgnore BigDecimal energyMwh, @JsonIgnore BigDecimal locationBasedT,
                               String locationBoundary, @JsonIgnore BigDecimal marketBasedT,
                               List<Line> lines, List<Applied> instrumentsApplied, List<Warning> warnings,
                               List<String> notes, String rounding, Basis.Data basis,
                               List<ResidualMixUse> residualMixYears,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY) List<MeterUse.Json> meteredFacilities,
                               @JsonIgnore Totals totals, @JsonIgnore List<Uncovered> uncovered,
                               @JsonIgnore List<String> runWarnings, @JsonIgnore String cloudNote,
                               @JsonIgnore String windowLabel) {

    /** JSON: the year's totals exact (their exact sums, {@link Totals#exact}), with the decimals printed. */
    @JsonProperty("energy_mwh")
    @JsonUnwrapped(prefix = "energy_mwh")
    public JsonFigure energyMwhJson() { return JsonFigure.of(totals.exact().get(0), energyMwh); }

    @JsonProperty("location_based_t")
    @JsonUnwrapped(prefix = "location_based_t")
    public JsonFigure locationBasedTJson() { return JsonFigure.of(totals.exact().get(1), locationBasedT); }

    @JsonProperty("market_based_t")
    @JsonUnwrapped(prefix = "market_based_t")
    public JsonFigure marketBasedTJson() { return JsonFigure.of(totals.exact().get(2), marketBasedT); }

    public record Window(String from, String to) {}

    /**
     * One facility / zone and factor line. {@code exact}: the unrounded MWh, location-based, market-based,
     * instrument, residual-mix and grid-average figures and grid factor, in that order.
     */
    @JsonPropertyOrder({"label", "zone", "runs", "energy_mwh", "location_based_t", "market_based_t", "instrument_mwh",
            "residual_mix_mwh", "grid_average_mwh"})
    public record Line(String label, String zone, int runs, @JsonIgnore BigDecimal energyMwh,
                       @JsonIgnore BigDecimal locationBasedT, @JsonIgnore BigDecimal marketBasedT, @JsonIgnore BigDecimal instrumentMwh,
                       @JsonIgnore BigDecimal residualMixMwh, @JsonIgnore BigDecimal gridAverageMwh,
                       @JsonProperty("grid_factor_g_per_kwh") BigDecimal gridFactorGPerKwh, String gridFactorBoundary,
                       String gridFactorSource, String uncoveredBasis,
                       @JsonProperty("uncovered_g_per_kwh") BigDecimal uncoveredGPerKwh, String uncoveredSource,
                       String energyBasis, @JsonIgnore List<BigDecimal> exact) {
        /** JSON: the line's six figures exact ({@code exact}), with the decimals printed (issue 16 item 8). */
        @JsonProperty("energy_mwh")
        @JsonUnwrapped(prefix = "energy_mwh")
        public JsonFigure energyMwhJson() { return JsonFigure.of(exact.get(0), energyMwh); }

        @JsonProperty("location_based_t")
        @JsonUnwrapped(prefix = "location_based_t")
        public JsonFigure locationBasedTJson() { return JsonFigure.of(exact.get(1), locationBasedT); }

        @JsonProperty("market_based_t")
        @JsonUnwrapped(prefix = "market_based_t")
        public JsonFigure marketBasedTJson() { return JsonFigure.of(exact.get(2), marketBasedT); }

        @JsonProperty("instrument_mwh")
        @JsonUnwrapped(prefix = "instrument_mwh")
        public JsonFigure instrumentMwhJson() { return JsonFigure.of(exact.get(3), instrumentMwh); }

        @JsonProperty("residual_mix_mwh")
        @JsonUnwrapped(prefix = "residual_mix_mwh")
        public JsonFigure residualMixMwhJson() { return JsonFigure.of(exact.get(4), residualMixMwh); }

        @JsonProperty("grid_average_mwh")
        @JsonUnwrapped(prefix = "grid_average_mwh")
        public JsonFigure gridAverageMwhJson() { return JsonFigure.of(exact.get(5), gridAverageMwh); }
    }

    /** One instrument allocation; the {@code exact} figures unrounded (document only). */
    @JsonPropertyOrder({"type", "id", "line", "mwh", "rate_g_per_kwh", "co2e_t"})
    public record Applied(String type, String id, String line, @JsonIgnore BigDecimal mwh,
                          @JsonProperty("rate_g_per_kwh") BigDecimal rateGPerKwh, @JsonIgnore BigDecimal co2eT,
                          String vintage, String market, String retiredFor, String registry, boolean hourlyMatched,
                          @JsonIgnore BigDecimal exactMwh, @JsonIgnore BigDecimal exactRate,
                          @JsonIgnore BigDecimal exactCo2eT) {
        /** JSON: the allocation's MWh and tCO2e exact, with the decimals printed (issue 16 item 8). */
        @JsonProperty("mwh")
        @JsonUnwrapped(prefix = "mwh")
        public JsonFigure mwhJson() { return JsonFigure.of(exactMwh, mwh); }

        @JsonProperty("co2e_t")
        @JsonUnwrapped(prefix = "co2e_t")
        public JsonFigure co2eTJson() { return JsonFigure.of(exactCo2eT, co2eT); }
    }

    /** A Scope 2 Quality Criteria or data warning. */
    public record Warning(String code, String subject, String message) {}

    /**
     * The totals of the main table's six columns and of the instruments' tCO2e; {@code exact}: their exact sums in
     * that order, so that a total that is not 0 never prints as 0 (§5.1).
     */
    public record Totals(BigDecimal energyMwh, BigDecimal locationBasedT, BigDecimal marketBasedT, BigDecimal instrumentMwh,
                         BigDecimal residualMixMwh, BigDecimal gridAverageMwh, BigDecimal instrumentsCo2eT,
                         List<BigDecimal> exact) {}

    /** A line's MWh no instrument covers (as its Residual mix / Grid average figure shows), with the factor applied. */
    public record Uncovered(String label, BigDecimal mwh, BigDecimal exactMwh, boolean residualMix, String factor,
                            BigDecimal co2eT, BigDecimal exactCo2eT, String source) {}
}
