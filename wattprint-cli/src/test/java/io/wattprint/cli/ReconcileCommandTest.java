package io.wattprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.core.quantity.Energy;
import io.wattprint.ledger.Ledger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * wattprint reconcile on hand-computed cases. October at dc-paris: meter 10,000 kWh, PUE 1.25
 * (2026, measured, category 2); run aaaa0001 (search/bert) 30 GPU-hours of 160 kWh = 4,800 kWh
 * IT, run bbbb0001 (vision) 10 GPU-hours of 160 kWh = 1,600 kWh IT. Bottom-up facility energy
 * (4,800 + 1,600) × 1.25 = 8,000 kWh: coverage 80 %, residual 2,000 kWh (20 %).
 */
class ReconcileCommandTest {
    @TempDir
    Path tmp;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(tmp);
        ok("facility", "add", "dc-paris", "--zone", "FR");
        ok("facility", "pue", "dc-paris", "--year", "2026", "--value", "1.25", "--measured", "--category", "2",
                "--source", "2026 BMS report");
        ok("facility", "reading", "dc-paris", "--from", "2026-10-01", "--to", "2026-11-01", "--kwh", "10000",
                "--kind", "utility-bill", "--source", "EDF invoice 2026-10");
        addRun("aaaa0001-run", "search", "bert", "dc-paris", Instant.parse("2026-10-05T00:00:00Z"), 30, 160);
        addRun("bbbb0001-run", "vision", "vision", "dc-paris", Instant.parse("2026-10-20T00:00:00Z"), 10, 160);
        addRun("cccc0001-run", "other", "other", null, Instant.parse("2026-10-20T00:00:00Z"), 10, 999);
    }

    private CliHarness.Result ok(String... args) {
        var r = cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    /** A closed run with one GPU drawing {@code kwhPerHour} for {@code hours} hourly intervals. */
    private void addRun(String id, String project, String name, String facility, Instant start, int hours, double kwhPerHour) {
        Workload w = Workload.builder(name).project(project).build();
        Run run = new Run(id, "test:" + id, w, "gpu-node", new Location("FR", null, facility), start, null, RunStatus.RUNNING,
                null, "train.py");
        List<EnergyInterval> xs = new ArrayList<>();
        for (int h = 0; h < hours; h++) {
            Instant s = start.plusSeconds(3600L * h);
            xs.add(new EnergyInterval(s, s.plusSeconds(3600), Component.gpu("0"), Energy.ofKilowattHours(kwhPerHour),
                    new Provenance.MeasuredCounter("nvml-total-energy")));
        }
        try (Ledger l = Ledger.open(cli.ledgerFile().toString())) {
            l.runs().insertRun(run);
            l.intervals().append(id, xs);
            l.runs().closeRun(id, start.plusSeconds(3600L * hours), RunStatus.SUCCEEDED, 0);
        }
    }

    @Test
    void bottomUpCoveringEightyPercentOfTheMeterShowsATwentyPercentResidual() {
        var r = ok("reconcile", "--facility", "dc-paris", "--period", "2026-10");

        assertThat(r.out()).startsWith(String.join("\n",
                "wattprint: hybrid reconciliation of facility dc-paris (zone FR), 2026-10 [2026-10-01T00:00:00Z, 2026-11-01T00:00:00Z)",
                "  bottom-up IT energy × PUE per run, summed, against the facility meter; residual reported separately",
                "",
                "RUN        PROJECT/WORKLOAD    IT kWh  × PUE  FACILITY kWh     SHARE",
                "aaaa0001   search/bert       4800.000  1.250      6000.000   75.00 %",
                "bbbb0001   vision            1600.000  1.250      2000.000   25.00 %",
                "bottom-up  (2 runs)          6400.000  1.250      8000.000  100.00 %",
                "residual   (unattributed)                        +2000.000   20.00 %",
                "meter      (utility-bill)                        10000.000  100.00 %",
                "",
                "coverage  80.00 %  (bottom-up facility energy / metered facility energy)",
                "residual  +2000.000 kWh  (meter − bottom-up; not attributed to any run)",
                "",
                "explanation:",
                "  coverage of facility dc-paris, 2026-10 = 80 %    [bottom-up facility energy / metered facility energy]",
                "    metered facility energy = 10000 kWh    [Σ readings inside 2026-10 (pro-rated by time where a reading extends beyond it)]",
                "      utility-bill 2026-10: 10000 kWh  — EDF invoice 2026-10",
                "    bottom-up facility energy = 8000 kWh    [Σ runs (IT energy × PUE)]",
                "      PUE: 1.250  — facility dc-paris PUE for 2026, which contains 2026-10, measured, ISO/IEC 30134-2 category 2 (PDU output) (source: 2026 BMS report)",
                "      run aaaa0001-run: 4800 kWh IT × 1.250 = 6000 kWh (75 %)  — search/bert",
                "      run bbbb0001-run: 1600 kWh IT × 1.250 = 2000 kWh (25 %)  — vision",
                "    unattributed residual = 2000 kWh    [metered energy − bottom-up energy]",
                "      note: reported separately: the runs keep their bottom-up figures", ""));
        assertThat(r.out()).doesNotContain("cccc0001");
    }

    @Test
    void proRataLinesAddUpToTheMeter() throws Exception {
        var table = ok("reconcile", "--facility", "dc-paris", "--period", "2026-10", "--residual", "pro-rata");
        JsonNode json = new ObjectMapper().readTree(ok("reconcile", "--facility", "dc-paris", "--period", "2026-10",
                "--residual", "pro-rata", "--json").out());

        // Residual 2,000 kWh: 75 % → +1,500 (6,000 → 7,500), 25 % → +500 (2,000 → 2,500).
        assertThat(table.out()).contains(
                "RUN        PROJECT/WORKLOAD     IT kWh  × PUE  FACILITY kWh     SHARE  + RESIDUAL kWh  ATTRIBUTED kWh",
                "aaaa0001   search/bert        4800.000  1.250      6000.000   75.00 %       +1500.000        7500.000",
                "bbbb0001   vision             1600.000  1.250      2000.000   25.00 %        +500.000        2500.000",
                "bottom-up  (2 runs)           6400.000  1.250      8000.000  100.00 %       +2000.000       10000.000",
                "meter      (utility-bill)                         10000.000  100.00 %                       10000.000",
                "residual  +2000.000 kWh  (meter − bottom-up; allocated to the runs by their share, so they add up to the meter)");
        assertThat(json.get("residual_allocated").asBoolean()).isTrue();
        double sum = 0;
        for (JsonNode run : json.get("runs")) sum += run.get("attributed_kwh").asDouble();
        assertThat(sum).isCloseTo(json.get("meter_kwh").asDouble(), within(1e-9));
        assertThat(json.get("runs").get(0).get("allocated_residual_kwh").asDouble()).isEqualTo(1500.0);
    }

    @Test
    void jsonCarriesCoverageResidualMeterPueAndRuns() throws Exception {
        JsonNode j = new ObjectMapper().readTree(ok("reconcile", "--facility", "dc-paris", "--period", "2026-10", "--json").out());

        assertThat(j.get("method").asText()).isEqualTo("hybrid");
        assertThat(j.get("period").get("from").asText()).isEqualTo("2026-10-01T00:00:00Z");
        assertThat(j.get("coverage").asDouble()).isEqualTo(0.8);
        assertThat(j.get("residual_kwh").asDouble()).isEqualTo(2000.0);
        assertThat(j.get("meter_kwh").asDouble()).isEqualTo(10000.0);
        assertThat(j.get("bottom_up_kwh").asDouble()).isEqualTo(8000.0);
        assertThat(j.get("meter").get("readings").get(0).get("source").asText()).isEqualTo("EDF invoice 2026-10");
        assertThat(j.get("pue").get("value").asDouble()).isEqualTo(1.25);
        assertThat(j.get("pue").get("category").asInt()).isEqualTo(2);
        assertThat(j.get("runs")).hasSize(2);
        assertThat(j.get("runs").get(1).get("bottom_up_kwh").asDouble()).isEqualTo(2000.0);
        assertThat(j.get("warnings")).isEmpty();
        assertThat(j.get("reconciled").asBoolean()).isTrue();
    }

    @Test
    void topDownSplitsTheMeterByGpuHours() throws Exception {
        // November: 1,000 kWh metered / 1.25 = 800 kWh IT; 30 and 10 GPU-hours → 600 and 200 kWh.
        ok("facility", "reading", "dc-paris", "--from", "2026-11-01", "--to", "2026-12-01", "--kwh", "1000",
                "--kind", "utility-bill", "--source", "EDF invoice 2026-11");
        addRun("dddd0001-run", "search", "bert", "dc-paris", Instant.parse("2026-11-02T00:00:00Z"), 30, 1);
        addRun("eeee0001-run", "vision", "vision", "dc-paris", Instant.parse("2026-11-03T00:00:00Z"), 10, 1);

        var r = ok("reconcile", "--facility", "dc-paris", "--period", "2026-11", "--top-down");
        JsonNode j = new ObjectMapper().readTree(ok("reconcile", "--facility", "dc-paris", "--period", "2026-11", "--top-down",
                "--json").out());

        assertThat(r.out()).contains(
                "RUN       PROJECT/WORKLOAD  ACCELERATOR h     SHARE   IT kWh  FACILITY kWh",
                "dddd0001  search/bert              30.000   75.00 %  600.000       750.000",
                "eeee0001  vision                   10.000   25.00 %  200.000       250.000",
                "runs      (2 runs)                 40.000  100.00 %  800.000      1000.000",
                "meter     (utility-bill)                             800.000      1000.000",
                "IT energy  1000.000 kWh metered / PUE 1.250 = 800.000 kWh",
                "top-down IT energy of facility dc-paris, 2026-11 = 800 kWh    [metered facility energy / PUE]");
        assertThat(j.get("method").asText()).isEqualTo("top-down");
        assertThat(j.get("share_basis").asText()).isEqualTo("accelerator-hours");
        assertThat(j.get("runs").get(0).get("it_kwh").asDouble()).isEqualTo(600.0);
        assertThat(j.get("runs").get(1).get("it_kwh").asDouble()).isEqualTo(200.0);
    }

    @Test
    void aPeriodWithoutMeterReadingSaysThereIsNothingToReconcile() throws Exception {
        var r = ok("reconcile", "--facility", "dc-paris", "--period", "2026-09");
        JsonNode j = new ObjectMapper().readTree(ok("reconcile", "--facility", "dc-paris", "--period", "2026-09", "--json").out());

        assertThat(r.out()).contains("nothing to reconcile: no meter reading of facility dc-paris covers any of 2026-09 "
                        + "(add one with wattprint facility reading dc-paris)",
                "warning: no meter reading of facility dc-paris covers any of 2026-09: nothing to reconcile (add one with "
                        + "wattprint facility reading) [no-meter-reading]")
                .doesNotContain("coverage  ");
        assertThat(j.get("reconciled").asBoolean()).isFalse();
        assertThat(j.get("coverage").isNull()).isTrue();
        assertThat(j.get("residual_kwh").isNull()).isTrue();
        assertThat(j.get("warnings").get(0).get("kind").asText()).isEqualTo("no-meter-reading");
    }

    @Test
    void bottomUpAboveTheMeterIsAWarning() {
        // A corrected bill of 7,000 kWh: 8,000 bottom-up is 14.29 % over it.
        ok("facility", "reading", "dc-paris", "--from", "2026-10-01", "--to", "2026-11-01", "--kwh", "7000",
                "--kind", "utility-bill", "--source", "EDF invoice 2026-10, corrected");

        var r = ok("reconcile", "--facility", "dc-paris", "--period", "2026-10");

        assertThat(r.out()).contains("residual   (unattributed)                        -1000.000  -14.29 %",
                "coverage  114.29 %",
                "warning: bottom-up exceeds the meter by 14.29 %: check PUE, meter period or double counting "
                        + "[bottom-up-exceeds-meter]");
    }

    @Test
    void aRunAcrossThePeriodBoundaryCountsWithItsEnergyInsideIt() throws Exception {
        // 30 Sep 22:00 for 4 h of 1 kWh: 2 kWh in September, 2 in October.
        addRun("ffff0001-run", "edge", "edge", "dc-paris", Instant.parse("2026-09-30T22:00:00Z"), 4, 1);

        JsonNode j = new ObjectMapper().readTree(ok("reconcile", "--facility", "dc-paris", "--period", "2026-10", "--json").out());

        assertThat(j.get("runs").get(0).get("id").asText()).isEqualTo("ffff0001-run");
        assertThat(j.get("runs").get(0).get("it_kwh").asDouble()).isEqualTo(2.0);
        assertThat(j.get("bottom_up_it_kwh").asDouble()).isEqualTo(6402.0);
    }

    @Test
    void aMeterCoveringHalfTheMonthReconcilesThatHalfAndSaysSo() throws Exception {
        // Only 1–16 October metered (15 of 31 days): run aaaa0001 (5 Oct, 30 h) is inside it, bbbb0001 (20 Oct) is not.
        ok("facility", "add", "dc-lyon", "--zone", "FR");
        ok("facility", "pue", "dc-lyon", "--year", "2026", "--value", "1.25", "--declared", "--source", "design");
        ok("facility", "reading", "dc-lyon", "--from", "2026-10-01", "--to", "2026-10-16", "--kwh", "7500",
                "--kind", "interval-meter", "--source", "smart meter");
        addRun("gggg0001-run", "search", "bert", "dc-lyon", Instant.parse("2026-10-05T00:00:00Z"), 30, 160);
        addRun("hhhh0001-run", "vision", "vision", "dc-lyon", Instant.parse("2026-10-20T00:00:00Z"), 10, 160);

        JsonNode j = new ObjectMapper().readTree(ok("reconcile", "--facility", "dc-lyon", "--period", "2026-10", "--json").out());

        assertThat(j.get("runs")).hasSize(1);
        assertThat(j.get("bottom_up_kwh").asDouble()).isEqualTo(6000.0);
        assertThat(j.get("coverage").asDouble()).isEqualTo(0.8);
        assertThat(j.get("meter").get("covered_share").asDouble()).isEqualTo(15.0 / 31);
        assertThat(j.get("warnings").get(0).get("kind").asText()).isEqualTo("partial-meter-coverage");
        assertThat(j.get("warnings").get(0).get("message").asText()).isEqualTo("meter readings cover 48.39 % of 2026-10 (15 of "
                + "31 days): the figures are for the covered part only, runs' energy outside it is left out");
    }
}
