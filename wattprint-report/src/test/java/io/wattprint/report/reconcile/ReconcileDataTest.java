package io.wattprint.report.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.facility.MeterReading;
import io.wattprint.core.facility.MeteredEnergy;
import io.wattprint.core.facility.Reconciliation.ResidualTreatment;
import io.wattprint.core.model.Period;
import io.wattprint.report.ReportJson;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON of {@code wattprint reconcile --json} as {@link HybridData} and {@link TopDownData} write it, byte for byte:
 * the keys, their order, unrounded figures and nulls of the hand-built maps the CLI wrote before (checked equal on
 * 20 cases when they were replaced). Figures: {@link ReconcileResultTest}'s October at dc.
 */
class ReconcileDataTest {
    static final String HYBRID_PRO_RATA = """
            {
              "method" : "hybrid",
              "facility" : "dc",
              "zone" : "FR",
              "period" : {
                "label" : "2026-10",
                "from" : "2026-10-01T00:00:00Z",
                "to" : "2026-11-01T00:00:00Z"
              },
              "meter" : {
                "boundary" : "facility",
                "kwh" : 10.0,
                "covered_share" : 1.0,
                "readings" : [ {
                  "period" : "2026-10",
                  "from" : "2026-10-01T00:00:00Z",
                  "to" : "2026-11-01T00:00:00Z",
                  "kind" : "utility-bill",
                  "boundary" : "facility",
                  "kwh" : 10.0,
                  "source" : "bill",
                  "counted_kwh" : 10.0,
                  "pro_rated" : false
                } ]
              },
              "pue" : {
                "value" : 1.25,
                "period" : "2026",
                "basis" : "declared",
                "category" : null,
                "source" : "design",
                "applied" : "facility dc PUE for 2026, which contains 2026-10, declared (source: design)"
              },
              "residual_treatment" : "pro-rata",
              "runs" : [ {
                "id" : "run-1",
                "label" : "p/w1",
                "it_kwh" : 1.0004,
                "pue" : 1.25,
                "bottom_up_kwh" : 1.2505,
                "share" : 0.3333333333333333,
                "allocated_residual_kwh" : 2.0828333333333333,
                "attributed_kwh" : 3.3333333333333335
              }, {
                "id" : "run-2",
                "label" : "p/w2",
                "it_kwh" : 1.0004,
                "pue" : 1.25,
                "bottom_up_kwh" : 1.2505,
                "share" : 0.3333333333333333,
                "allocated_residual_kwh" : 2.0828333333333333,
                "attributed_kwh" : 3.3333333333333335
              }, {
                "id" : "run-3",
                "label" : "p/w3",
                "it_kwh" : 1.0004,
                "pue" : 1.25,
                "bottom_up_kwh" : 1.2505,
                "share" : 0.3333333333333333,
                "allocated_residual_kwh" : 2.0828333333333333,
                "attributed_kwh" : 3.3333333333333335
              } ],
              "bottom_up_it_kwh" : 3.0012,
              "bottom_up_kwh" : 3.7515,
              "meter_kwh" : 10.0,
              "coverage" : 0.37515,
              "residual_kwh" : 6.2485,
              "residual_allocated" : true,
              "reconciled" : true,
              "warnings" : [ ],
              "explanation" : [ "coverage of facility dc, 2026-10 = 37.52 %    [bottom-up facility energy / metered facility energy]", "  metered facility energy = 10 kWh    [Σ readings inside 2026-10 (pro-rated by time where a reading extends beyond it)]", "    utility-bill 2026-10: 10 kWh  — bill", "  bottom-up facility energy = 3.752 kWh    [Σ runs (IT energy × PUE)]", "    PUE: 1.250  — facility dc PUE for 2026, which contains 2026-10, declared (source: design)", "    run run-1: 1 kWh IT × 1.250 = 1.251 kWh (33.33 %)  — p/w1", "    run run-2: 1 kWh IT × 1.250 = 1.251 kWh (33.33 %)  — p/w2", "    run run-3: 1 kWh IT × 1.250 = 1.251 kWh (33.33 %)  — p/w3", "  unattributed residual = 6.249 kWh    [metered energy − bottom-up energy]", "    note: allocated pro rata: each run gets residual × its share of the bottom-up energy, so the runs add up to the meter" ]
            }""";

    static final String TOP_DOWN_WITHOUT_READING = """
            {
              "method" : "top-down",
              "facility" : "dc",
              "zone" : "FR",
              "period" : {
                "label" : "2026-09",
                "from" : "2026-09-01T00:00:00Z",
                "to" : "2026-10-01T00:00:00Z"
              },
              "meter" : {
                "boundary" : "facility",
                "kwh" : null,
                "covered_share" : 0.0,
                "readings" : [ ]
              },
              "pue" : null,
              "share_basis" : "nothing",
              "it_kwh" : null,
              "runs" : [ ],
              "attributed" : false,
              "warnings" : [ {
                "kind" : "no-meter-reading",
                "message" : "no meter reading of facility dc covers any of 2026-09: nothing to reconcile (add one with wattprint facility reading)"
              } ],
              "explanation" : [ "top-down IT energy of facility dc, 2026-09 = not computed", "  note: no meter reading covers the period: nothing to attribute" ]
            }""";

    @Test
    void hybridJsonWithTheResidualAllocated() {
        HybridResult h = HybridResult.of(ReconcileResultTest.inputs(36_000_000, MeterReading.Kind.UTILITY_BILL,
                ReconcileResultTest.threeEqualRuns()), ResidualTreatment.ALLOCATE_PRO_RATA);
        assertThat(ReportJson.text(HybridData.of(h))).isEqualTo(HYBRID_PRO_RATA);
    }

    @Test
    void topDownJsonWithoutAReadingHasNullFiguresAndNoPue() {
        Period september = Period.month(YearMonth.of(2026, 9));
        ReconcileInputs in = new ReconcileInputs(ReconcileResultTest.DC, september, MeteredEnergy.of("dc", september, List.of()),
                null, ReconcileResultTest.threeEqualRuns());
        assertThat(ReportJson.text(TopDownData.of(TopDownResult.of(in)))).isEqualTo(TOP_DOWN_WITHOUT_READING);
    }
}
