package io.wattprint.core.scope2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.scope2.Scope2Warning.Code;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarketBasedScope2Test {
    static final Instant Y2026 = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant Y2027 = Instant.parse("2027-01-01T00:00:00Z");
    static final Scope2Rules RULES = Scope2Rules.calendarYear(2026, "ACME");
    static final ResidualMix FR_RM = new ResidualMix("FR", 2026, CarbonIntensity.ofTonnesPerMwh(0.550), "AIB European Residual Mixes 2026");

    /** DOMAIN.md §2: 1,000 MWh on a 0.400 t/MWh grid. */
    static ConsumptionLine fr1000() {
        return ConsumptionLine.of("FR", "FR", Y2026, Y2027, Energy.ofMegawattHours(1000), CarbonIntensity.ofTonnesPerMwh(0.400),
                "Ember 2026");
    }

    static ContractualInstrument.Builder go(String id, double mwh) {
        return ContractualInstrument.builder(id, InstrumentType.GO).megawattHours(mwh).vintageYear(2026).zone("FR")
                .retiredFor("ACME").registry("EECS " + id);
    }

    static DualScope2 compute(List<ContractualInstrument> instruments, List<ResidualMix> mixes, ConsumptionLine... lines) {
        return new MarketBasedScope2().compute(List.of(lines), instruments, mixes, RULES);
    }

    private static List<Code> codes(DualScope2 r) { return r.warnings().stream().map(Scope2Warning::code).toList(); }

    @Test
    void domainOracleSixHundredMwhOfGosGiveLocation400AndMarket220Tonnes() {
        DualScope2 r = compute(List.of(go("GO-1", 600).build()), List.of(FR_RM), fr1000());

        // location: 1,000 MWh × 0.400 t/MWh = 400 t; market: 600 × 0 + 400 × 0.550 = 220 t (DOMAIN.md §2).
        assertThat(r.locationBased().tonnes()).isEqualTo(400.0);
        assertThat(r.marketBased().tonnes()).isEqualTo(220.0);
        assertThat(r.warnings()).isEmpty();
        DualScope2.Line line = r.lines().get(0);
        assertThat(line.instrumentEnergy().megawattHours()).isEqualTo(600.0);
        assertThat(line.uncovered().megawattHours()).isEqualTo(400.0);
        assertThat(line.uncoveredLevel()).isEqualTo(Hierarchy.RESIDUAL_MIX);
        assertThat(r.surplus()).isEmpty();
    }

    @Test
    void withoutInstrumentsTheWholeConsumptionGetsTheResidualMix() {
        DualScope2 r = compute(List.of(), List.of(FR_RM), fr1000());

        // 1,000 MWh × 0.550 t/MWh = 550 t (DOMAIN.md §2).
        assertThat(r.locationBased().tonnes()).isEqualTo(400.0);
        assertThat(r.marketBased().tonnes()).isEqualTo(550.0);
    }

    @Test
    void withNoResidualMixKnownTheGridAverageIsUsedAndDisclosed() {
        DualScope2 r = compute(List.of(go("GO-1", 600).build()), List.of(), fr1000());

        // 600 × 0 + 400 MWh × 0.400 t/MWh = 160 t
        assertThat(r.marketBased().tonnes()).isEqualTo(160.0);
        assertThat(r.lines().get(0).uncoveredLevel()).isEqualTo(Hierarchy.GRID_AVERAGE);
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(Code.GRID_AVERAGE_USED);
            assertThat(w.message()).isEqualTo("no residual mix known for FR 2026 or an earlier year: 400 MWh not covered by instruments got the "
                    + "grid average 400.00 gCO2e/kWh instead; this counts again attributes others claimed "
                    + "(GHG Protocol Scope 2 Guidance (2015): disclose)");
        });
        assertThat(String.join("\n", r.marketExplanation().render())).contains(
                "grid average (no residual mix known): 400 MWh × 400.000 gCO2e/kWh = 160 t CO2e  — grid average (location-based factor): Ember 2026");
    }

    @Test
    void aResidualMixOfAnotherZoneDoesNotApply() {
        ResidualMix de = new ResidualMix("DE", 2026, CarbonIntensity.ofGramsPerKwh(700), "AIB");
        DualScope2 r = compute(List.of(), List.of(de), fr1000());

        assertThat(r.marketBased().tonnes()).isEqualTo(400.0);
        assertThat(codes(r)).containsExactly(Code.GRID_AVERAGE_USED);
    }

    @Test
    void theLatestEarlierYearsResidualMixIsUsedWhenTheConsumptionYearHasNoneAndThatIsDisclosed() {
        ResidualMix fr2025 = new ResidualMix("FR", 2025, CarbonIntensity.ofGramsPerKwh(500), "AIB 2025");
        DualScope2 r = compute(List.of(), List.of(fr2025), fr1000());

        assertThat(r.marketBased().tonnes()).isEqualTo(500.0);
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(Code.RESIDUAL_MIX_OTHER_YEAR);
            assertThat(w.message()).isEqualTo("residual mix FR: no factor for 2026; the 2025 factor (500.00 gCO2e/kWh, AIB 2025) "
                    + "applied to 1000 MWh (latest earlier published year)");
        });
    }

    /**
     * Issue 16 item 6: a later year's residual mix is never used (ResidualMixYears' rule). DOMAIN.md §2's example
     * without GOs: 1,000 MWh FR, grid 0.400 t/MWh, only a 2027 mix at 0.550 → the grid average, 1,000 × 0.400 = 400 t,
     * disclosed; the old nearest-year rule gave 1,000 × 0.550 = 550 t.
     */
    @Test
    void aLaterYearsResidualMixIsNeverUsedAndTheGridAverageIsDisclosed() {
        ResidualMix fr2027 = new ResidualMix("FR", 2027, CarbonIntensity.ofGramsPerKwh(550), "AIB 2027");
        DualScope2 r = compute(List.of(), List.of(fr2027), fr1000());

        assertThat(r.marketBased().tonnes()).isEqualTo(400.0);
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(Code.GRID_AVERAGE_USED);
            assertThat(w.message()).startsWith("no residual mix known for FR 2026 or an earlier year (the 2027 one is later and "
                    + "not used): 1000 MWh not covered by instruments got the grid average 400.00 gCO2e/kWh instead");
        });
    }

    @Test
    void aResidualMixRecordedLaterForTheSameZoneAndYearReplacesTheEarlierOne() {
        ResidualMix corrected = new ResidualMix("FR", 2026, CarbonIntensity.ofGramsPerKwh(560), "AIB 2026 v1.1");
        DualScope2 r = compute(List.of(), List.of(FR_RM, corrected), fr1000());

        assertThat(r.marketBased().tonnes()).isEqualTo(560.0);
        assertThat(String.join("\n", r.marketExplanation().render()))
                .contains("1 earlier residual mix(es) for FR 2026 replaced by the one recorded last (source: AIB 2026 v1.1)");
    }

    @Test
    void theHierarchyAppliesEacsThenPpasThenSupplierRatesWhateverTheirIds() {
        // Ids sort the other way round (A-PPA < B-SUP < Z-GO): order must come from the hierarchy.
        ContractualInstrument ppa = ContractualInstrument.builder("A-PPA", InstrumentType.PPA).megawattHours(500)
                .vintageYear(2026).zone("FR").rateGramsPerKwh(100).retiredFor("ACME").build();
        ContractualInstrument supplier = ContractualInstrument.builder("B-SUP", InstrumentType.SUPPLIER_RATE).megawattHours(1000)
                .vintageYear(2026).zone("FR").rateGramsPerKwh(200).build();
        ContractualInstrument eac = go("Z-GO", 300).build();

        DualScope2 r = compute(List.of(supplier, ppa, eac), List.of(FR_RM), fr1000());

        // GO 300 MWh × 0 + PPA 500 MWh × 100 g/kWh (50 t) + supplier 200 MWh × 200 g/kWh (40 t) = 90 t; nothing left for the residual mix.
        assertThat(r.allocations()).extracting(a -> a.instrument().id() + "=" + a.energy().megawattHours())
                .containsExactly("Z-GO=300.0", "A-PPA=500.0", "B-SUP=200.0");
        assertThat(r.marketBased().tonnes()).isCloseTo(90.0, within(1e-9));
        assertThat(r.lines().get(0).uncovered()).isEqualTo(Energy.ZERO);
        assertThat(r.lines().get(0).uncoveredLevel()).isNull();
        assertThat(r.surplus()).singleElement().satisfies(s -> {
            assertThat(s.instrument().id()).isEqualTo("B-SUP");
            assertThat(s.unused().megawattHours()).isEqualTo(800.0);
        });
    }

    @Test
    void anInstrumentIsUsedOnceAcrossLines() {
        ConsumptionLine a = ConsumptionLine.of("FR site a", "FR", Y2026, Y2027, Energy.ofMegawattHours(300),
                CarbonIntensity.ofGramsPerKwh(400), "Ember");
        ConsumptionLine b = ConsumptionLine.of("FR site b", "FR", Y2026, Y2027, Energy.ofMegawattHours(300),
                CarbonIntensity.ofGramsPerKwh(400), "Ember");

        DualScope2 r = compute(List.of(go("GO-1", 400).build()), List.of(FR_RM), a, b);

        // site a takes 300 MWh, site b the remaining 100; 200 MWh of b at 550 g/kWh = 110 t.
        assertThat(r.lines()).extracting(l -> l.instrumentEnergy().megawattHours()).containsExactly(300.0, 100.0);
        assertThat(r.marketBased().tonnes()).isEqualTo(110.0);
        assertThat(r.zones()).singleElement().satisfies(z -> {
            assertThat(z.energy().megawattHours()).isEqualTo(600.0);
            assertThat(z.instrumentEnergy().megawattHours()).isEqualTo(400.0);
            assertThat(z.residualMixEnergy().megawattHours()).isEqualTo(200.0);
            assertThat(z.locationBased().tonnes()).isEqualTo(240.0);
        });
    }

    @Test
    void aMarketOfSeveralZonesCoversConsumptionInAnyOfThem() {
        ConsumptionLine de = ConsumptionLine.of("DE", "DE", Y2026, Y2027, Energy.ofMegawattHours(100),
                CarbonIntensity.ofGramsPerKwh(350), "Ember");
        ContractualInstrument eu = go("GO-EU", 600).market(new MarketBoundary("EU-AIB", Set.of("FR", "DE", "NL"))).build();

        DualScope2 r = compute(List.of(eu), List.of(FR_RM), fr1000(), de);

        // DE (sorted first) takes 100 MWh, FR 500; FR: 500 MWh × 550 = 275 t; DE has no residual mix: none uncovered, so no warning.
        assertThat(r.allocations()).extracting(a -> a.line().zone() + "=" + a.energy().megawattHours())
                .containsExactly("DE=100.0", "FR=500.0");
        assertThat(r.marketBased().tonnes()).isEqualTo(275.0);
        assertThat(r.warnings()).isEmpty();
        assertThat(r.zones()).extracting(DualScope2.ZoneTotal::zone).containsExactly("DE", "FR");
    }

    @Test
    void anInstrumentWithMoreThanTheConsumptionLeavesASurplusThatIsReported() {
        DualScope2 r = compute(List.of(go("GO-9", 1200).build()), List.of(FR_RM), fr1000());

        assertThat(r.marketBased().tonnes()).isEqualTo(0.0);
        assertThat(r.surplus()).singleElement().satisfies(s -> assertThat(s.unused().megawattHours()).isEqualTo(200.0));
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(Code.SURPLUS);
            assertThat(w.message()).isEqualTo("instrument GO-9: 200 of its 1200 MWh not used by consumption in its market in 2026; "
                    + "surplus, not carried over");
        });
    }

    @Test
    void hourlyProfilesAreMatchedHourByHour() {
        Instant h0 = Instant.parse("2026-06-01T12:00:00Z");
        Instant h1 = h0.plusSeconds(3600);
        HourlyProfile supply = HourlyProfile.of(Map.of(h0, Energy.ofMegawattHours(1), h1, Energy.ofMegawattHours(1)));
        HourlyProfile use = HourlyProfile.of(Map.of(h0, Energy.ofMegawattHours(0.5), h1, Energy.ofMegawattHours(2)));
        ConsumptionLine line = new ConsumptionLine("FR hourly", "FR", Y2026, Y2027, Energy.ofMegawattHours(2.5),
                CarbonIntensity.ofGramsPerKwh(400), "Ember", use);

        DualScope2 r = compute(List.of(go("GO-H", 2).hourly(supply).build()), List.of(FR_RM), line);

        // h0: min(1, 0.5) = 0.5; h1: min(1, 2) = 1 → 1.5 MWh applied, 0.5 MWh of h0 left over; 1 MWh uncovered × 550 g/kWh.
        Allocation a = r.allocations().get(0);
        assertThat(a.hourlyMatched()).isTrue();
        assertThat(a.energy().megawattHours()).isEqualTo(1.5);
        assertThat(a.instrumentHours()).isEqualTo(new java.util.TreeMap<>(Map.of(h0, Energy.ofMegawattHours(0.5), h1, Energy.ofMegawattHours(1))));
        assertThat(r.surplus()).singleElement().satisfies(s -> assertThat(s.unused().megawattHours()).isEqualTo(0.5));
        assertThat(r.marketBased().tonnes()).isEqualTo(0.55);
    }

    @Test
    void anHourlyInstrumentAgainstAnnualConsumptionIsMatchedOnTotalsEarliestHoursFirst() {
        Instant h0 = Instant.parse("2026-06-01T12:00:00Z");
        Instant h1 = h0.plusSeconds(3600);
        HourlyProfile supply = HourlyProfile.of(Map.of(h0, Energy.ofMegawattHours(1), h1, Energy.ofMegawattHours(1)));
        ConsumptionLine small = ConsumptionLine.of("FR", "FR", Y2026, Y2027, Energy.ofMegawattHours(1.5),
                CarbonIntensity.ofGramsPerKwh(400), "Ember");

        DualScope2 r = compute(List.of(go("GO-H", 2).hourly(supply).build()), List.of(FR_RM), small);

        Allocation a = r.allocations().get(0);
        assertThat(a.hourlyMatched()).isFalse();
        assertThat(a.instrumentHours()).isEqualTo(new java.util.TreeMap<>(Map.of(h0, Energy.ofMegawattHours(1), h1, Energy.ofMegawattHours(0.5))));
        assertThat(r.marketBased().tonnes()).isEqualTo(0.0);
    }

    @Test
    void theMarketExplanationListsEachInstrumentAndTheResidualMixWithItsSource() {
        DualScope2 r = compute(List.of(go("GO-1", 600).build()), List.of(FR_RM), fr1000());

        assertThat(r.marketExplanation().render()).containsExactly(
                "Scope 2 market-based 2026 = 220 t CO2e    [Σ lines (instruments MWh × rate + uncovered MWh × residual mix); "
                        + "hierarchy EACs → PPAs → supplier rate → residual mix → grid average (GHG Protocol Scope 2 Guidance (2015), market-based method)]",
                "  note: quality criteria (GHG Protocol Scope 2 Guidance (2015), Table 7.1): vintage within the 2026 reporting window, "
                        + "market containing the consumption zone, retired for ACME, one claim per certificate",
                "  market-based CO2e, FR = 220 t CO2e    [Σ instrument MWh × instrument rate + uncovered MWh × residual mix (grid average where none is known)]",
                "    consumption: 1000 MWh in FR, 2026",
                "    GO GO-1 (energy attribute certificates (REC, GO, I-REC)): 600 MWh × 0.000 gCO2e/kWh = 0 t CO2e  — vintage 2026, market FR, retired for ACME, registry EECS GO-1",
                "    residual mix: 400 MWh × 550.000 gCO2e/kWh = 220 t CO2e  — residual mix FR 2026, source: AIB European Residual Mixes 2026");
        assertThat(r.locationExplanation().render()).containsExactly(
                "Scope 2 location-based 2026 = 400 t CO2e    [Σ lines MWh × grid average factor (GHG Protocol Scope 2 Guidance (2015), location-based method)]",
                "  location-based CO2e, FR = 400 t CO2e    [MWh × grid average factor]",
                "    consumption: 1000 MWh in FR, 2026",
                "    grid average factor: 400.000 gCO2e/kWh  — Ember 2026");
    }

    @Test
    void theResultDoesNotDependOnTheOrderInstrumentsAndLinesAreGivenIn() {
        ConsumptionLine b = ConsumptionLine.of("FR b", "FR", Y2026, Y2027, Energy.ofMegawattHours(300), CarbonIntensity.ofGramsPerKwh(400), "E");
        ContractualInstrument g1 = go("GO-1", 500).build();
        ContractualInstrument g2 = go("GO-2", 500).rateGramsPerKwh(10).build();

        DualScope2 one = new MarketBasedScope2().compute(List.of(fr1000(), b), List.of(g1, g2), List.of(FR_RM), RULES);
        DualScope2 two = new MarketBasedScope2().compute(List.of(b, fr1000()), List.of(g2, g1), List.of(FR_RM), RULES);

        assertThat(two.marketBased()).isEqualTo(one.marketBased());
        assertThat(two.allocations()).isEqualTo(one.allocations());
    }

    @Test
    void twoInstrumentsWithTheSameIdAreRefused() {
        assertThatThrownBy(() -> compute(List.of(go("GO-1", 1).build(), go("GO-1", 2).build()), List.of(FR_RM), fr1000()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("instrument GO-1 is given twice");
    }
}
