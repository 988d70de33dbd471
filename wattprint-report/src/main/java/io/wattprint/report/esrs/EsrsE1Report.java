package io.wattprint.report.esrs;

import io.wattprint.core.cloud.CloudEmission;
import io.wattprint.core.embodied.HardwareRecord;
import io.wattprint.core.figure.Fact;
import io.wattprint.core.scope2.ContractualInstrument;
import io.wattprint.core.scope2.ResidualMix;
import io.wattprint.core.scope2.Scope2Factors;
import io.wattprint.report.scope2.FacilityMeters;
import io.wattprint.report.scope2.MeterUse;
import io.wattprint.report.scope2.Scope2Data;
import io.wattprint.ledger.ClosedTotals;
import io.wattprint.ledger.HardwareRepository.StoredHardware;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunRecord;
import io.wattprint.ledger.YearHistory;
import io.wattprint.report.Basis;
import io.wattprint.report.ReportOutput;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * {@code wattprint report esrs-e1}: the ESRS E1 datapoints of the AI portfolio (E1-5 energy consumption and mix in
 * MWh, E1-6 gross Scope 1, 2 (location- and market-based), 3 and total GHG emissions in tCO2e, and the GHG intensity
 * per net revenue), for a reporting year with the prior year and a base year beside it.
 *
 * <p>Boundary: runs closed in the calendar year (UTC). A run in a cloud region is purchased cloud compute, Scope 3
 * category 1 ({@code Category11CloudComputingAndDataCentreServicesMember}); every other run (own or colocated
 * hardware) is Scope 2 and its facility energy is own-operations energy (E1-5). See {@link EsrsYear},
 * {@link CloudScope3} and {@link EnergyMix} for the rules.
 */
public final class EsrsE1Report {
    public static final String KIND = "esrs-e1";
    public static final String CLOUD_MEMBER = "Category11CloudComputingAndDataCentreServicesMember";
    static final String FIRST_YEAR = "n/a — first reporting year";
    static final String NO_REVENUE = "not reported: no net revenue given";
    static final String NO_SCOPE1 = "not reported: wattprint records no fuel combustion";

    /**
     * What the user chose; {@code baseYear} null = the default ({@link BaseYear}: the first year with runs in all 12
     * months, else the earliest year with closed runs); {@code netRevenue} null = none.
     */
    public record Options(int year, Integer baseYear, BigDecimal netRevenue, String currency, EnergyMix mix, String reporter,
                          int monthsBefore, int monthsAfter) {
        public Options {
            Objects.requireNonNull(mix, "mix");
            if (currency == null || currency.isBlank()) currency = "EUR";
            if (netRevenue != null && netRevenue.signum() <= 0) throw new IllegalArgumentException("net revenue must be greater than 0");
            if (baseYear != null && baseYear > year) throw new IllegalArgumentException("the base year must not be after the year");
        }
    }

