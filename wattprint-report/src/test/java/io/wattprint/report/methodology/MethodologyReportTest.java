package io.wattprint.report.methodology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.ComponentEnergy;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Period;
import io.wattprint.core.model.Phase;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.core.quantity.CarbonIntensity;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import io.wattprint.core.scope2.ContractualInstrument;
import io.wattprint.core.scope2.InstrumentType;
import io.wattprint.core.scope2.ResidualMix;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunRecord;
import io.wattprint.ledger.StoredFootprint;
import io.wattprint.report.RenderedFormats;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import io.wattprint.report.TestLedger;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The methodology appendix on the fixed ledger of {@link MethodologyFixture}. Hand-checked figures of the golden
 * output: r-train facility kWh = (10 + 2) × 1.2 = 14.4; r-serve 4 × 1.0 = 4; factors total 14.4 + 4 = 18.4 kWh,
 * 2 runs (r-lost has no factor); IT energy 10 + 2 + 4 + 1 = 17 kWh: nvml 10 + 1 = 11 (64.7 %), rapl 2 (11.8 %),
 * estimated 4 (23.5 %); measured (11 + 2) / 17 = 76.5 %; host cpu-1 estimated 4 of 4 + 1 = 5 kWh (80.0 %).
 * r-nov (November) is outside --period 2026-10.
 */
class MethodologyReportTest {
    static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");
    static final Period OCTOBER = Period.parse("2026-10");

    @TempDir
    Path tmp;
    Ledger ledger;

    @BeforeEach
    void open() { ledger = Ledger.open(tmp.resolve("ledger.db").toString()); }

    @AfterEach
    void close() { ledger.close(); }

    private ReportOutput october() { return Methodology.generate(ledger, OCTOBER, AT); }

    @Test
    void markdownOfTheFullLedgerIsTheGoldenText() throws IOException {
        MethodologyFixture.all(ledger);
        io.wattprint.report.esrs.Golden.check("methodology-october", ReportFormat.MD, october(), MD);
    }

    @Test
    void theMeteredVsRunRuleIsListedOnlyWithAFacilityBoundaryReading() throws IOException {
        MethodologyFixture.runs(ledger);
        ledger.facilities().addFacility(new io.wattprint.core.facility.Facility("dc1", "FR", "Paris"));
        ledger.facilities().addReading(new io.wattprint.core.facility.MeterReading("dc1", OCTOBER, Energy.ofKilowattHours(50),
                io.wattprint.core.facility.MeterReading.Kind.PDU, "PDU export"));
        String rule = "| Scope 2 facility kWh = metered kWh";
        assertThat(RenderedFormats.text(ReportFormat.MD, october())).doesNotContain(rule);
        ledger.facilities().addReading(new io.wattprint.core.facility.MeterReading("dc1", OCTOBER, Energy.ofKilowattHours(90),
                io.wattprint.core.facility.MeterReading.Kind.UTILITY_BILL, "invoice 2026-10"));
        assertThat(RenderedFormats.text(ReportFormat.MD, october()))
                .contains(rule, "| 1 facility(ies) with 1 facility-boundary meter reading(s) | §8.7 |");
    }

    @Test
    void jsonOfTheRunsIsTheGoldenText() throws IOException {
        MethodologyFixture.runs(ledger);
        io.wattprint.report.esrs.Golden.check("methodology-october", ReportFormat.JSON, october(), JSON);
    }

    @Test
    void everySectionIsAJsonKey() {
        MethodologyFixture.runs(ledger);
        assertThat(october().json().keySet()).containsSubsequence("data_sources", "formulas", "estimators", "coverage", "gaps");
    }

