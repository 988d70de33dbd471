package io.wattprint.report.scope2;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.ledger.Ledger;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.esrs.EsrsFixtures;
import io.wattprint.report.esrs.Golden;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * wattprint report scope2 on {@link EsrsFixtures#portfolio} (DOMAIN.md §2: 1,000 MWh, grid 0.400 t/MWh, residual mix
 * 0.550, 600 MWh of GOs at 0 → location 400 t, market 600 × 0 + 400 × 0.550 = 220 t), plus DE 200 MWh × 350 g = 70 t
 * both ways (no DE residual mix: grid average, warned); totals 470 t location, 290 t market, 1,200 MWh. The aws run is
 * cloud compute and left out (a note).
 */
class Scope2ReportTest {
    static final Instant AT = Instant.parse("2027-02-01T09:00:00Z");
    @TempDir
    Path tmp;

    ReportOutput report(int year, boolean withInstruments) {
        try (Ledger l = Ledger.open(tmp.resolve("l.db").toString())) {
            EsrsFixtures.portfolio(l);
            Scope2Report.Options o = new Scope2Report.Options(year, "ACME", 0, 0);
            Scope2Report.Inputs in = Scope2Report.Inputs.read(l, Scope2Report.rules(o));
            if (!withInstruments) in = new Scope2Report.Inputs(in.runs(), List.of(), in.residualMixes());
            return Scope2Report.build(in, o, AT);
        }
    }

    @Test
    void markdownGolden() { Golden.check("scope2-2026", ReportFormat.MD, report(2026, true), MD); }

    @Test
    void jsonGolden() { Golden.check("scope2-2026", ReportFormat.JSON, report(2026, true), JSON); }

    @Test
    void csvGolden() { Golden.check("scope2-2026", ReportFormat.CSV, report(2026, true), CSV); }