    /**
     * What the report reads from the ledger: the sums over the runs closed per year ({@link ClosedTotals}, at least
     * the report's and the prior year, from the earliest year with closed runs when earlier), the earliest year in
     * which a run started before the end of the report's year closed (null for none) and the same years' history
     * ({@link YearHistory}: months with footprints, runs recomputed after the year), which choose the default base
     * year and the restatements.
     */
    public record Inputs(ClosedTotals totals, Integer earliestYear, List<ContractualInstrument> instruments,
                         List<ResidualMix> residualMixes, List<CloudEmission> cloudRows, List<HardwareRecord> hardware,
                         Map<Integer, YearHistory> history, FacilityMeters meters) {
        public Inputs {
            history = Map.copyOf(history);
            java.util.Objects.requireNonNull(meters, "meters");
        }

        /** Without meter readings: every facility's energy is its runs'. */
        public Inputs(ClosedTotals totals, Integer earliestYear, List<ContractualInstrument> instruments,
                      List<ResidualMix> residualMixes, List<CloudEmission> cloudRows, List<HardwareRecord> hardware,
                      Map<Integer, YearHistory> history) {
            this(totals, earliestYear, instruments, residualMixes, cloudRows, hardware, history, FacilityMeters.none());
        }

        public static Inputs empty() { return new Inputs(List.of(), List.of(), List.of(), List.of(), List.of()); }

        /** Whether any hardware record exists (the embodied memo line). */
        public boolean hardwareRecorded() { return !hardware.isEmpty(); }

        /**
         * From runs already read (each with its latest footprint): every run closed, in any year; their months with
         * footprints, but no restatement (the earlier versions are not read).
         */
        public Inputs(List<RunRecord> runs, List<ContractualInstrument> instruments, List<ResidualMix> residualMixes,
                      List<CloudEmission> cloudRows, List<HardwareRecord> hardware) {
            this(ClosedTotals.of(runs, null, null), EsrsE1Report.earliestYear(runs), instruments, residualMixes, cloudRows, hardware,
                    EsrsE1Report.months(runs));
        }

        /**
         * The runs closed from the start of the earliest year with closed runs (among runs started before the end of
         * {@code year}), or of the prior year when later, to the end of {@code year}, summed by the ledger.
         */
        public static Inputs read(Ledger l, int year) {
            Instant end = Instant.parse((year + 1) + "-01-01T00:00:00Z");
            Integer earliest = l.runs().earliestEnd(end).map(t -> t.atZone(ZoneOffset.UTC).getYear()).orElse(null);
            int from = earliest == null ? year - 1 : Math.min(earliest, year - 1);
            Instant start = Instant.parse(String.format(java.util.Locale.ROOT, "%04d-01-01T00:00:00Z", from));
            ClosedTotals totals = l.footprints().closedTotals(start, end);
            return new Inputs(totals, earliest, l.instruments().list(), l.instruments().residualMixes(),
                    l.cloudEmissions().current(null, end), l.hardware().list().stream().map(StoredHardware::record).toList(),
                    l.footprints().yearHistory(start, end), FacilityMeters.read(l));
        }
    }

    /**
     * One datapoint of the list: a figure per year ({@code value}) or a narrative text ({@code text}), its XBRL element
     * in the ESRS Set 1 taxonomy ({@link #TAXONOMY}) and what it is of the AI portfolio ({@code portfolio}).
     */
    private record Datapoint(String id, String label, String unit, String xbrl, Function<EsrsYear, Fact> value,
                             String whyNull, Function<EsrsYear, String> text, String portfolio) {
        Datapoint(String id, String label, String unit, String xbrl, Function<EsrsYear, Fact> value, String whyNull,
                  String portfolio) {
            this(id, label, unit, xbrl, value, whyNull, null, portfolio);
        }
    }

    /**
     * The XBRL taxonomy whose elements the datapoints name (local names in the {@code esrs} namespace
     * https://xbrl.efrag.org/taxonomy/esrs/2023-12-22, verified against EFRAG's "Annex 1 - ESRS Set 1 XBRL Taxonomy
     * illustrated in Excel", dated 2024-08-30, entry point esrs_all.xsd; METHODOLOGY §12.4).
     */
    public static final String TAXONOMY = "ESRS Set 1 XBRL Taxonomy (EFRAG, 2024-08-30; namespace "
            + "https://xbrl.efrag.org/taxonomy/esrs/2023-12-22)";
    /** What an amount (MWh, tCO2e, an intensity over the undertaking's revenue) is of the undertaking's datapoint. */
    static final String CONTRIBUTION = "contribution: this AI portfolio's part of the undertaking's datapoint, which "
            + "adds the rest of its activities";
    /** What a share is: within the portfolio, not the undertaking's share and not additive. */
    static final String SHARE = "share within this AI portfolio: not the undertaking's share and not additive";
    /** What a narrative datapoint is. */
    static final String PART = "this AI portfolio's part of the undertaking's disclosure";
    /** The revenue given. */
    static final String GIVEN = "the undertaking's net revenue, as given (--net-revenue)";

    /** Datapoints whose figure rests on location-based grid factors, and so states their boundary. */
    private static final java.util.Set<String> LOCATION_BASED = java.util.Set.of("E1-6_09", "E1-6_12", "E1-6_30");

    private EsrsE1Report() {}

