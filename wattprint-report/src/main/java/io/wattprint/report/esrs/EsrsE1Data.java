package io.wattprint.report.esrs;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.wattprint.core.figure.Fact;
import io.wattprint.report.Basis;
import io.wattprint.report.ResidualMixUse;
import io.wattprint.report.doc.Notice;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The data of {@code report esrs-e1} ({@link EsrsE1Report#data}): {@code _meta} (years, reporter, boundary, notes,
 * the energy whose source is not determined, the embodied memo, the basis), then one object per ESRS datapoint
 * keyed by its id ({@code E1-5_01} …), in the order of the disclosure; a datapoint's figures exact, with the
 * decimals printed. The whole
 * document is built from it ({@link EsrsE1Document}); the energy-mix, Scope 2 and cloud tables ({@link Tables}) are
 * printed only.
 */
public record EsrsE1Data(@JsonProperty("_meta") Meta meta, @JsonIgnore Map<String, Datapoint> datapoints,
                         @JsonIgnore Tables tables) {

    /** The datapoints after {@code _meta}, each under its id. */
    @JsonAnyGetter
    Map<String, Datapoint> byId() { return datapoints; }

    public record Meta(String report, String standard, int year, int priorYear, String priorYearNote, int baseYear,
                       String baseYearNote, String baseYearBasis, String generatedAt, String reporter, Revenue netRevenue, String energyMixFile,
                       String rounding, List<String> boundary, List<Note> notes, Datapoint energyNotDetermined,
                       Datapoint energyItOnly,
                       @JsonInclude(JsonInclude.Include.NON_NULL) EmbodiedMemo.Data embodiedMemo, Basis.Data basis,
                       String scope2LocationBoundary, Scope3Category3 scope3Category3,
                       List<ResidualMixUse> residualMixYears, List<Restatement> restatements,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY)
                       List<io.wattprint.report.scope2.MeterUse.Json> meteredFacilities) {}

    /**
     * A prior or base year ({@code role}) whose runs were recomputed after it ended (METHODOLOGY §12.4): how many, the
     * sums of their latest and first footprint versions (stored CO2e in tCO2e, facility energy in MWh, exact) and the
     * date (UTC) of the last recomputation.
     */
    public record Restatement(int year, String role, int runs, BigDecimal firstTco2e, BigDecimal latestTco2e,
                              BigDecimal differenceTco2e, BigDecimal firstFacilityMwh, BigDecimal latestFacilityMwh,
                              String lastComputedOn) {}

    /**
     * Scope 3 category 3 of the year (upstream of purchased electricity), part of E1-6_11: the tCO2e where the zone has
     * both a direct and a life-cycle factor (the exact value, with the decimals the report prints it with, as a
     * datapoint's), and the Scope 2 lines where it is not separated or not determined, with why.
     */
    public record Scope3Category3(BigDecimal value, Integer decimals, String unit, String method,
                                  Map<String, String> notSeparated) {
        static Scope3Category3 of(Fact value, String unit, String method, Map<String, String> notSeparated) {
            return new Scope3Category3(Datapoint.exact(value), Datapoint.decimals(value), unit, method, notSeparated);
        }
    }

    /** A note of the report: printed as a notice of its kind, written to JSON as "Kind: text". */
    public record Note(Notice.Kind kind, String text) {
        @JsonValue
        String json() { return kind.label() + ": " + text; }

        Notice notice() { return new Notice(kind, text); }
    }

    /** The year's tables beside the datapoints: own-operations energy by zone, Scope 2 lines, cloud providers. */
    public record Tables(List<EsrsYear.ZoneEnergy> energyMix, List<EsrsYear.Scope2Line> scope2, List<CloudScope3.Line> cloud,
                         List<Category3.Line> category3) {}

    public record Revenue(BigDecimal amount, String currency) {}

    /**
     * One datapoint: its value for the year, the prior year and the base year (null where not available), each the
     * exact value (METHODOLOGY §5.1: exact decimal sums of the stored figures) with the decimals the report prints it
     * with ({@code decimals}, {@code prior_year_decimals}, {@code base_year_decimals}, as an XBRL fact's {@code
     * decimals}), or for a narrative datapoint its {@code text} per year, and the optional fields written only when they
     * apply: XBRL element (ESRS Set 1 taxonomy, EFRAG 2024-08-30), what the figure is of the AI portfolio
     * ({@code ai_portfolio}: its contribution to the undertaking's datapoint, or a share within the portfolio), Scope 3
     * category member, why a
     * value is null, the boundary of the grid factors behind a location-based figure (METHODOLOGY.md §3.3). Printed
     * only: the facts, whose text never shows a figure that is not 0 as 0.
     */
    public record Datapoint(String label, BigDecimal value, Integer decimals, String unit, BigDecimal priorYear,
                            Integer priorYearDecimals, BigDecimal baseYear, Integer baseYearDecimals,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String text,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String priorYearText,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String baseYearText,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String xbrl,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String aiPortfolio,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String scope3CategoryMember,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String note,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String priorYearNote,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String baseYearNote,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String factorBoundary,
                            @JsonIgnore Fact valueFact, @JsonIgnore Fact priorYearFact, @JsonIgnore Fact baseYearFact) {

        static Datapoint of(String label, Fact value, String unit, Fact priorYear, Fact baseYear, String xbrl,
                            String scope3CategoryMember, String note, String priorYearNote, String baseYearNote,
                            String factorBoundary) {
            return new Datapoint(label, exact(value), decimals(value), unit, exact(priorYear), decimals(priorYear),
                    exact(baseYear), decimals(baseYear), null, null, null, xbrl, null, scope3CategoryMember, note,
                    priorYearNote, baseYearNote, factorBoundary, value, priorYear, baseYear);
        }

        /** A datapoint of the list: a figure or a text per year, its XBRL element and what it is of the AI portfolio. */
        static Datapoint of(String label, Fact value, String unit, Fact priorYear, Fact baseYear, String text, String priorYearText,
                            String baseYearText, String xbrl, String aiPortfolio, String scope3CategoryMember, String note,
                            String priorYearNote, String baseYearNote, String factorBoundary) {
            return new Datapoint(label, exact(value), decimals(value), unit, exact(priorYear), decimals(priorYear),
                    exact(baseYear), decimals(baseYear), text, priorYearText, baseYearText, xbrl, aiPortfolio,
                    scope3CategoryMember, note, priorYearNote, baseYearNote, factorBoundary, value, priorYear, baseYear);
        }

        /** The exact value as a JSON fact states it ({@link Fact#stated()}, the one rule of every report). */
        static BigDecimal exact(Fact f) { return f == null ? null : f.stated(); }

        static Integer decimals(Fact f) { return f == null ? null : f.decimals(); }
    }
}
