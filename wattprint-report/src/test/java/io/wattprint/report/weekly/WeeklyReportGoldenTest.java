package io.wattprint.report.weekly;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.report.RenderedFormats;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exact Markdown and JSON of {@code report weekly} on {@link WeeklyFixture}, 2026-W47 with a 3-week trend (the CSV
 * golden is the one-project report in {@link WeeklyReportProjectTest}). The figures, by hand from the fixture table:
 * <pre>
 * phase:    training 14.4 kWh 0.806 kg (0.8064); fine-tuning 22 kWh 8.36 kg; inference 1.5 + 4.4 = 5.9 kWh,
 *           0.084 + 1.672 = 1.756 kg; data-pipeline 0.5 kWh n/a (unknown location); supporting 0; unspecified
 *           0.333 kWh 0.019 kg (0.018648). TOTAL 43.133 kWh, 0.806 + 8.360 + 1.756 + 0.019 = 10.941 kg.
 * project:  nlp 22 + 4.4 = 26.4 kWh, 8.36 + 1.672 = 10.032 kg; search 0.5 + 0.333 = 0.833, 0.019; vision 14.4 + 1.5
 *           = 15.9, 0.8064 + 0.084 = 0.8904 → 0.890.
 * team:     cv = vision; lang = nlp + search: 27.233 kWh, 8.36 + 1.672 + 0.018648 = 10.050648 → 10.051 kg.
 * W46:      legacy 1.0, nlp 5.5, vision 9.6 (total 16.1) → legacy −1.000 (−100.0 %), nlp +20.9 (20.9/5.5 = +380.0 %),
 *           search new, vision +6.3 (6.3/9.6 = 65.625 → +65.6 %), total +27.033 (27.033/16.1 = 1.67907 → +167.9 %).
 * IT:       nlp 20 measured + 4 estimated (83.3 % / 16.7 %); search 0.833; vision 12 + 1.25 = 13.25; total 38.083,
 *           measured 34.083/38.083 = 89.5 %, estimated 4/38.083 = 10.5 %.
 * trend:    W45 training 3; W46 training 9.6, fine-tuning 5.5, data-pipeline 1; W47 as above.
 * basis:    FR 56 g for a1, a2, c2: 14.4 + 1.5 + 0.333 = 16.233 kWh; DE 380 g for b1, b2: 26.4 kWh; NVML 10 + 1.25 +
 *           20 + 0.333 = 31.583 kWh; RAPL 2 + 0.5 = 2.5 kWh; TDP model 4 kWh.
 * </pre>
 */
class WeeklyReportGoldenTest {
    @TempDir
    Path dir;

    @Test
    void markdownOfTheFixtureWeek() throws IOException {
        assertThat(RenderedFormats.text(ReportFormat.MD, WeeklyFixture.report(dir, WeeklyFixture.w47()))).isEqualTo(MD);
    }

    @Test
    void jsonOfTheFixtureWeek() throws IOException {
        assertThat(RenderedFormats.text(ReportFormat.JSON, WeeklyFixture.report(dir, WeeklyFixture.w47()))).isEqualTo(JSON);
    }