    @Test
    void withoutInstrumentsTheFacilityIsAllResidualMix() {
        // 1,000 MWh × 0.550 = 550 t (DOMAIN.md §2 "550 t without instruments"); + DE 70 t = 620 t market
        ReportOutput r = report(2026, false);
        assertThat(r.json().get("market_based_t")).isEqualTo(new BigDecimal("620.000"));
        assertThat(r.json().get("location_based_t")).isEqualTo(new BigDecimal("470.000"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTotalsAreTheSumsOfTheLines() {
        Map<String, Object> j = report(2026, true).json();
        BigDecimal loc = BigDecimal.ZERO, mkt = BigDecimal.ZERO, mwh = BigDecimal.ZERO;
        for (Object o : (List<Object>) j.get("lines")) {
            Map<String, Object> l = (Map<String, Object>) o;
            loc = loc.add((BigDecimal) l.get("location_based_t"));
            mkt = mkt.add((BigDecimal) l.get("market_based_t"));
            mwh = mwh.add((BigDecimal) l.get("energy_mwh"));
        }
        assertThat(j.get("location_based_t")).isEqualTo(loc);
        assertThat(j.get("market_based_t")).isEqualTo(mkt);
        assertThat(j.get("energy_mwh")).isEqualTo(mwh);
    }

    @Test
    void anEmptyYearHasZeroTotalsAndNoLines() {
        ReportOutput r = report(2030, true);
        assertThat(r.json().get("location_based_t")).isEqualTo(new BigDecimal("0.000"));
        assertThat((List<?>) r.json().get("lines")).isEmpty();
        assertThat(Golden.render(ReportFormat.MD, r)).contains("| (none) |", "| Scope 2 location-based (tCO2e) | 0.000 |");
    }

    @Test
    void htmlShowsBothMethodsAndTheInstruments() {
        String html = Golden.render(ReportFormat.HTML, report(2026, true));
        assertThat(html).contains("470.000", "290.000", "220.000", "GO-17", "Location-based", "Market-based");
    }

    @Test
    void pdfTextShowsBothMethodsAndTheInstruments() throws Exception {
        byte[] pdf = Golden.bytes(ReportFormat.PDF, report(2026, true));
        String text;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("470.000", "290.000", "220.000", "GO-17");
    }

    static final String MD = """
            # GHG Protocol Scope 2 2026

            Dual reporting (GHG Protocol Scope 2 Guidance (2015)), own operations, runs closed in 2026 (UTC), reporter ACME

            Generated: 2027-02-01T09:00:00Z

            **Dual reporting (GHG Protocol Scope 2 Guidance (2015))**

            | Field | Value |
            |---|---|
            | Scope 2 location-based (tCO2e) | 470.000 |
            | Location-based factor boundary | not known |
            | Scope 2 market-based (tCO2e) | 290.000 |
            | Electricity consumed (MWh) | 1,200.000 |
            | Runs | 2 |
            | Reporter | ACME |
            | Vintage window | the 2026 reporting window |

            ## Location-based and market-based by facility / zone

            **Each figure labelled with its method; runs closed in 2026 (UTC), own operations**

            | Facility / zone | Zone | Runs | MWh | Location-based tCO2e | Market-based tCO2e | Instruments MWh | Residual mix MWh | Grid average MWh | Energy basis |
            |---|---|---:|---:|---:|---:|---:|---:|---:|---|
            | DE | DE | 1 | 200.000 | 70.000 | 70.000 | 0.000 | 0.000 | 200.000 | runs |
            | dc1 (FR) | FR | 1 | 1,000.000 | 400.000 | 220.000 | 600.000 | 400.000 | 0.000 | runs |
            | **Total** |  | **2** | **1,200.000** | **470.000** | **290.000** | **600.000** | **400.000** | **200.000** |  |

            ## Instruments applied

            **Applied in the hierarchy EACs (GO, REC, I-REC) → PPAs → supplier rates, each MWh once**

            | Type | Instrument | Applied to | MWh | Rate gCO2e/kWh | tCO2e | Vintage | Market | Retired for | Registry |
            |---|---|---|---:|---:|---:|---|---|---|---|
            | GO | GO-17 | dc1 (FR) | 600.000 | 0.00 | 0.000 | 2026 | FR | ACME | EECS FR-2026-17 |
            | **Total** |  |  | **600.000** |  | **0.000** |  |  |  |  |

            ## Consumption not covered by instruments

            **Market-based factor of the MWh no instrument covers**

            | Facility / zone | MWh | Factor | gCO2e/kWh | tCO2e | Source |
            |---|---:|---|---:|---:|---|
            | DE | 200.000 | grid average (no residual mix known) | 350.00 | 70.000 | grid average (location-based factor): factor (boundary not known) 350 gCO2e/kWh, 2026, test fixture |
            | dc1 (FR) | 400.000 | residual mix | 550.00 | 220.000 | residual mix FR 2026, source: AIB 2026 |
            | **Total** | **600.000** |  |  | **290.000** |  |

            ## Residual mix used

            **Residual mix used per zone and consumption year (rule: the residual mix of the consumption's year, else the latest earlier year published for the zone (disclosed), never a later year; none → the grid average (disclosed))**

            | Zone | Consumption year | Residual mix year | How chosen | gCO2e/kWh | Composition | Source |
            |---|---|---|---|---:|---|---|
            | DE | 2026 | none | none for 2026 or an earlier year; grid average used |  |  |  |
            | FR | 2026 | 2026 | same year | 550.00 | not recorded | AIB 2026 |

            ## Location-based emission factors

            **Grid average factors of location-based Scope 2: direct (combustion) where one is shipped, else the run's life-cycle factor (METHODOLOGY.md §3.3)**

            | Facility / zone | Zone | gCO2e/kWh | Boundary | Source |
            |---|---|---:|---|---|
            | DE | DE | 350.00 | not known | factor (boundary not known) 350 gCO2e/kWh, 2026, test fixture |
            | dc1 (FR) | FR | 400.00 | not known | factor (boundary not known) 400 gCO2e/kWh, 2026, test fixture |

            ## Warnings and notes

            > **Warning:** no residual mix known for DE 2026 or an earlier year: 200 MWh not covered by instruments got the grid average 350.00 gCO2e/kWh instead; this counts again attributes others claimed (GHG Protocol Scope 2 Guidance (2015): disclose)

            > **Warning:** the boundary (direct or life-cycle) of the factor for DE is not known (not a shipped factor, e.g. an imported series): Scope 2 uses it as stored

            > **Warning:** the boundary (direct or life-cycle) of the factor for FR is not known (not a shipped factor, e.g. an imported series): Scope 2 uses it as stored

            > **Note:** 1 run(s) in cloud regions (10,000.000 kWh) are purchased cloud compute: Scope 3 category 1 of the reporter, the provider's Scope 2; not in these totals (wattprint report esrs-e1 shows them as Scope 3).

            ## Sources and methods

            | Field | Value |
            |---|---|
            | Runs read | 2 |
            | Reference data | fixture 1 |
            | IT energy measured | 100.0 % |
            | IT energy estimated | 0.0 % |
            | IT energy imported | 0.0 % |

            **Emission factors used**

            | Zone | gCO2e/kWh | Year | Source | Runs | kWh |
            |---|---:|---|---|---:|---:|
            | DE | 350.00 | 2026 | test fixture | 1 | 200,000.000 |
            | FR | 400.00 | 2026 | test fixture | 1 | 1,000,000.000 |

            **PUE applied**

            | PUE | Basis | Runs |
            |---:|---|---:|
            | 1.00 | not applied (no facility, cloud region or --pue given; IT energy only) | 2 |

            **Energy methods**

            | Provenance | Method | Runs | IT kWh |
            |---|---|---:|---:|
            | measured (counter) | nvml-total-energy | 2 | 1,200,000.000 |
            """;
    static final String JSON = """
            {
              "report" : "scope2",
              "year" : 2026,
              "generated_at" : "2027-02-01T09:00:00Z",
              "reporter" : "ACME",
              "vintage_window" : {
                "from" : "2026-01-01T00:00:00Z",
                "to" : "2027-01-01T00:00:00Z"
              },
              "runs" : 2,
              "energy_mwh" : 1200.000,
              "energy_mwh_decimals" : 3,
              "location_based_t" : 470.000,
              "location_based_t_decimals" : 3,
              "location_boundary" : "not known",
              "market_based_t" : 290.000,
              "market_based_t_decimals" : 3,
              "lines" : [ {
                "label" : "DE",
                "zone" : "DE",
                "runs" : 1,
                "energy_mwh" : 200.000,
                "energy_mwh_decimals" : 3,
                "location_based_t" : 70.000,
                "location_based_t_decimals" : 3,
                "market_based_t" : 70.000,
                "market_based_t_decimals" : 3,
                "instrument_mwh" : 0.000,
                "instrument_mwh_decimals" : 3,
                "residual_mix_mwh" : 0.000,
                "residual_mix_mwh_decimals" : 3,
                "grid_average_mwh" : 200.000,
                "grid_average_mwh_decimals" : 3,
                "grid_factor_g_per_kwh" : 350.00,
                "grid_factor_boundary" : "not known",
                "grid_factor_source" : "factor (boundary not known) 350 gCO2e/kWh, 2026, test fixture",
                "uncovered_basis" : "grid_average",
                "uncovered_g_per_kwh" : 350.00,
                "uncovered_source" : "grid average (location-based factor): factor (boundary not known) 350 gCO2e/kWh, 2026, test fixture",
                "energy_basis" : "runs"
              }, {
                "label" : "dc1 (FR)",
                "zone" : "FR",
                "runs" : 1,
                "energy_mwh" : 1000.000,
                "energy_mwh_decimals" : 3,
                "location_based_t" : 400.000,
                "location_based_t_decimals" : 3,
                "market_based_t" : 220.000,
                "market_based_t_decimals" : 3,
                "instrument_mwh" : 600.000,
                "instrument_mwh_decimals" : 3,
                "residual_mix_mwh" : 400.000,
                "residual_mix_mwh_decimals" : 3,
                "grid_average_mwh" : 0.000,
                "grid_average_mwh_decimals" : 3,
                "grid_factor_g_per_kwh" : 400.00,
                "grid_factor_boundary" : "not known",
                "grid_factor_source" : "factor (boundary not known) 400 gCO2e/kWh, 2026, test fixture",
                "uncovered_basis" : "residual_mix",
                "uncovered_g_per_kwh" : 550.00,
                "uncovered_source" : "residual mix FR 2026, source: AIB 2026",
                "energy_basis" : "runs"
              } ],
              "instruments_applied" : [ {
                "type" : "GO",
                "id" : "GO-17",
                "line" : "dc1 (FR)",
                "mwh" : 600.000,
                "mwh_decimals" : 3,
                "rate_g_per_kwh" : 0.00,
                "co2e_t" : 0.000,
                "co2e_t_decimals" : 3,
                "vintage" : "2026",
                "market" : "FR",
                "retired_for" : "ACME",
                "registry" : "EECS FR-2026-17",
                "hourly_matched" : false
              } ],
              "warnings" : [ {
                "code" : "grid_average_used",
                "subject" : "DE",
                "message" : "no residual mix known for DE 2026 or an earlier year: 200 MWh not covered by instruments got the grid average 350.00 gCO2e/kWh instead; this counts again attributes others claimed (GHG Protocol Scope 2 Guidance (2015): disclose)"
              } ],
              "notes" : [ "the boundary (direct or life-cycle) of the factor for DE is not known (not a shipped factor, e.g. an imported series): Scope 2 uses it as stored", "the boundary (direct or life-cycle) of the factor for FR is not known (not a shipped factor, e.g. an imported series): Scope 2 uses it as stored", "1 run(s) in cloud regions (10,000.000 kWh) are purchased cloud compute: Scope 3 category 1 of the reporter, the provider's Scope 2; not in these totals (wattprint report esrs-e1 shows them as Scope 3)." ],
              "rounding" : "MWh and tCO2e to 3 decimals, factors to 2: a total is the exact sum rounded half-up, its lines are apportioned to it by the largest remainder",
              "basis" : {
                "runs" : 2,
                "reference_data" : [ "fixture 1" ],
                "it_energy_kwh" : 1200000.0,
                "measured_share" : 1.0,
                "estimated_share" : 0.0,
                "factors" : [ {
                  "zone" : "DE",
                  "g_per_kwh" : 350.0,
                  "year" : 2026,
                  "source" : "test fixture",
                  "runs" : 1,
                  "facility_kwh" : 200000.0
                }, {
                  "zone" : "FR",
                  "g_per_kwh" : 400.0,
                  "year" : 2026,
                  "source" : "test fixture",
                  "runs" : 1,
                  "facility_kwh" : 1000000.0
                } ],
                "energy_methods" : [ {
                  "provenance" : "measured (counter)",
                  "method" : "nvml-total-energy",
                  "runs" : 2,
                  "it_kwh" : 1200000.0
                } ],
                "unknown_location_runs" : [ ],
                "runs_without_footprint" : [ ]
              },
              "residual_mix_years" : [ {
                "zone" : "DE",
                "consumption_year" : 2026,
                "residual_mix_year" : null,
                "rule" : "none for 2026 or an earlier year; grid average used",
                "g_per_kwh" : null,
                "composition" : null,
                "source" : null
              }, {
                "zone" : "FR",
                "consumption_year" : 2026,
                "residual_mix_year" : 2026,
                "rule" : "same year",
                "g_per_kwh" : 550.00,
                "composition" : "not recorded",
                "source" : "AIB 2026"
              } ]
            }
            """;
    static final String CSV = """
            table,row,column,value
            report,1,kind,scope2
            report,1,title,GHG Protocol Scope 2 2026
            report,1,subtitle,"Dual reporting (GHG Protocol Scope 2 Guidance (2015)), own operations, runs closed in 2026 (UTC), reporter ACME"
            report,1,generated_at,2027-02-01T09:00:00Z
            dual,1,field,Scope 2 location-based (tCO2e)
            dual,1,value,470.000
            dual,2,field,Location-based factor boundary
            dual,2,value,not known
            dual,3,field,Scope 2 market-based (tCO2e)
            dual,3,value,290.000
            dual,4,field,Electricity consumed (MWh)
            dual,4,value,"1,200.000"
            dual,5,field,Runs
            dual,5,value,2
            dual,6,field,Reporter
            dual,6,value,ACME
            dual,7,field,Vintage window
            dual,7,value,the 2026 reporting window
            scope2,1,Facility / zone,DE
            scope2,1,Zone,DE
            scope2,1,Runs,1
            scope2,1,MWh,200.000
            scope2,1,Location-based tCO2e,70.000
            scope2,1,Market-based tCO2e,70.000
            scope2,1,Instruments MWh,0.000
            scope2,1,Residual mix MWh,0.000
            scope2,1,Grid average MWh,200.000
            scope2,1,Energy basis,runs
            scope2,2,Facility / zone,dc1 (FR)
            scope2,2,Zone,FR
            scope2,2,Runs,1
            scope2,2,MWh,1000.000
            scope2,2,Location-based tCO2e,400.000
            scope2,2,Market-based tCO2e,220.000
            scope2,2,Instruments MWh,600.000
            scope2,2,Residual mix MWh,400.000
            scope2,2,Grid average MWh,0.000
            scope2,2,Energy basis,runs
            scope2,total,Facility / zone,Total
            scope2,total,Zone,
            scope2,total,Runs,2
            scope2,total,MWh,1200.000
            scope2,total,Location-based tCO2e,470.000
            scope2,total,Market-based tCO2e,290.000
            scope2,total,Instruments MWh,600.000
            scope2,total,Residual mix MWh,400.000
            scope2,total,Grid average MWh,200.000
            scope2,total,Energy basis,
            instruments,1,Type,GO
            instruments,1,Instrument,GO-17
            instruments,1,Applied to,dc1 (FR)
            instruments,1,MWh,600.000
            instruments,1,Rate gCO2e/kWh,0.00
            instruments,1,tCO2e,0.000
            instruments,1,Vintage,2026
            instruments,1,Market,FR
            instruments,1,Retired for,ACME
            instruments,1,Registry,EECS FR-2026-17
            instruments,total,Type,Total
            instruments,total,Instrument,
            instruments,total,Applied to,
            instruments,total,MWh,600.000
            instruments,total,Rate gCO2e/kWh,
            instruments,total,tCO2e,0.000
            instruments,total,Vintage,
            instruments,total,Market,
            instruments,total,Retired for,
            instruments,total,Registry,
            uncovered,1,Facility / zone,DE
            uncovered,1,MWh,200.000
            uncovered,1,Factor,grid average (no residual mix known)
            uncovered,1,gCO2e/kWh,350.00
            uncovered,1,tCO2e,70.000
            uncovered,1,Source,"grid average (location-based factor): factor (boundary not known) 350 gCO2e/kWh, 2026, test fixture"
            uncovered,2,Facility / zone,dc1 (FR)
            uncovered,2,MWh,400.000
            uncovered,2,Factor,residual mix
            uncovered,2,gCO2e/kWh,550.00
            uncovered,2,tCO2e,220.000
            uncovered,2,Source,"residual mix FR 2026, source: AIB 2026"
            uncovered,total,Facility / zone,Total
            uncovered,total,MWh,600.000
            uncovered,total,Factor,
            uncovered,total,gCO2e/kWh,
            uncovered,total,tCO2e,290.000
            uncovered,total,Source,
            residual_mix_years,1,Zone,DE
            residual_mix_years,1,Consumption year,2026
            residual_mix_years,1,Residual mix year,none
            residual_mix_years,1,How chosen,none for 2026 or an earlier year; grid average used
            residual_mix_years,1,gCO2e/kWh,
            residual_mix_years,1,Composition,
            residual_mix_years,1,Source,
            residual_mix_years,2,Zone,FR
            residual_mix_years,2,Consumption year,2026
            residual_mix_years,2,Residual mix year,2026
            residual_mix_years,2,How chosen,same year
            residual_mix_years,2,gCO2e/kWh,550.00
            residual_mix_years,2,Composition,not recorded
            residual_mix_years,2,Source,AIB 2026
            grid_factors,1,Facility / zone,DE
            grid_factors,1,Zone,DE
            grid_factors,1,gCO2e/kWh,350.00
            grid_factors,1,Boundary,not known
            grid_factors,1,Source,"factor (boundary not known) 350 gCO2e/kWh, 2026, test fixture"
            grid_factors,2,Facility / zone,dc1 (FR)
            grid_factors,2,Zone,FR
            grid_factors,2,gCO2e/kWh,400.00
            grid_factors,2,Boundary,not known
            grid_factors,2,Source,"factor (boundary not known) 400 gCO2e/kWh, 2026, test fixture"
            basis,1,field,Runs read
            basis,1,value,2
            basis,2,field,Reference data
            basis,2,value,fixture 1
            basis,3,field,IT energy measured
            basis,3,value,100.0 %
            basis,4,field,IT energy estimated
            basis,4,value,0.0 %
            basis,5,field,IT energy imported
            basis,5,value,0.0 %
            factors,1,Zone,DE
            factors,1,gCO2e/kWh,350.00
            factors,1,Year,2026
            factors,1,Source,test fixture
            factors,1,Runs,1
            factors,1,kWh,200000.000
            factors,2,Zone,FR
            factors,2,gCO2e/kWh,400.00
            factors,2,Year,2026
            factors,2,Source,test fixture
            factors,2,Runs,1
            factors,2,kWh,1000000.000
            pues,1,PUE,1.00
            pues,1,Basis,"not applied (no facility, cloud region or --pue given; IT energy only)"
            pues,1,Runs,2
            energy_methods,1,Provenance,measured (counter)
            energy_methods,1,Method,nvml-total-energy
            energy_methods,1,Runs,2
            energy_methods,1,IT kWh,1200000.000
            """;
}
