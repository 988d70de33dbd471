package io.wattprint.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.report.RenderedFormats;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Golden output of the Markdown, CSV and JSON renderers on a document with every block kind. */
class TextRenderersTest {
    static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void markdownPrintsEveryBlockWithTotalsInBoldAndChartsAsData() throws IOException {
        assertThat(RenderedFormats.text(ReportFormat.MD, SampleDocument.at(AT))).isEqualTo("""
                # Sample report

                Period 2026-W47, ledger test.db

                Generated: 2026-11-23T10:00:00Z

                ## Energy by project

                Facility energy of the runs closed in the week; CO₂e location-based.

                **By project**

                | Project | kWh | kgCO2e |
                |---|---:|---:|
                | vision | 1,200.50 | 60.03 |
                | nlp\\|chat | 0.25 | 0.01 |
                | **TOTAL** | **1,200.75** | **60.04** |

                > **Estimated:** 12.5 % of the energy is estimated (no meter on host b).

                **Inputs**

                | Field | Value |
                |---|---|
                | Emission factors | wattprint data 2026.11, "Ember" 2024 |

                *Chart: Energy by week (kWh)*

                | | training | inference |
                |---|---:|---:|
                | 2026-W46 | 1000 | 0.1235 |
                | 2026-W47 | 1201 | 0.25 |
                """);
    }

    @Test
    void csvIsOneLinePerCellWithFiguresUngrouped() throws IOException {
        assertThat(RenderedFormats.text(ReportFormat.CSV, SampleDocument.at(AT))).isEqualTo(String.join("\r\n",
                "table,row,column,value",
                "report,1,kind,sample",
                "report,1,title,Sample report",
                "report,1,subtitle,\"Period 2026-W47, ledger test.db\"",
                "report,1,generated_at,2026-11-23T10:00:00Z",
                "by_project,1,Project,vision",
                "by_project,1,kWh,1200.50",
                "by_project,1,kgCO2e,60.03",
                "by_project,2,Project,nlp|chat",
                "by_project,2,kWh,0.25",
                "by_project,2,kgCO2e,0.01",
                "by_project,total,Project,TOTAL",
                "by_project,total,kWh,1200.75",
                "by_project,total,kgCO2e,60.04",
                "inputs,1,field,Emission factors",
                "inputs,1,value,\"wattprint data 2026.11, \"\"Ember\"\" 2024\"",
                "energy_by_week,1,category,2026-W46",
                "energy_by_week,1,training (kWh),1000",
                "energy_by_week,1,inference (kWh),0.1235",
                "energy_by_week,2,category,2026-W47",
                "energy_by_week,2,training (kWh),1201",
                "energy_by_week,2,inference (kWh),0.25",
                ""));
    }

    @Test
    void jsonWritesDecimalsPlain() throws IOException {
        assertThat(RenderedFormats.text(ReportFormat.JSON, SampleDocument.at(AT))).isEqualTo("""
                {
                  "report" : "sample",
                  "generated_at" : "2026-11-23T10:00:00Z",
                  "total_kwh" : 1200.75,
                  "tiny" : 0.000000146
                }
                """);
    }

    @Test
    void twoRendersAtDifferentTimesDifferOnlyInTheGenerationLine() throws IOException {
        String a = RenderedFormats.text(ReportFormat.MD, SampleDocument.at(AT));
        String b = RenderedFormats.text(ReportFormat.MD, SampleDocument.at(AT.plusSeconds(3600)));
        assertThat(a).isNotEqualTo(b);
        assertThat(a.replaceAll("Generated: .*", "")).isEqualTo(b.replaceAll("Generated: .*", ""));
    }
}