    @Test
    void anEstimatedRunMakesItsEstimatorAppear() throws IOException {
        TestLedger.run("m1").host("gpu-1").start("2026-10-05T10:00:00Z").kwh(2).store(ledger);
        String before = RenderedFormats.text(ReportFormat.MD, october());
        assertThat(before).doesNotContain("tdp-utilisation").doesNotContain("Energy estimated on host").contains("| nvml-total-energy |");

        TestLedger.run("e1").host("cpu-7").start("2026-10-06T10:00:00Z").kwh(1).estimated().store(ledger);
        String after = RenderedFormats.text(ReportFormat.MD, october());
        // 1 of 2 + 1 = 3 kWh estimated: 33.3 %.
        assertThat(after).contains("| estimated | tdp-utilisation | §1 | 1 | cpu-7 | p | 1.000 | 33.3 % |")
                .contains("| Energy estimated on host cpu-7 |");
    }

    @Test
    void withoutInstrumentsThereIsNoMarketBasedFormula() throws IOException {
        MethodologyFixture.runs(ledger);
        MethodologyFixture.facilities(ledger);
        String md = RenderedFormats.text(ReportFormat.MD, october());
        assertThat(md).doesNotContain("market-based) =").doesNotContain("(market-based Scope 2) |")
                .contains("No contractual instrument for the period: no market-based figure.");
        MethodologyFixture.instruments(ledger);
        assertThat(RenderedFormats.text(ReportFormat.MD, october())).contains("kgCO2e (market-based) =")
                .contains("| No residual mix for FR 2026 (market-based Scope 2) |");
    }

    /**
     * The example of docs/GUIDE-reports.md in small: a GO and a 2026 residual mix for FR, consumption in FR and DE. Market-based Scope 2
     * gives DE's uncovered MWh the grid average (as {@code report scope2} warns), so the appendix names DE — with the
     * command — and not FR. r-serve: DE, 4 kWh, PUE 1 → 4.000 kWh, closed 2026-10-12.
     */
    @Test
    void aZoneWithConsumptionButNoResidualMixForItsYearIsAnOpenGapWhenInstrumentsExist() throws IOException {
        MethodologyFixture.runs(ledger);
        MethodologyFixture.instruments(ledger);
        ledger.instruments().addResidualMix(new ResidualMix("FR", 2026, CarbonIntensity.ofGramsPerKwh(550), "example figure"));
        String md = RenderedFormats.text(ReportFormat.MD, october());
        assertThat(md).doesNotContain("No open gap").doesNotContain("No residual mix for FR")
                .contains("| No residual mix for DE 2026 (market-based Scope 2) | zone DE: 1 run(s), 4.000 kWh of own-operations "
                        + "consumption closed in 2026 | The MWh no instrument covers in DE get the grid average")
                .contains("wattprint instruments residual-mix --zone DE --year 2026 --g-per-kwh G --source TEXT.");
    }

    /** A residual mix of an earlier year does not close the gap: Scope 2 applies the latest earlier year's factor with a warning. */
    @Test
    void aResidualMixOfAnotherYearLeavesTheGapOpen() {
        MethodologyFixture.runs(ledger);
        MethodologyFixture.instruments(ledger);
        ledger.instruments().addResidualMix(new ResidualMix("FR", 2026, CarbonIntensity.ofGramsPerKwh(550), "example figure"));
        ledger.instruments().addResidualMix(new ResidualMix("DE", 2025, CarbonIntensity.ofGramsPerKwh(600), "example figure"));
        List<Map<String, Object>> gaps = list(Methodology.generate(ledger, null, AT), "gaps", "gaps");
        // Every run (no period): FR closed 2026 has its 2026 mix; DE 2026 only has a 2025 one.
        assertThat(gaps).extracting(g -> g.get("gap")).contains("No residual mix for DE 2026 (market-based Scope 2)")
                .doesNotContain("No residual mix for FR 2026 (market-based Scope 2)");
        assertThat(gaps).filteredOn(g -> g.get("gap").equals("No residual mix for DE 2026 (market-based Scope 2)"))
                .extracting(g -> (String) g.get("action")).singleElement().asString()
                .contains("get the 2025 residual mix (latest earlier published year) instead of the 2026 one");
    }