    static final String MD = """
                # Weekly engineering report 2026-W47

                2026-W47: runs started 2026-11-16 to 2026-11-22 (UTC), all projects

                Generated: 2026-11-24T09:00:00Z

                ## Summary

                Runs that started in 2026-W47 (Monday 2026-11-16 00:00 UTC to Monday 2026-11-23 00:00 UTC), wherever they ended. Energy is facility energy (IT energy × PUE) from each run's latest stored footprint; emissions are location-based, for the runs that have a CO2e figure. kWh and kgCO2e show 3 decimals: every TOTAL is the exact sum rounded half-up, the same in every table, and its lines are apportioned to it by the largest remainder, so they add up to it.

                | Field | Value |
                |---|---|
                | Runs | 6 |
                | Facility energy | 43.133 kWh |
                | Location-based emissions | 10.941 kgCO2e |
                | Runs without CO2e | 1 |
                | Change from 2026-W46 | +27.033 kWh (+167.9 %) |
                | IT energy measured | 89.5 % |
                | IT energy estimated | 10.5 % |
                | Runs with unknown location | 1 |

                ## By phase

                **Runs of the week by phase**

                | Phase | Runs | Facility kWh | kgCO2e | Runs without CO2e |
                |---|---:|---:|---:|---:|
                | training | 1 | 14.400 | 0.806 | 0 |
                | fine-tuning | 1 | 22.000 | 8.360 | 0 |
                | inference | 2 | 5.900 | 1.756 | 0 |
                | data-pipeline | 1 | 0.500 | n/a | 1 |
                | supporting | 0 | 0.000 | 0.000 | 0 |
                | unspecified | 1 | 0.333 | 0.019 | 0 |
                | **TOTAL** | **6** | **43.133** | **10.941** | **1** |

                *Chart: Facility energy by phase, 2026-W47 (kWh)*

                | | Facility energy |
                |---|---:|
                | training | 14.4 |
                | fine-tuning | 22 |
                | inference | 5.9 |
                | data-pipeline | 0.5 |
                | supporting | 0 |
                | unspecified | 0.333 |

                ## By project

                **Runs of the week by project**

                | Project | Runs | Facility kWh | kgCO2e | Runs without CO2e |
                |---|---:|---:|---:|---:|
                | nlp | 2 | 26.400 | 10.032 | 0 |
                | search | 2 | 0.833 | 0.019 | 1 |
                | vision | 2 | 15.900 | 0.890 | 0 |
                | **TOTAL** | **6** | **43.133** | **10.941** | **1** |

                *Chart: Facility energy by project, 2026-W47 (kWh)*

                | | Facility energy |
                |---|---:|
                | nlp | 26.4 |
                | search | 0.833 |
                | vision | 15.9 |

                ## By team

                **Runs of the week by team**

                | Team | Runs | Facility kWh | kgCO2e | Runs without CO2e |
                |---|---:|---:|---:|---:|
                | cv | 2 | 15.900 | 0.890 | 0 |
                | lang | 4 | 27.233 | 10.051 | 1 |
                | **TOTAL** | **6** | **43.133** | **10.941** | **1** |

                ## By model

                **Runs of the week by model and version**

                | Model | Version | Runs | Facility kWh | kgCO2e | Runs without CO2e |
                |---|---|---:|---:|---:|---:|
                | bert | base | 1 | 0.333 | 0.019 | 0 |
                | llama | 3 | 2 | 26.400 | 10.032 | 0 |
                | resnet | 50 | 2 | 15.900 | 0.890 | 0 |
                | unspecified |  | 1 | 0.500 | n/a | 1 |
                | **TOTAL** |  | **6** | **43.133** | **10.941** | **1** |

                ## By workload

                **Runs of the week by workload**

                | Workload | Runs | Facility kWh | kgCO2e | Runs without CO2e |
                |---|---:|---:|---:|---:|
                | crawl | 2 | 0.833 | 0.019 | 1 |
                | llama-ft | 1 | 22.000 | 8.360 | 0 |
                | llama-serve | 1 | 4.400 | 1.672 | 0 |
                | resnet-serve | 1 | 1.500 | 0.084 | 0 |
                | resnet-train | 1 | 14.400 | 0.806 | 0 |
                | **TOTAL** | **6** | **43.133** | **10.941** | **1** |

                ## Week over week

                **Facility kWh per project, 2026-W46 → this week**

                | Project | 2026-W46 kWh | This week kWh | Change kWh | Change |
                |---|---:|---:|---:|---:|
                | legacy | 1.000 | 0.000 | -1.000 | -100.0 % |
                | nlp | 5.500 | 26.400 | +20.900 | +380.0 % |
                | search | 0.000 | 0.833 | +0.833 | new |
                | vision | 9.600 | 15.900 | +6.300 | +65.6 % |
                | **TOTAL** | **16.100** | **43.133** | **+27.033** | **+167.9 %** |

                ## Trend

                *Chart: Facility energy per week by phase, 2026-W45 to 2026-W47 (kWh)*

                | | training | fine-tuning | inference | data-pipeline | supporting | unspecified |
                |---|---:|---:|---:|---:|---:|---:|
                | 2026-W45 | 3 | 0 | 0 | 0 | 0 | 0 |
                | 2026-W46 | 9.6 | 5.5 | 0 | 1 | 0 | 0 |
                | 2026-W47 | 14.4 | 22 | 5.9 | 0.5 | 0 | 0.333 |

                ## Top consumers

                **The 6 runs with the most facility energy**

                | Run | Workload | Project | Phase | Facility kWh | kgCO2e | Measured | Estimated |
                |---|---|---|---|---:|---:|---:|---:|
                | b1000001 | llama-ft | nlp | fine-tuning | 22.000 | 8.360 | 100.0 % | 0.0 % |
                | a1000001 | resnet-train | vision | training | 14.400 | 0.806 | 100.0 % | 0.0 % |
                | b1000002 | llama-serve | nlp | inference | 4.400 | 1.672 | 0.0 % | 100.0 % |
                | a1000002 | resnet-serve | vision | inference | 1.500 | 0.084 | 100.0 % | 0.0 % |
                | c1000001 | crawl | search | data-pipeline | 0.500 | n/a | 100.0 % | 0.0 % |
                | c1000002 | crawl | search | unspecified | 0.333 | 0.019 | 100.0 % | 0.0 % |

                These 6 runs use 43.133 kWh, 100.0 % of the week's 43.133 kWh.

                ## Measured and estimated energy

                **IT energy by provenance, per project**

                | Project | IT kWh | Measured kWh | Estimated kWh | Imported kWh | Measured | Estimated |
                |---|---:|---:|---:|---:|---:|---:|
                | nlp | 24.000 | 20.000 | 4.000 | 0.000 | 83.3 % | 16.7 % |
                | search | 0.833 | 0.833 | 0.000 | 0.000 | 100.0 % | 0.0 % |
                | vision | 13.250 | 13.250 | 0.000 | 0.000 | 100.0 % | 0.0 % |
                | **TOTAL** | **38.083** | **34.083** | **4.000** | **0.000** | **89.5 %** | **10.5 %** |

                > **Estimated:** 10.5 % of this week's IT energy is estimated by a model, not measured (projects: nlp).

                ## Runs with unknown location

                **Runs without a location**

                | Run | Workload | Project | Started | Facility kWh |
                |---|---|---|---|---:|
                | c1000001 | crawl | search | 2026-11-20T06:00:00Z | 0.500 |
                | **TOTAL** |  |  |  | **0.500** |

                > **Warning:** Runs of 2026-W47 without a location: 1 (0.500 kWh). Their energy is in every kWh figure, but without a grid factor they have no CO2e, so the week's kgCO2e leaves them out.

                ## Sources and methods

                | Field | Value |
                |---|---|
                | Runs read | 6 |
                | Reference data | fixture 1 |
                | IT energy measured | 89.5 % |
                | IT energy estimated | 10.5 % |
                | IT energy imported | 0.0 % |

                **Emission factors used**

                | Zone | gCO2e/kWh | Year | Source | Runs | kWh |
                |---|---:|---|---|---:|---:|
                | DE | 380.00 | 2026 | test fixture | 2 | 26.400 |
                | FR | 56.00 | 2026 | test fixture | 3 | 16.233 |

                **PUE applied**

                | PUE | Basis | Runs |
                |---:|---|---:|
                | 1.00 | not applied (no facility, cloud region or --pue given; IT energy only) | 2 |
                | 1.10 | fixture | 2 |
                | 1.20 | fixture | 2 |

                **Energy methods**

                | Provenance | Method | Runs | IT kWh |
                |---|---|---:|---:|
                | estimated | tdp-utilisation | 1 | 4.000 |
                | measured (counter) | nvml-total-energy | 4 | 31.583 |
                | measured (counter) | rapl-energy\\_uj | 2 | 2.500 |

                > **Estimated:** 10.5 % of the IT energy is estimated, not measured (see Energy methods).

                > **Warning:** 1 run(s) have no known location or factor and no CO2e: c1000001.
                """;