    /** The earliest year in which a run closed, or null for none. */
    public static Integer earliestYear(List<RunRecord> runs) {
        Integer min = null;
        for (RunRecord r : runs) {
            if (r.run().end() == null) continue;
            int y = r.run().end().atZone(ZoneOffset.UTC).getYear();
            if (min == null || y < min) min = y;
        }
        return min;
    }

    /** Per year, the months in which a run with a footprint closed (UTC); no restatement. */
    static Map<Integer, YearHistory> months(List<RunRecord> runs) {
        Map<Integer, java.util.Set<Integer>> months = new java.util.TreeMap<>();
        for (RunRecord r : runs) {
            if (r.run().end() == null || r.footprint() == null) continue;
            var end = r.run().end().atZone(ZoneOffset.UTC);
            months.computeIfAbsent(end.getYear(), y -> new java.util.TreeSet<>()).add(end.getMonthValue());
        }
        Map<Integer, YearHistory> out = new java.util.TreeMap<>();
        months.forEach((y, m) -> out.put(y, new YearHistory(y, m, 0, 0, 0, 0, 0, null)));
        return out;
    }

    public static ReportOutput build(Inputs in, Options o, Instant generatedAt) {
        return build(in, o, generatedAt, Scope2Data.shipped());
    }

    /** As {@link #build(Inputs, Options, Instant)}, with location-based Scope 2 factors chosen by {@code factors}. */
    public static ReportOutput build(Inputs in, Options o, Instant generatedAt, Scope2Factors factors) {
        int year = o.year();
        Integer earliest = in.earliestYear();
        BaseYear.Choice choice = BaseYear.choose(o.baseYear(), year, earliest, in.history());
        int base = choice.year();
        String cur = o.currency().strip().toUpperCase(java.util.Locale.ROOT);
        EsrsYear now = compute(in, o, year, o.netRevenue(), factors);
        EsrsYear prior = compute(in, o, year - 1, null, factors);
        EsrsYear baseY = base == year ? now : base == year - 1 ? prior : compute(in, o, base, null, factors);
        boolean dataBefore = (earliest != null && earliest < year)
                || in.cloudRows().stream().anyMatch(e -> e.period().from().atZone(ZoneOffset.UTC).getYear() < year);
        String priorNa = prior.hasData ? null : dataBefore ? "n/a — no data for " + (year - 1) : FIRST_YEAR;
        String baseNa = baseY.hasData || base == year ? null : "n/a — no data for base year " + base;

        EmbodiedMemo memo = EmbodiedMemo.of(in.hardware(), year);
        List<EsrsE1Data.Restatement> restated = BaseYear.restatements(year, base, in.history());
        List<EsrsE1Data.Note> notes = EsrsNotes.of(now, o, memo, priorNa, restated);
        notes.addAll(CloudNotes.basis(now, prior, baseY, base));
        Basis basis = Basis.of(now.totals);
        EsrsE1Data data = data(o, generatedAt, now, prior, baseY, choice, cur, priorNa, baseNa, notes, memo, basis, restated);
        return new ReportOutput(EsrsE1Document.of(data, basis.blocks(), generatedAt), data);
    }

    private static EsrsYear compute(Inputs in, Options o, int y, BigDecimal revenue, Scope2Factors factors) {
        List<CloudEmission> rows = new ArrayList<>();
        for (CloudEmission e : in.cloudRows()) if (e.period().from().atZone(ZoneOffset.UTC).getYear() == y) rows.add(e);
        return new EsrsYear(y, in.totals().inYear(y), in.instruments(), in.residualMixes(), rows, o.mix(), o.reporter(), o.monthsBefore(),
                o.monthsAfter(), revenue, factors, in.meters());
    }