    /** Purchased cloud compute is the customer's Scope 3: a cloud run's zone needs no residual mix. */
    @Test
    void aCloudRunsZoneIsNoResidualMixGap() {
        TestLedger.run("c1").start("2026-10-05T10:00:00Z").hours(1).kwh(2).zone("SE", 20).cloud("aws:eu-north-1").store(ledger);
        MethodologyFixture.instruments(ledger);
        ledger.instruments().addResidualMix(new ResidualMix("FR", 2026, CarbonIntensity.ofGramsPerKwh(550), "example figure"));
        assertThat(list(october(), "gaps", "gaps")).extracting(g -> g.get("gap"))
                .noneMatch(g -> ((String) g).startsWith("No residual mix"));
    }

    /** A run of the period that closed in the next year counts in that year's Scope 2, so that year's mix closes its gap. */
    @Test
    void theResidualMixYearIsTheYearTheRunClosed() {
        TestLedger.run("ny").start("2026-12-31T23:00:00Z").hours(2).kwh(1).zone("DE", 380).store(ledger);
        ledger.instruments().add(ContractualInstrument.builder("GO-2", InstrumentType.GO).megawattHours(1).vintageYear(2026)
                .zone("DE").rateGramsPerKwh(0).retiredFor("ACME").build());
        ledger.instruments().addResidualMix(new ResidualMix("DE", 2026, CarbonIntensity.ofGramsPerKwh(600), "example figure"));
        // Closed 2027-01-01T01:00Z: Scope 2 counts it in 2027, so the 2026 mix does not close the gap.
        assertThat(list(Methodology.generate(ledger, Period.year(2026), AT), "gaps", "gaps")).extracting(g -> g.get("gap"))
                .containsExactly("No residual mix for DE 2027 (market-based Scope 2)");
        ledger.instruments().addResidualMix(new ResidualMix("DE", 2027, CarbonIntensity.ofGramsPerKwh(610), "example figure"));
        assertThat(list(Methodology.generate(ledger, Period.year(2026), AT), "gaps", "gaps")).isEmpty();
    }

    @Test
    void embodiedAndAllocationFormulasOnlyWithTheirRecords() throws IOException {
        MethodologyFixture.runs(ledger);
        String md = RenderedFormats.text(ReportFormat.MD, october());
        assertThat(md).doesNotContain("M = TE").doesNotContain("line = pool").doesNotContain("Allocation rules");
        MethodologyFixture.hardwareRulesImports(ledger);
        assertThat(RenderedFormats.text(ReportFormat.MD, october())).contains("| M = TE × (TiR / EL) × (RR / ToR) |")
                .contains("### Allocation rules");
    }

    @Test
    void aFootprintExplainedWithASeriesListsTheHourlyFormulaAndItsFallback() {
        Run run = new Run("s1", "run:s1", Workload.builder("w").project("w").phase(Phase.TRAINING).build(), "h",
                Location.zone("FR"), Instant.parse("2026-10-01T09:00:00Z"), Instant.parse("2026-10-01T11:00:00Z"),
                RunStatus.SUCCEEDED, 0, "x");
        StoredFootprint f = new StoredFootprint(AT, Energy.ofKilowattHours(2), Energy.ofKilowattHours(2), 1.0, "not applied",
                Co2e.ofGrams(150), "FR", 75.0, 2026, "EM", "v1", 1.0,
                List.of(new ComponentEnergy(Component.gpu("0"), new Provenance.MeasuredCounter("nvml-total-energy"),
                        Energy.ofKilowattHours(2))),
                List.of("kgCO2e (location-based) = 0.15",
                        "  grid factor series: EM (dataset v1) for FR (marginal, lifecycle): 1 point between … — applied to 1 kWh",
                        "  grid factor: 100 gCO2e/kWh for FR, 2026 (average, lifecycle), source: Ember — applied to 1 kWh",
                        "  note: no point of factor series EM covers 2026-10-01T10:00:00Z"));
        Inputs in = new Inputs(OCTOBER, List.of(new RunRecord(run, f)), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), Map.of(), Map.of(), List.of(), List.of());
        ReportOutput r = Methodology.build(in, AT);
        assertThat(list(r, "formulas", "formulas")).extracting(m -> m.get("section")).containsExactly("§2, §2.1", "§3", "§3.1", "§3.2");
        assertThat(list(r, "data_sources", "factors").get(0).get("basis")).isEqualTo("average, lifecycle; marginal, lifecycle");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(ReportOutput r, String section, String key) {
        return (List<Map<String, Object>>) ((Map<String, Object>) r.json().get(section)).get(key);
    }

