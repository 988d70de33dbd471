package io.wattprint.report.maturity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.core.model.Period;
import io.wattprint.core.model.Phase;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.RunQuery;
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
 * The maturity report. Golden output on {@link MaturityFixture} (hand-checked: chat-api 2 + 3 + 5 = 10 kWh × 50 g =
 * 0.5 kg; llm-train 40 × 50 = 2 kg; recsys 2 × 400 = 0.8 kg; etl 6 × 50 = 0.3 kg; total 58 kWh, 3.6 kg, 7 runs;
 * chat-0 in W44 is outside the period), then one small ledger per rule.
 */
class MaturityReportTest {
    static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");
    static final Period P = MaturityFixture.PERIOD;

    @TempDir
    Path tmp;
    Ledger ledger;

    @BeforeEach
    void open() { ledger = Ledger.open(tmp.resolve("ledger.db").toString()); }

    @AfterEach
    void close() { ledger.close(); }

    private ReportOutput report(Maturity.ProductionTag tag) {
        return Maturity.generate(ledger.runs().list(RunQuery.all()), P, tag, AT);
    }

    private ReportOutput report() { return report(Maturity.ProductionTag.DEFAULT); }

    @SuppressWarnings("unchecked")
    private Map<String, Object> system(ReportOutput r, String name) {
        for (Object o : (List<Object>) r.json().get("systems")) {
            Map<String, Object> m = (Map<String, Object>) o;
            if (m.get("system").equals(name)) return m;
        }
        throw new AssertionError("no system " + name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> organisation(ReportOutput r) { return (Map<String, Object>) r.json().get("organisation"); }

    @Test
    void markdownIsTheGoldenText() throws IOException {
        MaturityFixture.store(ledger);
        assertThat(RenderedFormats.text(ReportFormat.MD, report())).isEqualTo(MD);
    }

    @Test
    void jsonIsTheGoldenText() throws IOException {
        MaturityFixture.store(ledger);
        assertThat(RenderedFormats.text(ReportFormat.JSON, report())).isEqualTo(JSON);
    }

    @Test
    void aSystemMeasuredAutomaticallyEveryWeekIsLevel3() {
        for (String day : List.of("2026-11-02", "2026-11-09", "2026-11-16")) {
            TestLedger.run("s-" + day).project("svc").phase(Phase.INFERENCE).byMeter().start(day + "T12:00:00Z").store(ledger);
        }
        assertThat(system(report(), "svc").get("level")).isEqualTo(3);
        assertThat(organisation(report()).get("level")).isEqualTo(3);
    }

    @Test
    void oneMeasuredTrainingRunIsLevel2() {
        TestLedger.run("t1").project("llm").phase(Phase.TRAINING).byMeter().start("2026-11-10T00:00:00Z").kwh(40).store(ledger);
        Map<String, Object> s = system(report(), "llm");
        assertThat(s.get("level")).isEqualTo(2);
        assertThat(s.get("to_next_level")).asList().containsExactly(
                "ran in 1 ISO week(s) of the period (2026-W46): continuity shows only over at least 2 weeks");
    }

    @Test
    void theLargestTrainingRunDecidesLevel2NotASmallMeasuredOne() {
        // 50 kWh estimated training run and a 1 kWh measured one: the largest (estimated) decides → Level 1.
        TestLedger.run("big").project("llm").phase(Phase.TRAINING).estimated().start("2026-11-03T00:00:00Z").kwh(50).store(ledger);
        TestLedger.run("small").project("llm").phase(Phase.TRAINING).start("2026-11-04T00:00:00Z").kwh(1).store(ledger);
        assertThat(system(report(), "llm").get("level")).isEqualTo(1);
    }

    @Test
    void anEstimatesOnlySystemIsLevel1WithWhatToMeasure() {
        TestLedger.run("e1").project("etl").phase(Phase.DATA_PIPELINE).byMeter().estimated().start("2026-11-03T00:00:00Z").kwh(6)
                .store(ledger);
        TestLedger.run("e2").project("etl").phase(Phase.DATA_PIPELINE).byMeter().estimated().start("2026-11-10T00:00:00Z").kwh(2)
                .store(ledger);
        Map<String, Object> s = system(report(), "etl");
        assertThat(s.get("level")).isEqualTo(1);
        assertThat(s.get("to_next_level").toString()).contains("measure its largest run e1 (6.000 kWh, 100.0 % estimated)");
        assertThat(organisation(report()).get("level")).isEqualTo(1);
    }

    @Test
    void aWeekWithoutAMeasuredRecordBreaksContinuity() {
        // W45 and W47 measured (10 kWh each), W46 only a 0.1 kWh estimate: measured 20 / 20.1 = 99.5 % ≥ 90 %, but W46 is not covered.
        TestLedger.run("a").project("svc").phase(Phase.INFERENCE).byMeter().start("2026-11-02T12:00:00Z").kwh(10).store(ledger);
        TestLedger.run("b").project("svc").phase(Phase.INFERENCE).byMeter().estimated().start("2026-11-09T12:00:00Z").kwh(0.1)
                .store(ledger);
        TestLedger.run("c").project("svc").phase(Phase.INFERENCE).byMeter().start("2026-11-16T12:00:00Z").kwh(10).store(ledger);
        Map<String, Object> s = system(report(), "svc");
        assertThat(s.get("level")).isEqualTo(2);
        assertThat(s.get("measured_pct")).isEqualTo(new BigDecimal("99.5"));
        assertThat(s.get("to_next_level")).asList().containsExactly("weeks without an automatic, measured record with CO2e: 2026-W46");
    }

    @Test
    void unknownLocationKeepsASystemBelowLevel3() {
        TestLedger.run("a").project("svc").phase(Phase.INFERENCE).byMeter().start("2026-11-02T12:00:00Z").store(ledger);
        TestLedger.run("b").project("svc").phase(Phase.INFERENCE).byMeter().unknownLocation().start("2026-11-09T12:00:00Z").store(ledger);
        Map<String, Object> s = system(report(), "svc");
        assertThat(s.get("level")).isEqualTo(2);
        assertThat(s.get("to_next_level").toString()).contains("CO2e known for 50.0 % of the energy (needs ≥ 90 %): give --location "
                + "to the runs (1 without one: b)");
    }

    @Test
    void theProductionTagCanBeChanged() {
        MaturityFixture.store(ledger);
        // With tier=prod, recsys (env=production) is no longer production: chat-api, the only one, is Level 3.
        ReportOutput r = report(Maturity.ProductionTag.parse("tier=prod"));
        assertThat(system(r, "recsys").get("production")).isEqualTo(false);
        assertThat(organisation(r).get("level")).isEqualTo(3);
        assertThat(organisation(r).get("production_systems")).isEqualTo(1);
    }

    @Test
    void aBadProductionTagIsRefused() {
        for (String bad : List.of("env", "=x", "env=", " = ")) {
            assertThatThrownBy(() -> Maturity.ProductionTag.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("expected KEY=VALUE");
        }
    }

    @Test
    void anEmptyLedgerSaysThereAreNoAiSystems() throws IOException {
        ReportOutput r = report();
        assertThat(RenderedFormats.text(ReportFormat.MD, r)).contains("Not assessed: no AI systems in the period.")
                .contains("> **Note:** No AI systems in the period: the ledger has no run that started in 2026-11-02..2026-11-23, "
                        + "so no level can be assessed.");
        assertThat(organisation(r).get("level")).isNull();
        assertThat(r.json().get("systems")).asList().isEmpty();
    }

    @Test
    void theDefaultPeriodIsTheTwelveWholeIsoWeeksBeforeTheCurrentOne() {
        // Wednesday 2026-11-25 is in W48 (Monday 2026-11-23); 12 weeks before: Monday 2026-08-31.
        assertThat(Maturity.defaultPeriod(Instant.parse("2026-11-25T15:00:00Z"))).isEqualTo(Period.parse("2026-08-31..2026-11-23"));
        assertThat(Maturity.weeks(Maturity.defaultPeriod(Instant.parse("2026-11-25T15:00:00Z")))).hasSize(12).first()
                .isEqualTo("2026-W36");
    }

    @Test
    void totalsAreTheSumsOfTheSystems() throws IOException {
        MaturityFixture.store(ledger);
        JsonNode j = new ObjectMapper().readTree(RenderedFormats.text(ReportFormat.JSON, report()));
        BigDecimal kwh = BigDecimal.ZERO, kg = BigDecimal.ZERO;
        int runs = 0;
        for (JsonNode s : j.get("systems")) {
            kwh = kwh.add(s.get("it_kwh").decimalValue());
            kg = kg.add(s.get("co2e_kg").decimalValue());
            runs += s.get("runs").intValue();
        }
        assertThat(j.at("/total/it_kwh").decimalValue()).isEqualByComparingTo(kwh);
        assertThat(j.at("/total/co2e_kg").decimalValue()).isEqualByComparingTo(kg);
        assertThat(j.at("/total/runs").intValue()).isEqualTo(runs).isEqualTo(7);
    }

    @Test
    void csvCarriesTheLevels() throws IOException {
        MaturityFixture.store(ledger);
        assertThat(RenderedFormats.text(ReportFormat.CSV, report())).contains("systems,1,System,chat-api\r\nsystems,1,Production,"
                + "yes (inference)\r\nsystems,1,Level,3\r\n").contains("systems,total,IT kWh,58.000\r\n");
    }

    @Test
    void htmlShowsTheLevelsAndTheChart() throws IOException {
        MaturityFixture.store(ledger);
        assertThat(RenderedFormats.text(ReportFormat.HTML, report())).contains("chat-api").contains("58.000").contains("3.600")
                .contains("Maturity level by AI system").contains("<svg");
    }

    @Test
    void pdfTextHasTheLevels() throws IOException {
        MaturityFixture.store(ledger);
        assertThat(RenderedFormats.pdfText(report())).contains("chat-api").contains("58.000").contains("Level 2: 1 of 2 production");
    }

    /**
     * Issue 16 item 8: maturity added doubles and printed one unit less than summary and ai-act. By hand: 12.0268 +
     * 77.2837 = 89.3105 kWh exactly, half-up to 3 decimals 89.311 (the double sum is 89.31049999999999 → 89.310).
     */
    @Test
    void systemKwhIsTheExactDecimalSumRoundedOnceAsSummaryAndAiActRoundIt() throws IOException {
        TestLedger.run("a").project("svc").byMeter().start("2026-11-03T09:00:00Z").kwh(12.0268).store(ledger);
        TestLedger.run("b").project("svc").byMeter().start("2026-11-04T09:00:00Z").kwh(77.2837).store(ledger);

        ReportOutput r = report();

        // JSON: the exact sum with the decimals printed (issue 16 item 8)
        assertThat((BigDecimal) system(r, "svc").get("it_kwh")).isEqualTo(new BigDecimal("89.3105"));
        assertThat(system(r, "svc").get("it_kwh_decimals")).isEqualTo(3);
        assertThat(RenderedFormats.text(ReportFormat.MD, r)).contains("| **89.311** |");
    }

    /**
     * A laptop-sized run: 450 J = 450 / 3,600,000 kWh = 0.000125 kWh, at 50 g/kWh 0.00625 g = 0.00000625 kg; the TOTAL
     * line, rounded to 0.000 at 3 decimals, prints the first three significant digits like the system's line (§5.1).
     */
    @Test
    void aTotalThatIsNotZeroNeverPrintsAsZero() throws IOException {
        TestLedger.run("lap").project("svc").byMeter().start("2026-11-03T09:00:00Z").kwh(450 / 3_600_000.0).store(ledger);

        String md = RenderedFormats.text(ReportFormat.MD, report());

        assertThat(md).contains("| **1** |  |  |  |  |  | **0.000125** | **0.00000625** |");
    }

    static final String MD = """
                # Measurement maturity (seed 000 rubric, COMPEL D19)

                Period: 2026-11-02..2026-11-23 (ISO weeks 2026-W45 to 2026-W47)

                Generated: 2026-11-23T10:00:00Z

                ## Organisation

                Level 2: 1 of 2 production system(s) at Level 3; Level 3 needs all of them. 4 AI system(s) assessed.

                ## AI systems

                | System | Production | Level | Runs | Weeks run | Weeks covered | Measured | Automatic | CO2e known | IT kWh | kgCO2e |
                |---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
                | chat-api | yes (inference) | 3 | 3 | 3 | 3 | 100.0 % | 100.0 % | 100.0 % | 10.000 | 0.500 |
                | etl | no | 1 | 1 | 1 | 0 | 0.0 % | 100.0 % | 100.0 % | 6.000 | 0.300 |
                | llm-train | no | 2 | 1 | 1 | 1 | 100.0 % | 100.0 % | 100.0 % | 40.000 | 2.000 |
                | recsys | yes (env=production) | 2 | 2 | 2 | 0 | 100.0 % | 0.0 % | 100.0 % | 2.000 | 0.800 |
                | **TOTAL** |  |  | **7** |  |  |  |  |  | **58.000** | **3.600** |

                *Chart: Maturity level by AI system (level)*

                | | level |
                |---|---:|
                | chat-api | 3 |
                | etl | 1 |
                | llm-train | 2 |
                | recsys | 2 |

                ## To reach the next level

                | System | Next level | Missing |
                |---|---|---|
                | chat-api | — | nothing: Level 3 is the highest level the rubric defines; keep every week covered |
                | etl | Level 2 | measure its largest run etl-1 (6.000 kWh, 100.0 % estimated): run it under wattprint run where NVML/RAPL can be read (METHODOLOGY §1.1–1.2), or import the output of the tool that measured it (wattprint ingest codecarbon) |
                | llm-train | Level 3 | ran in 1 ISO week(s) of the period (2026-W46): continuity shows only over at least 2 weeks |
                | recsys | Level 3 | recorded automatically 0.0 % (needs ≥ 90 %): record the runs with wattprint run or the Java API instead of importing them (CodeCarbon import: 2 run(s) rec-1, rec-2) |
                | recsys | Level 3 | weeks without an automatic, measured record with CO2e: 2026-W45, 2026-W47 |

                ## Rules

                Rubric (seed 000, COMPEL D19): Level 2 (Developing) = at least one-off measurement of the largest training runs; Level 3 (Defined) = continuous per-system kWh and tCO2e tracking for every production AI system, logged automatically to a central registry.

                AI system: the runs of one workload name (wattprint run --name, the tracker's workload; default the project). Production: a system with inference runs in the period, or with a run tagged env=production.

                Level 3: ≥ 90 % of its IT energy measured (energy counter or integrated power), ≥ 90 % recorded automatically (by wattprint run or the Java API; imports need a person), ≥ 90 % with CO2e (location known), every run with a footprint, and continuous: it ran in at least 2 ISO weeks of the period and every ISO week in which it ran has an automatic run with CO2e and ≥ 90 % of its energy measured (weekly, as the seed's weekly dashboard refresh).

                Level 2: its largest training run (its largest run if it has none) by IT energy has ≥ 90 % of its energy measured or imported from a measuring tool (seed 000: a cloud provider's figures or CodeCarbon in the training loop are Level 2). Level 1: anything else (estimates only, no footprint).

                Organisation: Level 3 only if it has production systems and every one is at Level 3; Level 2 if any system is at Level 2 or above; Level 1 otherwise.

                ## Sources and methods

                | Field | Value |
                |---|---|
                | Runs read | 7 |
                | Reference data | fixture 1 |
                | IT energy measured | 89.7 % |
                | IT energy estimated | 10.3 % |
                | IT energy imported | 0.0 % |

                **Emission factors used**

                | Zone | gCO2e/kWh | Year | Source | Runs | kWh |
                |---|---:|---|---|---:|---:|
                | DE | 400.00 | 2026 | test fixture | 2 | 2.000 |
                | FR | 50.00 | 2026 | test fixture | 5 | 56.000 |

                **PUE applied**

                | PUE | Basis | Runs |
                |---:|---|---:|
                | 1.00 | not applied (no facility, cloud region or --pue given; IT energy only) | 7 |

                **Energy methods**

                | Provenance | Method | Runs | IT kWh |
                |---|---|---:|---:|
                | estimated | tdp-utilisation | 1 | 6.000 |
                | measured (counter) | nvml-total-energy | 6 | 52.000 |

                > **Estimated:** 10.3 % of the IT energy is estimated, not measured (see Energy methods).
                """;

    static final String JSON = """
                {
                  "report" : "maturity",
                  "generated_at" : "2026-11-23T10:00:00Z",
                  "period" : "2026-11-02..2026-11-23",
                  "period_start" : "2026-11-02T00:00:00Z",
                  "period_end" : "2026-11-23T00:00:00Z",
                  "weeks" : [ "2026-W45", "2026-W46", "2026-W47" ],
                  "rules" : {
                    "system" : "workload name",
                    "production" : "inference runs in the period, or tag env=production",
                    "production_tag" : "env=production",
                    "threshold_pct" : 90,
                    "min_weeks" : 2,
                    "text" : [ "Rubric (seed 000, COMPEL D19): Level 2 (Developing) = at least one-off measurement of the largest training runs; Level 3 (Defined) = continuous per-system kWh and tCO2e tracking for every production AI system, logged automatically to a central registry.", "AI system: the runs of one workload name (wattprint run --name, the tracker's workload; default the project). Production: a system with inference runs in the period, or with a run tagged env=production.", "Level 3: ≥ 90 % of its IT energy measured (energy counter or integrated power), ≥ 90 % recorded automatically (by wattprint run or the Java API; imports need a person), ≥ 90 % with CO2e (location known), every run with a footprint, and continuous: it ran in at least 2 ISO weeks of the period and every ISO week in which it ran has an automatic run with CO2e and ≥ 90 % of its energy measured (weekly, as the seed's weekly dashboard refresh).", "Level 2: its largest training run (its largest run if it has none) by IT energy has ≥ 90 % of its energy measured or imported from a measuring tool (seed 000: a cloud provider's figures or CodeCarbon in the training loop are Level 2). Level 1: anything else (estimates only, no footprint).", "Organisation: Level 3 only if it has production systems and every one is at Level 3; Level 2 if any system is at Level 2 or above; Level 1 otherwise." ]
                  },
                  "organisation" : {
                    "level" : 2,
                    "systems" : 4,
                    "production_systems" : 2,
                    "production_systems_at_level_3" : 1,
                    "summary" : "Level 2: 1 of 2 production system(s) at Level 3; Level 3 needs all of them. 4 AI system(s) assessed."
                  },
                  "systems" : [ {
                    "system" : "chat-api",
                    "production" : true,
                    "level" : 3,
                    "runs" : 3,
                    "weeks_active" : [ "2026-W45", "2026-W46", "2026-W47" ],
                    "weeks_covered" : [ "2026-W45", "2026-W46", "2026-W47" ],
                    "measured_pct" : 100.0,
                    "automatic_pct" : 100.0,
                    "co2e_known_pct" : 100.0,
                    "it_kwh" : 10.000,
                    "it_kwh_decimals" : 3,
                    "co2e_kg" : 0.500,
                    "co2e_kg_decimals" : 3,
                    "production_reason" : "inference",
                    "to_next_level" : [ "nothing: Level 3 is the highest level the rubric defines; keep every week covered" ]
                  }, {
                    "system" : "etl",
                    "production" : false,
                    "level" : 1,
                    "runs" : 1,
                    "weeks_active" : [ "2026-W45" ],
                    "weeks_covered" : [ ],
                    "measured_pct" : 0.0,
                    "automatic_pct" : 100.0,
                    "co2e_known_pct" : 100.0,
                    "it_kwh" : 6.000,
                    "it_kwh_decimals" : 3,
                    "co2e_kg" : 0.300,
                    "co2e_kg_decimals" : 3,
                    "production_reason" : null,
                    "to_next_level" : [ "measure its largest run etl-1 (6.000 kWh, 100.0 % estimated): run it under wattprint run where NVML/RAPL can be read (METHODOLOGY §1.1–1.2), or import the output of the tool that measured it (wattprint ingest codecarbon)" ]
                  }, {
                    "system" : "llm-train",
                    "production" : false,
                    "level" : 2,
                    "runs" : 1,
                    "weeks_active" : [ "2026-W46" ],
                    "weeks_covered" : [ "2026-W46" ],
                    "measured_pct" : 100.0,
                    "automatic_pct" : 100.0,
                    "co2e_known_pct" : 100.0,
                    "it_kwh" : 40.000,
                    "it_kwh_decimals" : 3,
                    "co2e_kg" : 2.000,
                    "co2e_kg_decimals" : 3,
                    "production_reason" : null,
                    "to_next_level" : [ "ran in 1 ISO week(s) of the period (2026-W46): continuity shows only over at least 2 weeks" ]
                  }, {
                    "system" : "recsys",
                    "production" : true,
                    "level" : 2,
                    "runs" : 2,
                    "weeks_active" : [ "2026-W45", "2026-W47" ],
                    "weeks_covered" : [ ],
                    "measured_pct" : 100.0,
                    "automatic_pct" : 0.0,
                    "co2e_known_pct" : 100.0,
                    "it_kwh" : 2.000,
                    "it_kwh_decimals" : 3,
                    "co2e_kg" : 0.800,
                    "co2e_kg_decimals" : 3,
                    "production_reason" : "env=production",
                    "to_next_level" : [ "recorded automatically 0.0 % (needs ≥ 90 %): record the runs with wattprint run or the Java API instead of importing them (CodeCarbon import: 2 run(s) rec-1, rec-2)", "weeks without an automatic, measured record with CO2e: 2026-W45, 2026-W47" ]
                  } ],
                  "total" : {
                    "system" : "TOTAL",
                    "production" : null,
                    "level" : null,
                    "runs" : 7,
                    "weeks_active" : null,
                    "weeks_covered" : null,
                    "measured_pct" : null,
                    "automatic_pct" : null,
                    "co2e_known_pct" : null,
                    "it_kwh" : 58.000,
                    "it_kwh_decimals" : 3,
                    "co2e_kg" : 3.600,
                    "co2e_kg_decimals" : 3
                  },
                  "basis" : {
                    "runs" : 7,
                    "reference_data" : [ "fixture 1" ],
                    "it_energy_kwh" : 58.0,
                    "measured_share" : 0.896551724137931,
                    "estimated_share" : 0.10344827586206896,
                    "factors" : [ {
                      "zone" : "DE",
                      "g_per_kwh" : 400.0,
                      "year" : 2026,
                      "source" : "test fixture",
                      "runs" : 2,
                      "facility_kwh" : 2.0
                    }, {
                      "zone" : "FR",
                      "g_per_kwh" : 50.0,
                      "year" : 2026,
                      "source" : "test fixture",
                      "runs" : 5,
                      "facility_kwh" : 56.0
                    } ],
                    "energy_methods" : [ {
                      "provenance" : "estimated",
                      "method" : "tdp-utilisation",
                      "runs" : 1,
                      "it_kwh" : 6.0
                    }, {
                      "provenance" : "measured (counter)",
                      "method" : "nvml-total-energy",
                      "runs" : 6,
                      "it_kwh" : 52.0
                    } ],
                    "unknown_location_runs" : [ ],
                    "runs_without_footprint" : [ ]
                  }
                }
                """;
}
