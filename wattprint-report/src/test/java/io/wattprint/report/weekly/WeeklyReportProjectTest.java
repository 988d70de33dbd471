package io.wattprint.report.weekly;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.report.RenderedFormats;
import io.wattprint.report.ReportFormat;
import io.wattprint.report.ReportOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --project search} on {@link WeeklyFixture}: only the two search runs of W47 (c1000001-x 0.5 kWh, unknown
 * location; c1000002-x 0.333 kWh × 56 g = 0.018648 → 0.019 kg), nothing of search in W46 (week-over-week "new"),
 * a 2-week trend. Exact CSV.
 */
class WeeklyReportProjectTest {
    @TempDir
    Path dir;

    ReportOutput search() { return WeeklyFixture.report(dir, WeeklyFixture.w47().project("search").trendWeeks(2)); }

    @Test
    void projectFilterKeepsOnlyThatProjectsRuns() {
        ReportOutput r = search();
        assertThat(r.json().get("project")).isEqualTo("search");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> projects = (List<Map<String, Object>>) ((Map<String, Object>) r.json().get("by_project")).get("lines");
        assertThat(projects).extracting(m -> m.get("project")).containsExactly("search");
        assertThat(r.document().subtitle()).endsWith("project search");
    }

    @Test
    void csvOfOneProject() throws IOException {
        assertThat(RenderedFormats.text(ReportFormat.CSV, search())).isEqualTo(CSV.replace("\n", "\r\n"));
    }