    @Test
    void withoutAPeriodEveryRunIsRead() {
        MethodologyFixture.runs(ledger);
        @SuppressWarnings("unchecked")
        Map<String, Object> coverage = (Map<String, Object>) Methodology.generate(ledger, null, AT).json().get("coverage");
        assertThat(coverage.get("runs")).isEqualTo(4); // r-train, r-serve, r-lost and r-nov
        assertThat(coverage.get("it_kwh")).isEqualTo(new BigDecimal("20.000")); // 17 + 3
    }

    @Test
    void anEmptyLedgerSaysThereIsNothingToShow() throws IOException {
        String md = RenderedFormats.text(ReportFormat.MD, Methodology.generate(ledger, OCTOBER, AT));
        assertThat(md).contains("No footprint in the period: no formula was applied.")
                .contains("No energy recorded in the period.").contains("| Runs in the period | 0 |")
                .contains("No open gap:");
        assertThat(RenderedFormats.text(ReportFormat.MD, Methodology.empty(OCTOBER, AT))).isEqualTo(md);
    }

    @Test
    void totalsAreTheSumsOfTheirLines() throws IOException {
        MethodologyFixture.all(ledger);
        JsonNode j = new ObjectMapper().readTree(RenderedFormats.text(ReportFormat.JSON, october()));
        BigDecimal factors = BigDecimal.ZERO;
        for (JsonNode n : j.at("/data_sources/factors")) factors = factors.add(n.get("facility_kwh").decimalValue());
        assertThat(j.at("/data_sources/factors_total/facility_kwh").decimalValue()).isEqualByComparingTo(factors);
        BigDecimal methods = BigDecimal.ZERO;
        for (JsonNode n : j.at("/estimators/energy_methods")) methods = methods.add(n.get("it_kwh").decimalValue());
        assertThat(j.at("/estimators/energy_methods_total/it_kwh").decimalValue()).isEqualByComparingTo(methods)
                .isEqualByComparingTo(j.at("/coverage/it_kwh").decimalValue());
    }

    @Test
    void csvCarriesTheSameFigures() throws IOException {
        MethodologyFixture.all(ledger);
        assertThat(RenderedFormats.text(ReportFormat.CSV, october()))
                .startsWith("table,row,column,value\r\nreport,1,kind,methodology\r\n")
                .contains("factors,total,Facility kWh,18.400\r\n").contains("energy_methods,3,Share,23.5 %\r\n")
                .contains("coverage,5,value,76.5 %\r\n");
    }

    @Test
    void twoRunsOnTheSameLedgerDifferOnlyInTheGenerationTime() throws IOException {
        MethodologyFixture.all(ledger);
        String a = RenderedFormats.text(ReportFormat.MD, october());
        String b = RenderedFormats.text(ReportFormat.MD, Methodology.generate(ledger, OCTOBER, AT.plusSeconds(60)));
        assertThat(a.replaceAll("Generated: .*", "")).isEqualTo(b.replaceAll("Generated: .*", ""));
    }

    @Test
    void htmlShowsTheFiguresAndTheChart() throws IOException {
        MethodologyFixture.all(ledger);
        String html = RenderedFormats.text(ReportFormat.HTML, october());
        assertThat(html).contains("Methodology and assumptions").contains("18.400").contains("64.7 %").contains("tdp-utilisation")
                .contains("IT energy by provenance").contains("<svg");
    }