    static final String JSON = """
                {
                  "report" : "weekly",
                  "week" : "2026-W47",
                  "from" : "2026-11-16T00:00:00Z",
                  "to" : "2026-11-23T00:00:00Z",
                  "project" : null,
                  "generated_at" : "2026-11-24T09:00:00Z",
                  "rules" : {
                    "attribution" : "a run belongs to the ISO week (UTC) in which it started",
                    "energy" : "facility energy (IT energy x PUE) of each run's latest stored footprint",
                    "emissions" : "location-based kgCO2e of the runs that have one",
                    "kwh_decimals" : 3,
                    "kg_decimals" : 3,
                    "percent_decimals" : 1,
                    "rounding" : "a total is the exact sum rounded half-up; its lines are apportioned to it by the largest remainder, so they add up to it and the week's totals are the same in every table",
                    "trend_weeks" : 3
                  },
                  "totals" : {
                    "runs" : 6,
                    "facility_kwh" : 43.133,
                    "facility_kwh_decimals" : 3,
                    "co2e_kg" : 10.9410480000000002,
                    "co2e_kg_decimals" : 3,
                    "runs_without_co2e" : 1,
                    "change_kwh" : 27.033,
                    "change_kwh_decimals" : 3,
                    "change_percent" : 167.9,
                    "measured_percent" : 89.5,
                    "estimated_percent" : 10.5,
                    "unknown_location_runs" : 1
                  },
                  "by_phase" : {
                    "lines" : [ {
                      "phase" : "training",
                      "runs" : 1,
                      "facility_kwh" : 14.400,
                      "facility_kwh_decimals" : 3,
                      "co2e_kg" : 0.8064,
                      "co2e_kg_decimals" : 3,
                      "runs_without_co2e" : 0
                    }, {
                      "phase" : "fine-tuning",
                      "runs" : 1,
                      "facility_kwh" : 22.000,
                      "facility_kwh_decimals" : 3,
                      "co2e_kg" : 8.360,
                      "co2e_kg_decimals" : 3,
                      "runs_without_co2e" : 0
                    }, {
                      "phase" : "inference",
                      "runs" : 2,
                      "facility_kwh" : 5.900,
                      "facility_kwh_decimals" : 3,
                      "co2e_kg" : 1.7560000000000002,
                      "co2e_kg_decimals" : 3,
                      "runs_without_co2e" : 0
                    }, {
                      "phase" : "data-pipeline",
                      "runs" : 1,
                      "facility_kwh" : 0.500,
                      "facility_kwh_decimals" : 3,
                      "co2e_kg" : null,
                      "co2e_kg_decimals" : null,
                      "runs_without_co2e" : 1
                    }, {
                      "phase" : "supporting",
                      "runs" : 0,
                      "facility_kwh" : 0.000,
                      "facility_kwh_decimals" : 3,
                      "co2e_kg" : 0.000,
                      "co2e_kg_decimals" : 3,
                      "runs_without_co2e" : 0
                    }, {
                      "phase" : "unspecified",
                      "runs" : 1,
                      "facility_kwh" : 0.333,
                      "facility_kwh_decimals" : 3,
                      "co2e_kg" : 0.018648,
                      "co2e_kg_decimals" : 3,
                      "runs_without_co2e" : 0
                    } ],
                    "total" : {
                      "runs" : 6,
                      "facility_kwh" : 43.133,
                      "facility_kwh_decimals" : 3,
                      "co2e_kg" : 10.9410480000000002,
                      "co2e_kg_decimals" : 3,
                      "runs_without_co2e" : 1
                    }
                  },
                  "by_project" : {
                    "lines" : [ {
                      "project" : "nlp",
                      "runs" : 2,
                      "facility_kwh" : 26.400,
                      "facility_kwh_decimals" : 3,
                      "co2e_kg" : 10.0320000000000002,
                      "co2e_kg_decimals" : 3,
                      "runs_without_co2e" : 0
                    }, {
                      "project" : "search",
                      "runs" : 2,
                      "facility_kwh" : 0.833,
                      "facility_kwh_decimals" : 3,
                      "co2e_kg" : 0.018648,
                      "co2e_kg_decimals" : 3,
                      "runs_without_co2e" : 1
                    }, {
                      "project" : "vision",
                      "runs" : 2,
                      "facility_kwh" : 15.900,
                      "facility_kwh_decimals" : 3,
                      "co2e_kg" : 0.8904,
                      "co2e_kg_decimals" : 3,
                      "runs_without_co2e" : 0
                    } ],
                    "total" : {
                      "runs" : 6,
                      "facility_kwh" : 43.133,
                      "facility_kwh_decimals" : 3,
                      "co2e_kg" : 10.9410480000000002,
                      "co2e_kg_decimals" : 3,
                      "runs_without_co2e" : 1
                    }
                  },
                  "by_team" : {
                    "lines" : [ {
                      "team" : "cv",
                      "runs" : 2,
                      "facility_kwh" : 15.900,
                      "facility_kwh_decimals" : 3,
                      "co2e_kg" : 0.8904,
                      "co2e_kg_decimals" : 3,
                      "runs_without_co2e" : 0
                    }, {
                      "team" : "lang",
                      "runs" : 4,
                      "facility_kwh" : 27.233,
                      "facility_kwh_decimals" : 3,
                      "co2e_kg" : 10.0506480000000002,
                      "co2e_kg_decimals" : 3,
                      "runs_without_co2e" : 1
                    } ],
                    "total" : {
                      "runs" : 6,
                      "facility_kwh" : 43.133,
                      "facility_kwh_decimals" : 3,
                      "co2e_kg" : 10.9410480000000002,
                      "co2e_kg_decimals" : 3,
                      "runs_without_co2e" : 1
                    }
                  },
                  "by_model" : {
                    "lines" : [ {
                      "model" : "bert",
                      "version" : "base",
                      "runs" : 1,
                      "facility_kwh" : 0.333,
                      "facility_kwh_decimals" : 3,
                      "co2e_kg" : 0.018648,
                      "co2e_kg_decimals" : 3,
                      "runs_without_co2e" : 0
                    }, {
                      "model" : "llama",
                      "version" : "3",
                      "runs" : 2,
                      "facility_kwh" : 26.400,
                      "facility_kwh_decimals" : 3,
                      "co2e_kg" : 10.0320000000000002,
                      "co2e_kg_decimals" : 3,
                      "runs_without_co2e" : 0
                    }, {
                      "model" : "resnet",
                      "version" : "50",
                      "runs" : 2,
                      "facility_kwh" : 15.900,
                      "facility_kwh_decimals" : 3,
                      "co2e_kg" : 0.8904,
                      "co2e_kg_decimals" : 3,
                      "runs_without_co2e" : 0
                    }, {
                      "model" : "unspecified",
                      "version" : null,
                      "runs" : 1,
                      "facility_kwh" : 0.500,
                      "facility_kwh_decimals" : 3,
                      "co2e_kg" : null,
                      "co2e_kg_decimals" : null,
                      "runs_without_co2e" : 1
                    } ],
                    "total" : {
                      "runs" : 6,
                      "facility_kwh" : 43.133,
                      "facility_kwh_decimals" : 3,
                      "co2e_kg" : 10.9410480000000002,
                      "co2e_kg_decimals" : 3,
                      "runs_without_co2e" : 1
                    }
                  },
                  "by_workload" : {
                    "lines" : [ {
                      "workload" : "crawl",
                      "runs" : 2,
                      "facility_kwh" : 0.833,
                      "facility_kwh_decimals" : 3,
                      "co2e_kg" : 0.018648,
                      "co2e_kg_decimals" : 3,
                      "runs_without_co2e" : 1
                    }, {
                      "workload" : "llama-ft",
                      "runs" : 1,
                      "facility_kwh" : 22.000,
                      "facility_kwh_decimals" : 3,
                      "co2e_kg" : 8.360,
                      "co2e_kg_decimals" : 3,
                      "runs_without_co2e" : 0
                    }, {
                      "workload" : "llama-serve",
                      "runs" : 1,
                      "facility_kwh" : 4.400,
                      "facility_kwh_decimals" : 3,
                      "co2e_kg" : 1.6720000000000002,
                      "co2e_kg_decimals" : 3,
                      "runs_without_co2e" : 0
                    }, {
                      "workload" : "resnet-serve",
                      "runs" : 1,
                      "facility_kwh" : 1.500,
                      "facility_kwh_decimals" : 3,
                      "co2e_kg" : 0.084,
                      "co2e_kg_decimals" : 3,
                      "runs_without_co2e" : 0
                    }, {
                      "workload" : "resnet-train",
                      "runs" : 1,
                      "facility_kwh" : 14.400,
                      "facility_kwh_decimals" : 3,
                      "co2e_kg" : 0.8064,
                      "co2e_kg_decimals" : 3,
                      "runs_without_co2e" : 0
                    } ],
                    "total" : {
                      "runs" : 6,
                      "facility_kwh" : 43.133,
                      "facility_kwh_decimals" : 3,
                      "co2e_kg" : 10.9410480000000002,
                      "co2e_kg_decimals" : 3,
                      "runs_without_co2e" : 1
                    }
                  },
                  "week_over_week" : {
                    "previous_week" : "2026-W46",
                    "lines" : [ {
                      "project" : "legacy",
                      "previous_kwh" : 1.000,
                      "previous_kwh_decimals" : 3,
                      "this_week_kwh" : 0.000,
                      "this_week_kwh_decimals" : 3,
                      "change_kwh" : -1.000,
                      "change_kwh_decimals" : 3,
                      "change_percent" : -100.0,
                      "change" : "-100.0 %"
                    }, {
                      "project" : "nlp",
                      "previous_kwh" : 5.500,
                      "previous_kwh_decimals" : 3,
                      "this_week_kwh" : 26.400,
                      "this_week_kwh_decimals" : 3,
                      "change_kwh" : 20.900,
                      "change_kwh_decimals" : 3,
                      "change_percent" : 380.0,
                      "change" : "+380.0 %"
                    }, {
                      "project" : "search",
                      "previous_kwh" : 0.000,
                      "previous_kwh_decimals" : 3,
                      "this_week_kwh" : 0.833,
                      "this_week_kwh_decimals" : 3,
                      "change_kwh" : 0.833,
                      "change_kwh_decimals" : 3,
                      "change_percent" : null,
                      "change" : "new"
                    }, {
                      "project" : "vision",
                      "previous_kwh" : 9.600,
                      "previous_kwh_decimals" : 3,
                      "this_week_kwh" : 15.900,
                      "this_week_kwh_decimals" : 3,
                      "change_kwh" : 6.300,
                      "change_kwh_decimals" : 3,
                      "change_percent" : 65.6,
                      "change" : "+65.6 %"
                    } ],
                    "total" : {
                      "previous_kwh" : 16.100,
                      "previous_kwh_decimals" : 3,
                      "this_week_kwh" : 43.133,
                      "this_week_kwh_decimals" : 3,
                      "change_kwh" : 27.033,
                      "change_kwh_decimals" : 3,
                      "change_percent" : 167.9,
                      "change" : "+167.9 %"
                    }
                  },
                  "trend" : [ {
                    "week" : "2026-W45",
                    "from" : "2026-11-02T00:00:00Z",
                    "runs" : 1,
                    "facility_kwh" : 3.000,
                    "facility_kwh_decimals" : 3,
                    "facility_kwh_by_phase" : {
                      "training" : 3.000,
                      "fine-tuning" : 0.000,
                      "inference" : 0.000,
                      "data-pipeline" : 0.000,
                      "supporting" : 0.000,
                      "unspecified" : 0.000
                    },
                    "facility_kwh_by_phase_decimals" : {
                      "training" : 3,
                      "fine-tuning" : 3,
                      "inference" : 3,
                      "data-pipeline" : 3,
                      "supporting" : 3,
                      "unspecified" : 3
                    }
                  }, {
                    "week" : "2026-W46",
                    "from" : "2026-11-09T00:00:00Z",
                    "runs" : 3,
                    "facility_kwh" : 16.100,
                    "facility_kwh_decimals" : 3,
                    "facility_kwh_by_phase" : {
                      "training" : 9.600,
                      "fine-tuning" : 5.500,
                      "inference" : 0.000,
                      "data-pipeline" : 1.000,
                      "supporting" : 0.000,
                      "unspecified" : 0.000
                    },
                    "facility_kwh_by_phase_decimals" : {
                      "training" : 3,
                      "fine-tuning" : 3,
                      "inference" : 3,
                      "data-pipeline" : 3,
                      "supporting" : 3,
                      "unspecified" : 3
                    }
                  }, {
                    "week" : "2026-W47",
                    "from" : "2026-11-16T00:00:00Z",
                    "runs" : 6,
                    "facility_kwh" : 43.133,
                    "facility_kwh_decimals" : 3,
                    "facility_kwh_by_phase" : {
                      "training" : 14.400,
                      "fine-tuning" : 22.000,
                      "inference" : 5.900,
                      "data-pipeline" : 0.500,
                      "supporting" : 0.000,
                      "unspecified" : 0.333
                    },
                    "facility_kwh_by_phase_decimals" : {
                      "training" : 3,
                      "fine-tuning" : 3,
                      "inference" : 3,
                      "data-pipeline" : 3,
                      "supporting" : 3,
                      "unspecified" : 3
                    }
                  } ],
                  "top_runs" : [ {
                    "id" : "b1000001-x",
                    "workload" : "llama-ft",
                    "project" : "nlp",
                    "phase" : "fine-tuning",
                    "start" : "2026-11-17T08:00:00Z",
                    "facility_kwh" : 22.000,
                    "facility_kwh_decimals" : 3,
                    "co2e_kg" : 8.360,
                    "co2e_kg_decimals" : 3,
                    "measured_percent" : 100.0,
                    "estimated_percent" : 0.0
                  }, {
                    "id" : "a1000001-x",
                    "workload" : "resnet-train",
                    "project" : "vision",
                    "phase" : "training",
                    "start" : "2026-11-16T10:00:00Z",
                    "facility_kwh" : 14.400,
                    "facility_kwh_decimals" : 3,
                    "co2e_kg" : 0.8064,
                    "co2e_kg_decimals" : 3,
                    "measured_percent" : 100.0,
                    "estimated_percent" : 0.0
                  }, {
                    "id" : "b1000002-x",
                    "workload" : "llama-serve",
                    "project" : "nlp",
                    "phase" : "inference",
                    "start" : "2026-11-19T12:00:00Z",
                    "facility_kwh" : 4.400,
                    "facility_kwh_decimals" : 3,
                    "co2e_kg" : 1.6720000000000002,
                    "co2e_kg_decimals" : 3,
                    "measured_percent" : 0.0,
                    "estimated_percent" : 100.0
                  }, {
                    "id" : "a1000002-x",
                    "workload" : "resnet-serve",
                    "project" : "vision",
                    "phase" : "inference",
                    "start" : "2026-11-18T09:00:00Z",
                    "facility_kwh" : 1.500,
                    "facility_kwh_decimals" : 3,
                    "co2e_kg" : 0.084,
                    "co2e_kg_decimals" : 3,
                    "measured_percent" : 100.0,
                    "estimated_percent" : 0.0
                  }, {
                    "id" : "c1000001-x",
                    "workload" : "crawl",
                    "project" : "search",
                    "phase" : "data-pipeline",
                    "start" : "2026-11-20T06:00:00Z",
                    "facility_kwh" : 0.500,
                    "facility_kwh_decimals" : 3,
                    "co2e_kg" : null,
                    "co2e_kg_decimals" : null,
                    "measured_percent" : 100.0,
                    "estimated_percent" : 0.0
                  }, {
                    "id" : "c1000002-x",
                    "workload" : "crawl",
                    "project" : "search",
                    "phase" : "unspecified",
                    "start" : "2026-11-22T23:30:00Z",
                    "facility_kwh" : 0.333,
                    "facility_kwh_decimals" : 3,
                    "co2e_kg" : 0.018648,
                    "co2e_kg_decimals" : 3,
                    "measured_percent" : 100.0,
                    "estimated_percent" : 0.0
                  } ],
                  "provenance" : {
                    "lines" : [ {
                      "project" : "nlp",
                      "it_kwh" : 24.000,
                      "it_kwh_decimals" : 3,
                      "measured_kwh" : 20.000,
                      "measured_kwh_decimals" : 3,
                      "estimated_kwh" : 4.000,
                      "estimated_kwh_decimals" : 3,
                      "imported_kwh" : 0.000,
                      "imported_kwh_decimals" : 3,
                      "measured_percent" : 83.3,
                      "estimated_percent" : 16.7
                    }, {
                      "project" : "search",
                      "it_kwh" : 0.833,
                      "it_kwh_decimals" : 3,
                      "measured_kwh" : 0.833,
                      "measured_kwh_decimals" : 3,
                      "estimated_kwh" : 0.000,
                      "estimated_kwh_decimals" : 3,
                      "imported_kwh" : 0.000,
                      "imported_kwh_decimals" : 3,
                      "measured_percent" : 100.0,
                      "estimated_percent" : 0.0
                    }, {
                      "project" : "vision",
                      "it_kwh" : 13.250,
                      "it_kwh_decimals" : 3,
                      "measured_kwh" : 13.250,
                      "measured_kwh_decimals" : 3,
                      "estimated_kwh" : 0.000,
                      "estimated_kwh_decimals" : 3,
                      "imported_kwh" : 0.000,
                      "imported_kwh_decimals" : 3,
                      "measured_percent" : 100.0,
                      "estimated_percent" : 0.0
                    } ],
                    "total" : {
                      "it_kwh" : 38.083,
                      "it_kwh_decimals" : 3,
                      "measured_kwh" : 34.083,
                      "measured_kwh_decimals" : 3,
                      "estimated_kwh" : 4.000,
                      "estimated_kwh_decimals" : 3,
                      "imported_kwh" : 0.000,
                      "imported_kwh_decimals" : 3,
                      "measured_percent" : 89.5,
                      "estimated_percent" : 10.5
                    }
                  },
                  "unknown_location_runs" : [ {
                    "id" : "c1000001-x",
                    "workload" : "crawl",
                    "project" : "search",
                    "start" : "2026-11-20T06:00:00Z",
                    "facility_kwh" : 0.500,
                    "facility_kwh_decimals" : 3
                  } ],
                  "basis" : {
                    "runs" : 6,
                    "reference_data" : [ "fixture 1" ],
                    "it_energy_kwh" : 38.083,
                    "measured_share" : 0.8949662579103537,
                    "estimated_share" : 0.1050337420896463,
                    "factors" : [ {
                      "zone" : "DE",
                      "g_per_kwh" : 380.0,
                      "year" : 2026,
                      "source" : "test fixture",
                      "runs" : 2,
                      "facility_kwh" : 26.4
                    }, {
                      "zone" : "FR",
                      "g_per_kwh" : 56.0,
                      "year" : 2026,
                      "source" : "test fixture",
                      "runs" : 3,
                      "facility_kwh" : 16.233
                    } ],
                    "energy_methods" : [ {
                      "provenance" : "estimated",
                      "method" : "tdp-utilisation",
                      "runs" : 1,
                      "it_kwh" : 4.0
                    }, {
                      "provenance" : "measured (counter)",
                      "method" : "nvml-total-energy",
                      "runs" : 4,
                      "it_kwh" : 31.583
                    }, {
                      "provenance" : "measured (counter)",
                      "method" : "rapl-energy_uj",
                      "runs" : 2,
                      "it_kwh" : 2.5
                    } ],
                    "unknown_location_runs" : [ "c1000001-x" ],
                    "runs_without_footprint" : [ ]
                  }
                }
                """;
}