    private static List<Datapoint> datapoints(String cur, BigDecimal revenue, int year) {
        String noEnergy = "n/a — no energy consumed";
        return List.of(
                new Datapoint("E1-5_01", "Total energy consumption related to own operations", "MWh",
                        "esrs:EnergyConsumptionRelatedToOwnOperations", y -> y.e15TotalFact, null, CONTRIBUTION),
                new Datapoint("E1-5_02", "Energy consumption from fossil sources", "MWh", "esrs:EnergyConsumptionFromFossilSources",
                        y -> y.fossilFact, null, CONTRIBUTION),
                new Datapoint("E1-5_03", "Energy consumption from nuclear sources", "MWh", "esrs:EnergyConsumptionFromNuclearSources",
                        y -> y.nuclearFact, null, CONTRIBUTION),
                new Datapoint("E1-5_04", "Share of nuclear sources in total energy consumption", "%",
                        "esrs:PercentageOfEnergyConsumptionFromNuclearSourcesInTotalEnergyConsumption",
                        EsrsCompleteness::nuclearShare, noEnergy, SHARE),
                new Datapoint("E1-5_05", "Energy consumption from renewable sources", "MWh", "esrs:EnergyConsumptionFromRenewableSources",
                        y -> y.renewableFact, null, CONTRIBUTION),
                new Datapoint("E1-5_07", "Consumption of purchased or acquired electricity from renewable sources (own-operations "
                        + "energy is purchased electricity: = E1-5_05)", "MWh",
                        "esrs:ConsumptionOfPurchasedOrAcquiredElectricityHeatSteamAndCoolingFromRenewableSources",
                        y -> y.renewableFact, null, CONTRIBUTION),
                new Datapoint("E1-5_09", "Share of renewable sources in total energy consumption", "%",
                        "esrs:PercentageOfRenewableSourcesInTotalEnergyConsumption", y -> y.renewablePctFact, noEnergy, SHARE),
                new Datapoint("E1-5_14", "Consumption of purchased or acquired electricity from fossil sources (= E1-5_02)", "MWh",
                        "esrs:ConsumptionOfPurchasedOrAcquiredElectricityHeatSteamOrCoolingFromFossilSources", y -> y.fossilFact,
                        null, CONTRIBUTION),
                new Datapoint("E1-5_15", "Share of fossil sources in total energy consumption", "%",
                        "esrs:PercentageOfFossilSourcesInTotalEnergyConsumption", EsrsCompleteness::fossilShare, noEnergy, SHARE),
                new Datapoint("E1-6_07", "Gross Scope 1 GHG emissions", "tCO2e", "esrs:GrossScope1GreenhouseGasEmissions", y -> null,
                        NO_SCOPE1, CONTRIBUTION),
                new Datapoint("E1-6_09", "Gross location-based Scope 2 GHG emissions", "tCO2e",
                        "esrs:GrossLocationBasedScope2GreenhouseGasEmissions", y -> y.scope2LocationFact, null, CONTRIBUTION),
                new Datapoint("E1-6_10", "Gross market-based Scope 2 GHG emissions", "tCO2e",
                        "esrs:GrossMarketBasedScope2GreenhouseGasEmissions", y -> y.scope2MarketFact, null, CONTRIBUTION),
                new Datapoint("E1-6_11", "Gross Scope 3 GHG emissions (category 1: purchased cloud compute; category 3: upstream "
                        + "of purchased electricity, where determined)", "tCO2e",
                        "esrs:GrossScope3GreenhouseGasEmissions", y -> y.scope3Fact, null, CONTRIBUTION),
                new Datapoint("E1-6_12", "AI portfolio's contribution to total GHG emissions (location-based), Scope 1 excluded",
                        "tCO2e", "esrs:LocationBasedGreenhouseGasEmissions", y -> y.totalLocationFact, null, CONTRIBUTION),
                new Datapoint("E1-6_13", "AI portfolio's contribution to total GHG emissions (market-based), Scope 1 excluded",
                        "tCO2e", "esrs:MarketBasedGreenhouseGasEmissions", y -> y.totalMarketFact, null, CONTRIBUTION),
                new Datapoint("E1-6_18", "Share of own-operations Scope 2 electricity (MWh) covered by contractual instruments",
                        "%", "esrs:PercentageOfContractualInstrumentsScope2GHGEmissions", EsrsCompleteness::instrumentShare,
                        "n/a — no own-operations electricity", SHARE),
                new Datapoint("E1-6_19", "Types of contractual instruments applied to own-operations electricity (Scope 2)", null,
                        "esrs:DisclosureOfTypesOfContractualInstrumentsScope2GHGEmissionsExplanatory", y -> null, null,
                        EsrsCompleteness::instrumentTypes, PART),
                new Datapoint("E1-6_25", "Share of Scope 3 GHG emissions calculated from primary data obtained from suppliers "
                        + "(cloud providers' reported emissions)", "%",
                        "esrs:PercentageOfGrossScope3GreenhouseGasEmissionsCalculatedUsingPrimaryDataObtainedFromSuppliersOrOtherValueChainPartners",
                        EsrsCompleteness::primaryShare, "n/a — no Scope 3 emissions", SHARE),
                new Datapoint("E1-6_27", "Scope 3 categories included (GHG Protocol)", null,
                        "esrs:ListOfScope3GHGEmissionsCategoriesIncludedInInventoryGHGProtocol", y -> null, null,
                        EsrsCompleteness::categories, PART),
                new Datapoint("E1-6_29", "Calculation method of each Scope 3 category included", null,
                        "esrs:DisclosureOfReportingBoundariesConsideredAndCalculationMethodsForEstimatingScope3GHGEmissionsCategoryAndIfRelevantCalculationToolsAppliedExplanatory",
                        y -> null, null, EsrsCompleteness::methods, PART),
                new Datapoint("E1-6_30", "AI portfolio's contribution to GHG intensity per net revenue (location-based)",
                        "tCO2e per million " + cur, "esrs:GHGEmissionsIntensityLocationbasedTotalGHGEmissionsPerNetRevenue",
                        y -> y.intensityLocationFact, NO_REVENUE, CONTRIBUTION),
                new Datapoint("E1-6_31", "AI portfolio's contribution to GHG intensity per net revenue (market-based)",
                        "tCO2e per million " + cur, "esrs:GHGEmissionsIntensityMarketbasedTotalGHGEmissionsPerNetRevenue",
                        y -> y.intensityMarketFact, NO_REVENUE, CONTRIBUTION),
                new Datapoint("E1-6_34", "Net revenue used to calculate the GHG intensity", cur,
                        "esrs:NetRevenueUsedToCalculateGHGIntensity",
                        y -> y.year == year && revenue != null ? new Fact(revenue, revenue) : null, NO_REVENUE, GIVEN));
    }