    @Test
    void pdfTextHasTheFigures() throws IOException {
        MethodologyFixture.all(ledger);
        String text = RenderedFormats.pdfText(october());
        assertThat(text).contains("Methodology and assumptions").contains("18.400").contains("76.5 %").contains("GO-1");
    }

    static final String MD = """
                # Methodology and assumptions

                Period: 2026-10

                Generated: 2026-11-23T10:00:00Z

                Generated from the ledger: every source, formula and estimator below is one the ledger shows was used for runs started in 2026-10; section references are to docs/METHODOLOGY.md.

                ## Data sources and versions

                **Reference data versions cited by the footprints**

                | Dataset | Runs |
                |---|---:|
                | fixture 1 | 3 |

                **Emission factors used (location-based)**

                | Zone | gCO2e/kWh | Year | Source | Basis | GWP set | Runs | Facility kWh |
                |---|---:|---|---|---|---|---:|---:|
                | DE | 380.00 | 2026 | test fixture | average, lifecycle | not known (not a shipped factor) | 1 | 4.000 |
                | FR | 56.00 | 2026 | test fixture | average, lifecycle | not known (not a shipped factor) | 1 | 14.400 |
                | **TOTAL** |  |  |  |  |  | **2** | **18.400** |

                No factor series is imported for the zones of these runs: annual factors only.

                **Files ingested (wattprint ingest; all files the ledger records)**

                | Kind | File | SHA-256 | Ingested | Imported | Duplicates | Quarantined | Status |
                |---|---|---|---|---:|---:|---:|---|
                | codecarbon | emissions.csv | ab12cd34ef56 | 2026-10-30T08:00:01Z | 0 | 3 | 1 | complete |

                No cloud provider export for the period.

                **Contractual instruments (market-based Scope 2)**

                | Id | Type | MWh | Vintage | Zone | Market | gCO2e/kWh | Retired for |
                |---|---|---:|---|---|---|---:|---|
                | GO-1 | GO | 5.000 | 2026 | FR | FR | 0.00 | ACME |

                No residual mix for the period.

                **Residual mix used per zone and consumption year (rule: the residual mix of the consumption's year, else the latest earlier year published for the zone (disclosed), never a later year; none → the grid average (disclosed))**

                | Zone | Consumption year | Residual mix year | How chosen | gCO2e/kWh | Composition | Source |
                |---|---|---|---|---:|---|---|
                | DE | 2026 | none | none for 2026 or an earlier year; grid average used |  |  |  |
                | FR | 2026 | none | none for 2026 or an earlier year; grid average used |  |  |  |

                **Hardware records (embodied carbon)**

                | Host or asset | Model | Embodied kgCO2e | Source | Life (years) | Resources | Valid from |
                |---|---|---:|---|---:|---|---|
                | gpu-1 | HGX H100 | 1,200.000 | NVIDIA PCF 2023 | 4.00 | 8 gpu | 2026-01-01T00:00:00Z |

                ## Formulas used

                | Formula | Applied to | METHODOLOGY.md | Standard |
                |---|---|---|---|
                | facility kWh = IT kWh × PUE | 3 run(s) with a footprint | §2, §2.1 | ISO/IEC 30134-2 (PUE = total facility energy / IT equipment energy) |
                | kgCO2e (location-based) = facility kWh × grid factor (gCO2e/kWh) / 1000 | 2 run(s) with a factor | §3 | GHG Protocol Scope 2 Guidance (2015), location-based method |
                | Scope 2 facility kWh = metered kWh (readings in the year, pro rata) + kWh of runs closed outside the readings; not attributed to runs = metered kWh − kWh of the runs inside (runs above the meter are scaled down to it) | 1 facility(ies) with 1 facility-boundary meter reading(s) | §8.7 | GHG Protocol Scope 2 Guidance (2015) §6.1 (metered consumption, utility bills) |
                | kgCO2e (market-based) = Σ instrument MWh × rate + uncovered MWh × residual mix (grid average where none) | 1 instrument(s), 0 residual mix(es) | §8 | GHG Protocol Scope 2 Guidance (2015) ch. 6–7, Scope 2 Quality Criteria |
                | M = TE × (TiR / EL) × (RR / ToR) | 1 hardware record(s); 1 of 2 host(s) of these runs have one | §6.1 | SCI, ISO/IEC 21031:2024 (Scope 3 embodied) |
                | line = pool × usage / Σ usage (idle separate: pool × usage / capacity) | 1 saved rule(s) | §10 | seed 000 top-down attribution by accelerator-hour share |

                ### PUE

                **PUE applied to the runs**

                | PUE | Basis | Runs |
                |---:|---|---:|
                | 1.00 | not applied (no facility, cloud region or --pue given; IT energy only) | 2 |
                | 1.20 | fixture | 1 |

                **Facility PUE periods (ISO/IEC 30134-2)**

                | Facility | Period | PUE | Basis | Category | Source |
                |---|---|---:|---|---|---|
                | dc1 | 2026 | 1.20 | measured | 2 (PDU output) | BMS 2026 |

                ### Emission factor application

                | Field | Value |
                |---|---|
                | Runs with annual factors only | 2 |
                | Runs with an hourly factor series | 0 |
                | of which with the annual fallback | 0 |
                | Runs with a footprint but no factor | 1 |

                ### Allocation rules

                | Rule | Basis | Measure | Idle capacity | Version | Saved |
                |---|---|---|---|---:|---|
                | by-project | tag:project | gpu-hours | separate | 1 | 2026-09-01T00:00:00Z |

                ## Energy methods and estimators

                | Provenance | Method | METHODOLOGY.md | Runs | Hosts | Projects | IT kWh | Share |
                |---|---|---|---:|---|---|---:|---:|
                | measured (counter) | nvml-total-energy | §1.1 | 2 | cpu-1, gpu-1 | chat, vision | 11.000 | 64.7 % |
                | measured (counter) | rapl-energy\\_uj | §1.2 | 1 | gpu-1 | vision | 2.000 | 11.8 % |
                | estimated | tdp-utilisation | §1 | 1 | cpu-1 | chat | 4.000 | 23.5 % |
                | **TOTAL** |  |  |  |  |  | **17.000** |  |

                *Chart: IT energy by provenance (kWh)*

                | | IT energy |
                |---|---:|
                | measured | 13 |
                | estimated | 4 |
                | imported | 0 |

                ## Coverage

                | Field | Value |
                |---|---|
                | Runs in the period | 3 |
                | Runs with a footprint | 3 |
                | Runs with a known location (CO2e computed) | 2 |
                | IT energy (kWh) | 17.000 |
                | IT energy measured | 76.5 % |
                | IT energy estimated | 23.5 % |
                | IT energy imported | 0.0 % |
                | Facilities with meter readings for the period | dc1 |
                | Facilities without | dc2 |

                ## Open gaps

                | Gap | Affected | What to do |
                |---|---|---|
                | Location unknown: no factor, no CO2e | 1 run(s): r-lost | Record where runs execute: wattprint run --location ZONE\\|CLOUD-REGION (or --facility NAME); a stored run keeps the location it was recorded with (METHODOLOGY §3). |
                | Energy estimated on host cpu-1 | 4.000 kWh of 5.000 kWh (80.0 %) by tdp-utilisation | Meter host cpu-1: run under wattprint run with RAPL energy\\_uj readable (METHODOLOGY §1.2) and NVML for its GPUs (§1.1), so the energy is measured instead of estimated (§1.3–1.4). |
                | No meter reading for the period | facility dc2 | wattprint facility reading dc2 --from … --to … --kwh … --kind utility-bill\\|interval-meter\\|bms\\|pdu --source …, then wattprint reconcile (METHODOLOGY §2.1, §9). |
                | No residual mix for DE 2026 (market-based Scope 2) | zone DE: 1 run(s), 4.000 kWh of own-operations consumption closed in 2026 | The MWh no instrument covers in DE get the grid average, which counts again attributes others claimed (GHG Protocol Scope 2 Guidance §6.11; METHODOLOGY §8.4 step 5): wattprint instruments residual-mix --zone DE --year 2026 --g-per-kwh G --source TEXT. |
                | No residual mix for FR 2026 (market-based Scope 2) | zone FR: 1 run(s), 14.400 kWh of own-operations consumption closed in 2026 | The MWh no instrument covers in FR get the grid average, which counts again attributes others claimed (GHG Protocol Scope 2 Guidance §6.11; METHODOLOGY §8.4 step 5): wattprint instruments residual-mix --zone FR --year 2026 --g-per-kwh G --source TEXT. |
                """;