    static final String CSV = """
                table,row,column,value
                report,1,kind,weekly
                report,1,title,Weekly engineering report 2026-W47
                report,1,subtitle,"2026-W47: runs started 2026-11-16 to 2026-11-22 (UTC), project search"
                report,1,generated_at,2026-11-24T09:00:00Z
                totals,1,field,Runs
                totals,1,value,2
                totals,2,field,Facility energy
                totals,2,value,0.833 kWh
                totals,3,field,Location-based emissions
                totals,3,value,0.019 kgCO2e
                totals,4,field,Runs without CO2e
                totals,4,value,1
                totals,5,field,Change from 2026-W46
                totals,5,value,'+0.833 kWh (new)
                totals,6,field,IT energy measured
                totals,6,value,100.0 %
                totals,7,field,IT energy estimated
                totals,7,value,0.0 %
                totals,8,field,Runs with unknown location
                totals,8,value,1
                by_phase,1,Phase,training
                by_phase,1,Runs,0
                by_phase,1,Facility kWh,0.000
                by_phase,1,kgCO2e,0.000
                by_phase,1,Runs without CO2e,0
                by_phase,2,Phase,fine-tuning
                by_phase,2,Runs,0
                by_phase,2,Facility kWh,0.000
                by_phase,2,kgCO2e,0.000
                by_phase,2,Runs without CO2e,0
                by_phase,3,Phase,inference
                by_phase,3,Runs,0
                by_phase,3,Facility kWh,0.000
                by_phase,3,kgCO2e,0.000
                by_phase,3,Runs without CO2e,0
                by_phase,4,Phase,data-pipeline
                by_phase,4,Runs,1
                by_phase,4,Facility kWh,0.500
                by_phase,4,kgCO2e,n/a
                by_phase,4,Runs without CO2e,1
                by_phase,5,Phase,supporting
                by_phase,5,Runs,0
                by_phase,5,Facility kWh,0.000
                by_phase,5,kgCO2e,0.000
                by_phase,5,Runs without CO2e,0
                by_phase,6,Phase,unspecified
                by_phase,6,Runs,1
                by_phase,6,Facility kWh,0.333
                by_phase,6,kgCO2e,0.019
                by_phase,6,Runs without CO2e,0
                by_phase,total,Phase,TOTAL
                by_phase,total,Runs,2
                by_phase,total,Facility kWh,0.833
                by_phase,total,kgCO2e,0.019
                by_phase,total,Runs without CO2e,1
                energy_by_phase,1,category,training
                energy_by_phase,1,Facility energy (kWh),0
                energy_by_phase,2,category,fine-tuning
                energy_by_phase,2,Facility energy (kWh),0
                energy_by_phase,3,category,inference
                energy_by_phase,3,Facility energy (kWh),0
                energy_by_phase,4,category,data-pipeline
                energy_by_phase,4,Facility energy (kWh),0.5
                energy_by_phase,5,category,supporting
                energy_by_phase,5,Facility energy (kWh),0
                energy_by_phase,6,category,unspecified
                energy_by_phase,6,Facility energy (kWh),0.333
                by_project,1,Project,search
                by_project,1,Runs,2
                by_project,1,Facility kWh,0.833
                by_project,1,kgCO2e,0.019
                by_project,1,Runs without CO2e,1
                by_project,total,Project,TOTAL
                by_project,total,Runs,2
                by_project,total,Facility kWh,0.833
                by_project,total,kgCO2e,0.019
                by_project,total,Runs without CO2e,1
                energy_by_project,1,category,search
                energy_by_project,1,Facility energy (kWh),0.833
                by_team,1,Team,lang
                by_team,1,Runs,2
                by_team,1,Facility kWh,0.833
                by_team,1,kgCO2e,0.019
                by_team,1,Runs without CO2e,1
                by_team,total,Team,TOTAL
                by_team,total,Runs,2
                by_team,total,Facility kWh,0.833
                by_team,total,kgCO2e,0.019
                by_team,total,Runs without CO2e,1
                by_model,1,Model,bert
                by_model,1,Version,base
                by_model,1,Runs,1
                by_model,1,Facility kWh,0.333
                by_model,1,kgCO2e,0.019
                by_model,1,Runs without CO2e,0
                by_model,2,Model,unspecified
                by_model,2,Version,
                by_model,2,Runs,1
                by_model,2,Facility kWh,0.500
                by_model,2,kgCO2e,n/a
                by_model,2,Runs without CO2e,1
                by_model,total,Model,TOTAL
                by_model,total,Version,
                by_model,total,Runs,2
                by_model,total,Facility kWh,0.833
                by_model,total,kgCO2e,0.019
                by_model,total,Runs without CO2e,1
                by_workload,1,Workload,crawl
                by_workload,1,Runs,2
                by_workload,1,Facility kWh,0.833
                by_workload,1,kgCO2e,0.019
                by_workload,1,Runs without CO2e,1
                by_workload,total,Workload,TOTAL
                by_workload,total,Runs,2
                by_workload,total,Facility kWh,0.833
                by_workload,total,kgCO2e,0.019
                by_workload,total,Runs without CO2e,1
                week_over_week,1,Project,search
                week_over_week,1,2026-W46 kWh,0.000
                week_over_week,1,This week kWh,0.833
                week_over_week,1,Change kWh,+0.833
                week_over_week,1,Change,new
                week_over_week,total,Project,TOTAL
                week_over_week,total,2026-W46 kWh,0.000
                week_over_week,total,This week kWh,0.833
                week_over_week,total,Change kWh,+0.833
                week_over_week,total,Change,new
                trend,1,category,2026-W46
                trend,1,training (kWh),0
                trend,1,fine-tuning (kWh),0
                trend,1,inference (kWh),0
                trend,1,data-pipeline (kWh),0
                trend,1,supporting (kWh),0
                trend,1,unspecified (kWh),0
                trend,2,category,2026-W47
                trend,2,training (kWh),0
                trend,2,fine-tuning (kWh),0
                trend,2,inference (kWh),0
                trend,2,data-pipeline (kWh),0.5
                trend,2,supporting (kWh),0
                trend,2,unspecified (kWh),0.333
                top_runs,1,Run,c1000001
                top_runs,1,Workload,crawl
                top_runs,1,Project,search
                top_runs,1,Phase,data-pipeline
                top_runs,1,Facility kWh,0.500
                top_runs,1,kgCO2e,n/a
                top_runs,1,Measured,100.0 %
                top_runs,1,Estimated,0.0 %
                top_runs,2,Run,c1000002
                top_runs,2,Workload,crawl
                top_runs,2,Project,search
                top_runs,2,Phase,unspecified
                top_runs,2,Facility kWh,0.333
                top_runs,2,kgCO2e,0.019
                top_runs,2,Measured,100.0 %
                top_runs,2,Estimated,0.0 %
                provenance,1,Project,search
                provenance,1,IT kWh,0.833
                provenance,1,Measured kWh,0.833
                provenance,1,Estimated kWh,0.000
                provenance,1,Imported kWh,0.000
                provenance,1,Measured,100.0 %
                provenance,1,Estimated,0.0 %
                provenance,total,Project,TOTAL
                provenance,total,IT kWh,0.833
                provenance,total,Measured kWh,0.833
                provenance,total,Estimated kWh,0.000
                provenance,total,Imported kWh,0.000
                provenance,total,Measured,100.0 %
                provenance,total,Estimated,0.0 %
                unknown_location,1,Run,c1000001
                unknown_location,1,Workload,crawl
                unknown_location,1,Project,search
                unknown_location,1,Started,2026-11-20T06:00:00Z
                unknown_location,1,Facility kWh,0.500
                unknown_location,total,Run,TOTAL
                unknown_location,total,Workload,
                unknown_location,total,Project,
                unknown_location,total,Started,
                unknown_location,total,Facility kWh,0.500
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
                factors,1,Zone,FR
                factors,1,gCO2e/kWh,56.00
                factors,1,Year,2026
                factors,1,Source,test fixture
                factors,1,Runs,1
                factors,1,kWh,0.333
                pues,1,PUE,1.00
                pues,1,Basis,"not applied (no facility, cloud region or --pue given; IT energy only)"
                pues,1,Runs,2
                energy_methods,1,Provenance,measured (counter)
                energy_methods,1,Method,nvml-total-energy
                energy_methods,1,Runs,1
                energy_methods,1,IT kWh,0.333
                energy_methods,2,Provenance,measured (counter)
                energy_methods,2,Method,rapl-energy_uj
                energy_methods,2,Runs,1
                energy_methods,2,IT kWh,0.500
                """;
}