    /** The report's data: {@code _meta} and the datapoints of the year, the prior year and the base year. */
    private static EsrsE1Data data(Options o, Instant generatedAt, EsrsYear now, EsrsYear prior, EsrsYear baseY,
                                   BaseYear.Choice base, String cur, String priorNa, String baseNa, List<EsrsE1Data.Note> notes,
                                   EmbodiedMemo memo, Basis basis, List<EsrsE1Data.Restatement> restated) {
        int year = o.year();
        EsrsE1Data.Datapoint nd = EsrsE1Data.Datapoint.of("Energy consumption whose source is not determined (part of E1-5_01)",
                now.notDeterminedFact, "MWh", priorNa == null ? prior.notDeterminedFact : null,
                baseNa == null ? baseY.notDeterminedFact : null, null, null, null, null, null, null);
        EsrsE1Data.Datapoint itOnly = EsrsE1Data.Datapoint.of("Energy consumption counted as IT energy only, no PUE known "
                + "(part of E1-5_01)", now.e15ItOnlyFact, "MWh", priorNa == null ? prior.e15ItOnlyFact : null,
                baseNa == null ? baseY.e15ItOnlyFact : null, null, null, null, null, null, null);
        EsrsE1Data.Meta meta = new EsrsE1Data.Meta(KIND, "ESRS E1 (Commission Delegated Regulation (EU) 2023/2772)", year,
                year - 1, priorNa, base.year(), baseNa, base.basis(), generatedAt.toString(), o.reporter() == null ? null : o.reporter().strip(),
                o.netRevenue() == null ? null : new EsrsE1Data.Revenue(o.netRevenue(), cur), o.mix().file(),
                "MWh and tCO2e to 3 decimals, % to 2, intensity to 3: a total is the exact sum rounded half-up, "
                        + "its parts are apportioned to it by the largest remainder; E1-6_12/13 are the sums of E1-6_09/10 and E1-6_11; "
                        + "a figure that is not 0 but rounds to 0 prints its first three significant digits. Each value is "
                        + "exact, with the decimals it is printed with",
                boundary(year), notes, nd, itOnly, memo == null ? null : memo.data(), basis.data(), now.scope2Boundary,
                category3(now), now.residualMixYears, restated,
                now.own.meters().stream().map(MeterUse::json).toList());
        Map<String, EsrsE1Data.Datapoint> dps = new LinkedHashMap<>();
        for (Datapoint d : datapoints(cur, o.netRevenue(), year)) {
            Fact v = d.value().apply(now);
            Fact p = priorNa == null ? d.value().apply(prior) : null;
            Fact b = baseNa == null ? d.value().apply(baseY) : null;
            String t = d.text() == null ? null : d.text().apply(now);
            String pt = d.text() == null || priorNa != null ? null : d.text().apply(prior);
            String bt = d.text() == null || baseNa != null ? null : d.text().apply(baseY);
            dps.put(d.id(), EsrsE1Data.Datapoint.of(d.label(), v, d.unit(), p, b, t, pt, bt, d.xbrl(), d.portfolio(),
                    d.id().equals("E1-6_11") ? CLOUD_MEMBER : null, v == null && t == null ? d.whyNull() : null,
                    priorNa != null ? priorNa : p == null && pt == null ? d.whyNull() : null,
                    baseNa != null ? baseNa : b == null && bt == null ? d.whyNull() : null,
                    LOCATION_BASED.contains(d.id()) ? now.scope2Boundary : null));
        }
        return new EsrsE1Data(meta, dps, new EsrsE1Data.Tables(now.energy, now.scope2, now.cloud, now.category3));
    }