    static final String JSON = """
                {
                  "report" : "methodology",
                  "generated_at" : "2026-11-23T10:00:00Z",
                  "period" : "2026-10",
                  "period_start" : "2026-10-01T00:00:00Z",
                  "period_end" : "2026-11-01T00:00:00Z",
                  "data_sources" : {
                    "reference_data" : [ {
                      "dataset" : "fixture 1",
                      "runs" : 3
                    } ],
                    "factors" : [ {
                      "zone" : "DE",
                      "g_per_kwh" : 380.00,
                      "year" : "2026",
                      "source" : "test fixture",
                      "basis" : "average, lifecycle",
                      "gwp" : "not known (not a shipped factor)",
                      "runs" : 1,
                      "facility_kwh" : 4.000,
                      "facility_kwh_decimals" : 3
                    }, {
                      "zone" : "FR",
                      "g_per_kwh" : 56.00,
                      "year" : "2026",
                      "source" : "test fixture",
                      "basis" : "average, lifecycle",
                      "gwp" : "not known (not a shipped factor)",
                      "runs" : 1,
                      "facility_kwh" : 14.400,
                      "facility_kwh_decimals" : 3
                    } ],
                    "factors_total" : {
                      "zone" : "TOTAL",
                      "g_per_kwh" : null,
                      "year" : null,
                      "source" : null,
                      "basis" : null,
                      "gwp" : null,
                      "runs" : 2,
                      "facility_kwh" : 18.400,
                      "facility_kwh_decimals" : 3
                    },
                    "factor_series" : [ ],
                    "ingested_files" : [ ],
                    "cloud_exports" : [ ],
                    "instruments" : [ ],
                    "residual_mixes" : [ ],
                    "residual_mix_years" : [ ],
                    "hardware" : [ ]
                  },
                  "formulas" : {
                    "formulas" : [ {
                      "formula" : "facility kWh = IT kWh × PUE",
                      "applied_to" : "3 run(s) with a footprint",
                      "section" : "§2, §2.1",
                      "standard" : "ISO/IEC 30134-2 (PUE = total facility energy / IT equipment energy)"
                    }, {
                      "formula" : "kgCO2e (location-based) = facility kWh × grid factor (gCO2e/kWh) / 1000",
                      "applied_to" : "2 run(s) with a factor",
                      "section" : "§3",
                      "standard" : "GHG Protocol Scope 2 Guidance (2015), location-based method"
                    } ],
                    "pue_applied" : [ {
                      "pue" : 1.00,
                      "basis" : "not applied (no facility, cloud region or --pue given; IT energy only)",
                      "runs" : 2
                    }, {
                      "pue" : 1.20,
                      "basis" : "fixture",
                      "runs" : 1
                    } ],
                    "facility_pues" : [ ],
                    "factor_application" : {
                      "annual_only_runs" : 2,
                      "series_runs" : 0,
                      "series_with_annual_fallback_runs" : 0,
                      "no_factor_runs" : 1
                    },
                    "allocation_rules" : [ ]
                  },
                  "estimators" : {
                    "energy_methods" : [ {
                      "provenance" : "measured (counter)",
                      "method" : "nvml-total-energy",
                      "section" : "§1.1",
                      "runs" : 2,
                      "hosts" : [ "cpu-1", "gpu-1" ],
                      "projects" : [ "chat", "vision" ],
                      "it_kwh" : 11.000,
                      "it_kwh_decimals" : 3,
                      "share_pct" : 64.7
                    }, {
                      "provenance" : "measured (counter)",
                      "method" : "rapl-energy_uj",
                      "section" : "§1.2",
                      "runs" : 1,
                      "hosts" : [ "gpu-1" ],
                      "projects" : [ "vision" ],
                      "it_kwh" : 2.000,
                      "it_kwh_decimals" : 3,
                      "share_pct" : 11.8
                    }, {
                      "provenance" : "estimated",
                      "method" : "tdp-utilisation",
                      "section" : "§1",
                      "runs" : 1,
                      "hosts" : [ "cpu-1" ],
                      "projects" : [ "chat" ],
                      "it_kwh" : 4.000,
                      "it_kwh_decimals" : 3,
                      "share_pct" : 23.5
                    } ],
                    "energy_methods_total" : {
                      "provenance" : "TOTAL",
                      "method" : null,
                      "section" : null,
                      "runs" : null,
                      "hosts" : null,
                      "projects" : null,
                      "it_kwh" : 17.000,
                      "it_kwh_decimals" : 3,
                      "share_pct" : null
                    }
                  },
                  "coverage" : {
                    "runs" : 3,
                    "runs_with_footprint" : 3,
                    "runs_with_known_location" : 2,
                    "it_kwh" : 17.000,
                    "it_kwh_decimals" : 3,
                    "measured_pct" : 76.5,
                    "estimated_pct" : 23.5,
                    "imported_pct" : 0.0,
                    "facilities_with_readings" : [ ],
                    "facilities_without_readings" : [ ]
                  },
                  "gaps" : {
                    "gaps" : [ {
                      "gap" : "Location unknown: no factor, no CO2e",
                      "affected" : "1 run(s): r-lost",
                      "action" : "Record where runs execute: wattprint run --location ZONE|CLOUD-REGION (or --facility NAME); a stored run keeps the location it was recorded with (METHODOLOGY §3)."
                    }, {
                      "gap" : "Energy estimated on host cpu-1",
                      "affected" : "4.000 kWh of 5.000 kWh (80.0 %) by tdp-utilisation",
                      "action" : "Meter host cpu-1: run under wattprint run with RAPL energy_uj readable (METHODOLOGY §1.2) and NVML for its GPUs (§1.1), so the energy is measured instead of estimated (§1.3–1.4)."
                    } ]
                  }
                }
                """;