    /** The year's Scope 3 category 3 figure and the lines it does not separate, for {@code _meta}. */
    private static EsrsE1Data.Scope3Category3 category3(EsrsYear y) {
        Map<String, String> open = new LinkedHashMap<>();
        for (Category3.Line l : y.category3) if (l.tonnes() == null) open.put(l.label(), l.status());
        return EsrsE1Data.Scope3Category3.of(y.scope3Category3Fact, "tCO2e", "MWh × (life-cycle − direct factor of the zone) / 1000, "
                + "per Scope 2 line where both factors are shipped; well-to-tank and T&D losses not separately known", open);
    }

    static List<String> boundary(int year) {
        return List.of(
                "Runs closed in " + year + " (UTC), each with its latest stored footprint; the prior and base years the same way.",
                "The AI portfolio only: the workloads in the ledger, not the whole undertaking. Each amount (MWh, tCO2e, "
                        + "intensity per the undertaking's net revenue) is this portfolio's contribution to the undertaking's "
                        + "datapoint of that id, which adds the rest of its activities; each share (%) is within the portfolio. "
                        + "XBRL elements: " + TAXONOMY + ".",
                "Own operations: runs on own or colocated hardware (no cloud region) are Scope 2 (E1-6_09, E1-6_10) and their "
                        + "facility energy (IT energy × PUE) is own-operations energy (E1-5); a run with no PUE known counts "
                        + "its IT energy only, shown on its own line under E1-5_01 and warned.",
                "Purchased cloud compute: runs in a cloud region are Scope 3 category 1 (" + CLOUD_MEMBER + ", E1-6_11), "
                        + "not Scope 2 and not own-operations energy; a provider's own reported emissions replace its runs' "
                        + "estimate for the year.",
                "Scope 1 (E1-6_07) is not reported: wattprint records no fuel combustion; E1-6_12 and E1-6_13 exclude it.",
                "Embodied hardware carbon is not in E1-6_11.",
                "Grid factors: location-based Scope 2 uses direct (combustion) factors where shipped; the life-cycle remainder "
                        + "of the same energy is Scope 3 category 3 (in E1-6_11). A zone without a direct factor keeps its "
                        + "life-cycle factor in Scope 2, and the factor boundary of each figure is stated.");
    }
}