    @Test
    void theSeriesOfTheMappedElectricityMapsZoneAndOfTheCloudRegionAreListedAsDataSourcesOfARunInThatRegion() {
        // A run at aws:us-west-1 (zone US-EGRID-CAMX): its factors are also read from US-CAL-CISO (zone-mappings.csv)
        // and from aws:us-west-1 itself; a series of an unrelated zone is not listed.
        TestLedger.run("c1").zone("US-EGRID-CAMX", 226.5).cloud("aws:us-west-1").start("2026-10-05T10:00:00Z").store(ledger);
        Instant t = Instant.parse("2026-10-05T10:00:00Z");
        for (String zone : List.of("US-CAL-CISO", "aws:us-west-1", "DE")) {
            ledger.factorSeries().append(new io.wattprint.core.factor.FactorSeries(zone, "EM", "v1",
                    io.wattprint.core.model.EmissionFactor.Basis.AVERAGE, io.wattprint.core.model.EmissionFactor.Boundary.LIFECYCLE, null,
                    List.of(new io.wattprint.core.factor.FactorSeries.Point(t, t.plusSeconds(3600), CarbonIntensity.ofGramsPerKwh(150)))), t);
        }

        ReportOutput r = Methodology.generate(ledger, OCTOBER, AT);

        assertThat(list(r, "data_sources", "factor_series")).extracting(m -> m.get("zone")).containsExactly("US-CAL-CISO", "aws:us-west-1");
    }
}
