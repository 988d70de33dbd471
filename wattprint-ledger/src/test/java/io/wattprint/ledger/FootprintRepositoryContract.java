package io.wattprint.ledger;

import static io.wattprint.ledger.Fixtures.T0;
import static io.wattprint.ledger.Fixtures.footprint;
import static io.wattprint.ledger.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every ledger database must do with the footprint versions of runs and their sums over a period;
 * the same cases run on SQLite and PostgreSQL.
 */
abstract class FootprintRepositoryContract extends LedgerContract {
    @Test
    void theLatestFootprintVersionWins() {
        runs.insertRun(run("run-1", T0));
        Instant before = Instant.now().minusSeconds(1);

        assertThat(footprints.save("run-1", Fixtures.footprint(100, Co2e.ofGrams(1), Fixtures.france2024()), "data-2026.1")).isEqualTo(1);
        assertThat(footprints.save("run-1", Fixtures.footprint(200, Co2e.ofGrams(2), Fixtures.france2024()), "data-2026.2")).isEqualTo(2);

        StoredFootprint latest = runs.find("run-1").orElseThrow().footprint();
        assertThat(latest.co2e()).isEqualTo(Co2e.ofGrams(2));
        assertThat(latest.dataset()).isEqualTo("data-2026.2");
        assertThat(latest.components().get(0).energy()).isEqualTo(Energy.ofJoules(200));
        assertThat(latest.computedAt()).isAfter(before);
        assertThat(count("SELECT COUNT(*) FROM footprints")).as("versions are kept").isEqualTo(2);
        assertThatThrownBy(() -> footprints.save("ghost", Fixtures.footprint(1, null, null), null))
                .isInstanceOf(LedgerException.class);
    }

    @Test
    void aFootprintRoundTripsWithItsFactorComponentsAndExplanation() {
        runs.insertRun(run("run-1", T0));
        var f = Fixtures.footprint(3600.25, Co2e.ofGrams(0.0314), Fixtures.france2024());

        footprints.save("run-1", f, "data-2026.1");

        StoredFootprint s = runs.find("run-1").orElseThrow().footprint();
        assertThat(s.itEnergy()).isEqualTo(f.itEnergy());
        assertThat(s.facilityEnergy()).isEqualTo(f.facilityEnergy());
        assertThat(s.pue()).isEqualTo(1.2);
        assertThat(s.pueBasis()).isEqualTo("declared, aws:eu-west-3 (ISO/IEC 30134-2 category 1)");
        assertThat(s.co2e()).isEqualTo(Co2e.ofGrams(0.0314));
        assertThat(s.factorZone()).isEqualTo("FR");
        assertThat(s.factorGramsPerKwh()).isEqualTo(21.7);
        assertThat(s.factorYear()).isEqualTo(2024);
        assertThat(s.factorSource()).isEqualTo("RTE eco2mix");
        assertThat(s.measuredShare()).isEqualTo(f.measuredShare());
        assertThat(s.components()).isEqualTo(f.components());
        assertThat(s.explanation()).isEqualTo(f.explanation().render());
        assertThat(s.explanation()).contains("  grid factor: 21.7 gCO2e/kWh  — RTE eco2mix — 2024");
    }

    // closedTotals: 2026 = [Y26, Y27). Runs: a (FR, two footprint versions 100 J then 200 J GPU), b (FR, 300 J GPU),
    // c (aws cloud region, 400 J), d (unknown location: no CO2e, 50 J), e (closed, no footprint), f (closed in 2025).
    private static final Instant Y25 = Instant.parse("2025-01-01T00:00:00Z"), Y26 = Instant.parse("2026-01-01T00:00:00Z"),
            Y27 = Instant.parse("2027-01-01T00:00:00Z");

    private void storeForTotals() {
        Instant t = Instant.parse("2026-03-01T10:00:00Z");
        runs.insertRun(new Run("a", "ka", Fixtures.workload("p"), null, Location.zone("FR"), t, null, RunStatus.RUNNING, null, null));
        footprints.save("a", footprint(100, Co2e.ofGrams(1), Fixtures.france2024()), "data-1");
        runs.closeRun("a", t.plusSeconds(60), RunStatus.SUCCEEDED, 0, footprint(200, Co2e.ofGrams(2), Fixtures.france2024()), "data-1",
                t.plusSeconds(61));
        closedWith(new Run("b", "kb", Fixtures.workload("p"), null, Location.zone("FR"), t.plusSeconds(1), null,
                RunStatus.RUNNING, null, null), footprint(300, Co2e.ofGrams(3), Fixtures.france2024()));
        closedWith(new Run("c", "kc", Fixtures.workload("p"), null, new Location("FR", "aws:eu-west-3", null), t.plusSeconds(2), null,
                RunStatus.RUNNING, null, null), footprint(400, Co2e.ofGrams(4), Fixtures.france2024()));
        closedWith(new Run("d", "kd", Fixtures.workload("p"), null, Location.unknown(), t.plusSeconds(3), null,
                RunStatus.RUNNING, null, null), footprint(50, null, null));
        runs.insertRun(new Run("e", "ke", Fixtures.workload("p"), null, Location.zone("FR"), t.plusSeconds(4), null,
                RunStatus.RUNNING, null, null));
        runs.closeRun("e", t.plusSeconds(64), RunStatus.SUCCEEDED, 0);
        closedWith(new Run("f", "kf", Fixtures.workload("p"), null, Location.zone("FR"), Instant.parse("2025-06-01T00:00:00Z"), null,
                RunStatus.RUNNING, null, null), footprint(600, Co2e.ofGrams(6), Fixtures.france2024()));
    }

    private void closedWith(Run r, Footprint f) {
        runs.insertRun(r);
        runs.closeRun(r.id(), r.start().plusSeconds(60), RunStatus.SUCCEEDED, 0, f, "data-1", r.start().plusSeconds(61));
    }

    @Test
    void closedTotalsSumTheLatestFootprintOfEachRunClosedInThePeriod() {
        storeForTotals();

        ClosedTotals t = footprints.closedTotals(Y26, Y27);

        // Every footprint adds 1200.5 (CPU) + 30 (DRAM) + 7 (other) = 1237.5 J to its GPU joules; facility = IT × 1.2.
        ClosedTotals.Group fr = t.groups().stream().filter(g -> g.cloudRegion() == null && g.located()).findFirst().orElseThrow();
        assertThat(fr.year()).isEqualTo(2026);
        assertThat(fr.runs()).as("a and b; f closed in 2025").isEqualTo(2);
        assertThat(fr.itEnergyJoules()).as("a's latest 200 + 1237.5, b 300 + 1237.5").isEqualTo(2975.0);
        assertThat(fr.facilityEnergyJoules()).isCloseTo(2975.0 * 1.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(fr.co2eGrams()).as("2 + 3").isEqualTo(5.0);
        assertThat(fr.factorZone()).isEqualTo("FR");
        assertThat(fr.factorGramsPerKwh()).isEqualTo(21.7);
        assertThat(fr.dataset()).isEqualTo("data-1");
        assertThat(t.runs()).as("a, b, c, d, e").isEqualTo(5);
        ClosedTotals.Group cloud = t.groups().stream().filter(g -> g.cloudRegion() != null).findFirst().orElseThrow();
        assertThat(cloud.itEnergyJoules()).isEqualTo(400 + 1237.5);
        assertThat(cloud.co2eGrams()).isEqualTo(4.0);
        ClosedTotals.Group unknown = t.groups().stream().filter(g -> g.footprint() && !g.located()).findFirst().orElseThrow();
        assertThat(unknown.runs()).isEqualTo(1);
        assertThat(unknown.co2eKnown()).isFalse();
        assertThat(unknown.itEnergyJoules()).isEqualTo(50 + 1237.5);
        assertThat(t.leftOut()).as("unknown location and no footprint, newest first")
                .containsExactly(new ClosedTotals.LeftOut(2026, "e", null, false), new ClosedTotals.LeftOut(2026, "d", null, true));
        // GPU (NVML, measured): a 200 + b 300 + c 400 + d 50 = 950 J in 4 runs; CPU (RAPL) 4 × 1200.5 = 4802 J.
        assertThat(t.methods()).contains(new ClosedTotals.MethodTotal(2026, "MEASURED_COUNTER", "nvml-total-energy", 4, 950),
                new ClosedTotals.MethodTotal(2026, "MEASURED_COUNTER", "rapl-energy_uj", 4, 4802),
                new ClosedTotals.MethodTotal(2026, "ESTIMATED", "tdp-utilisation", 4, 120));
        // c closed 2026-03-01T10:01:02Z in aws:eu-west-3: one cloud month, facility = (400 + 1237.5) × 1.2
        assertThat(t.cloudMonths()).containsExactly(new ClosedTotals.CloudMonth(2026, 3, "aws:eu-west-3", true, true, 1,
                (400 + 1237.5) * 1.2, 4.0));
        assertThat(t).as("the same as summing the runs read whole").isEqualTo(ClosedTotals.of(runs.list(new RunQuery(null, null, null, null)), Y26, Y27));
        assertThat(footprints.closedTotals(Y25, Y27).years()).containsExactly(2025, 2026);
        assertThat(runs.earliestEnd(Y27)).contains(Instant.parse("2025-06-01T00:01:00Z"));
        assertThat(runs.earliestEnd(Y25)).isEmpty();
    }

    @Test
    void anUpdatedEndMovesARunIntoTheNextPeriodWithItsLatestFootprint() {
        Instant start = Instant.parse("2026-12-31T23:00:00Z");
        Run first = new Run("u", "ku", Fixtures.workload("p"), null, Location.zone("FR"), start, start.plusSeconds(1800),
                RunStatus.SUCCEEDED, null, null);
        importedRuns.insertOrUpdate(List.of(new ImportedRun(first, List.of(), footprint(100, Co2e.ofGrams(1), Fixtures.france2024()),
                "data-1", start.plusSeconds(1900))));
        assertThat(footprints.closedTotals(Y26, Y27).runs()).isEqualTo(1);

        Run later = new Run("u", "ku", Fixtures.workload("p"), null, Location.zone("FR"), start, start.plusSeconds(7200),
                RunStatus.SUCCEEDED, null, null);
        var outcome = importedRuns.insertOrUpdate(List.of(new ImportedRun(later, List.of(),
                footprint(900, Co2e.ofGrams(9), Fixtures.france2024()), "data-1", start.plusSeconds(7300))));
        assertThat(outcome.updated()).containsExactly("u");

        assertThat(footprints.closedTotals(Y26, Y27).runs()).as("now ends 2027-01-01T01:00").isZero();
        ClosedTotals next = footprints.closedTotals(Y27, Instant.parse("2028-01-01T00:00:00Z"));
        assertThat(next.runs()).isEqualTo(1);
        assertThat(next.groups().get(0).co2eGrams()).as("the update's footprint").isEqualTo(9.0);
        assertThat(next.groups().get(0).itEnergyJoules()).isEqualTo(900 + 1237.5);
    }

    @Test
    void versionsListEveryVersionOldestFirstWithTheUpdateThatWroteIt() {
        Instant start = Instant.parse("2026-03-01T10:00:00Z");
        Run first = new Run("v", "kv", Fixtures.workload("p"), null, Location.zone("FR"), start, start.plusSeconds(600),
                RunStatus.SUCCEEDED, null, null);
        Run later = new Run("v", "kv", Fixtures.workload("p"), null, Location.zone("FR"), start, start.plusSeconds(1200),
                RunStatus.SUCCEEDED, null, null);
        importedRuns.insertOrUpdate(List.of(new ImportedRun(first, List.of(), footprint(100, Co2e.ofGrams(1), Fixtures.france2024()),
                "data-1", start.plusSeconds(601), "import-1")));
        assertThat(footprints.save("v", footprint(150, Co2e.ofGrams(1.5), Fixtures.france2024()), "data-2")).isEqualTo(2);
        importedRuns.insertOrUpdate(List.of(new ImportedRun(later, List.of(), footprint(300, Co2e.ofGrams(3), Fixtures.france2024()),
                "data-1", start.plusSeconds(1201), "import-2")));

        List<FootprintRepository.RunVersion> v = footprints.versions("v");

        assertThat(v).extracting(FootprintRepository.RunVersion::seq).containsExactly(1, 2, 3);
        assertThat(v).extracting(FootprintRepository.RunVersion::isUpdate).containsExactly(false, false, true);
        assertThat(v.get(0).computedAt()).isEqualTo(start.plusSeconds(601));
        assertThat(v.get(1).co2e()).isEqualTo(Co2e.ofGrams(1.5));
        assertThat(v.get(2).updatedEnd()).isEqualTo(start.plusSeconds(1200));
        assertThat(v.get(2).importId()).isEqualTo("import-2");
        assertThat(v.get(2).itEnergy()).isEqualTo(Energy.ofJoules(300 + 1237.5));
        assertThat(footprints.versions("ghost")).isEmpty();
    }

    // yearHistory: 2024 has a run closed in each month; 2025 has p (March, recomputed now, after 2025 ended), q (July,
    // never recomputed), r (May, updated by an import within 2025) and e2 (September, closed without a footprint).
    @Test
    void yearHistoryGivesTheMonthsWithFootprintsAndTheRunsRecomputedAfterTheYearEnded() {
        for (int m = 1; m <= 12; m++) {
            closedWith(new Run("m" + m, "km" + m, Fixtures.workload("p"), null, Location.zone("FR"),
                    Instant.parse(String.format("2024-%02d-10T00:00:00Z", m)), null, RunStatus.RUNNING, null, null),
                    footprint(10, Co2e.ofGrams(1), Fixtures.france2024()));
        }
        closedWith(new Run("p", "kp", Fixtures.workload("p"), null, Location.zone("FR"), Instant.parse("2025-03-01T10:00:00Z"), null,
                RunStatus.RUNNING, null, null), footprint(100, Co2e.ofGrams(1), Fixtures.france2024()));
        closedWith(new Run("q", "kq", Fixtures.workload("p"), null, Location.zone("FR"), Instant.parse("2025-07-01T10:00:00Z"), null,
                RunStatus.RUNNING, null, null), footprint(200, Co2e.ofGrams(2), Fixtures.france2024()));
        Instant start = Instant.parse("2025-05-01T10:00:00Z");
        for (int end : new int[] {600, 1200}) {
            Run r = new Run("r", "kr", Fixtures.workload("p"), null, Location.zone("FR"), start, start.plusSeconds(end),
                    RunStatus.SUCCEEDED, null, null);
            importedRuns.insertOrUpdate(List.of(new ImportedRun(r, List.of(), footprint(end, Co2e.ofGrams(end / 100.0),
                    Fixtures.france2024()), "data-1", start.plusSeconds(end + 1))));
        }
        runs.insertRun(new Run("e2", "ke2", Fixtures.workload("p"), null, Location.zone("FR"), Instant.parse("2025-09-01T10:00:00Z"),
                null, RunStatus.RUNNING, null, null));
        runs.closeRun("e2", Instant.parse("2025-09-01T11:00:00Z"), RunStatus.SUCCEEDED, 0);
        Instant before = Timestamps.truncate(Instant.now());
        assertThat(footprints.save("p", footprint(300, Co2e.ofGrams(3), Fixtures.france2024()), "data-2")).isEqualTo(2);

        var h = footprints.yearHistory(Instant.parse("2024-01-01T00:00:00Z"), Y27);

        assertThat(h.keySet()).containsExactly(2024, 2025);
        assertThat(h.get(2024).allMonths()).isTrue();
        assertThat(h.get(2024).recomputedRuns()).isZero();
        assertThat(h.get(2024).lastComputedAt()).isNull();
        YearHistory y = h.get(2025);
        assertThat(y.months()).as("p, r, q; e2 has no footprint").containsExactlyInAnyOrder(3, 5, 7);
        assertThat(y.allMonths()).isFalse();
        assertThat(y.recomputedRuns()).as("p only: r's second version was computed in 2025").isEqualTo(1);
        assertThat(y.firstCo2eGrams()).isEqualTo(1.0);
        assertThat(y.latestCo2eGrams()).isEqualTo(3.0);
        // facility = (GPU + 1237.5 J of CPU, DRAM, other) × PUE 1.2
        assertThat(y.firstFacilityJoules()).isCloseTo((100 + 1237.5) * 1.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(y.latestFacilityJoules()).isCloseTo((300 + 1237.5) * 1.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(y.lastComputedAt()).isAfterOrEqualTo(before);
        assertThat(footprints.yearHistory(Y26, Y27)).as("nothing closed in 2026").isEmpty();
    }

    @Test
    void metricTotalsSumTheClosedRunsLatestComponentsAndCountEveryRunByStatus() {
        runs.insertRun(run("run-1", T0));
        runs.insertRun(run("run-2", T0.plusSeconds(1)));
        runs.insertRun(run("run-3", "key-run-3", "vision", T0.plusSeconds(2)));
        runs.insertRun(run("run-4", T0.plusSeconds(3)));
        runs.insertRun(run("run-5", T0.plusSeconds(4)));
        footprints.save("run-1", footprint(100, Co2e.ofGrams(1), Fixtures.france2024()), "d");
        footprints.save("run-1", footprint(200, Co2e.ofGrams(2), Fixtures.france2024()), "d");   // the latest counts
        footprints.save("run-2", footprint(50, Co2e.ofGrams(0.5), Fixtures.france2024()), "d");
        footprints.save("run-3", footprint(10, null, null), "d");
        footprints.save("run-4", footprint(1e9, Co2e.ofGrams(1e9), Fixtures.france2024()), "d");   // still running: left out
        runs.closeRun("run-1", T0.plusSeconds(60), RunStatus.SUCCEEDED, 0);
        runs.closeRun("run-2", T0.plusSeconds(60), RunStatus.FAILED, 1);
        runs.closeRun("run-3", T0.plusSeconds(60), RunStatus.SUCCEEDED, 0);
        runs.closeRun("run-5", T0.plusSeconds(60), RunStatus.SUCCEEDED, 0);   // closed without a footprint

        MetricTotals t = footprints.metricTotals();
        String phase = io.wattprint.core.model.Phase.FINE_TUNING.label();
        // each fixture footprint: GPU (NVML) + CPU 1200.5 J (RAPL) measured by counter, DRAM 30 J estimated, other 7 J imported
        assertThat(t.energy()).containsExactlyInAnyOrder(
                new MetricTotals.Energy("nlp", "search", "bert-base", phase, "MEASURED_COUNTER", 200 + 1200.5 + 50 + 1200.5),
                new MetricTotals.Energy("nlp", "search", "bert-base", phase, "ESTIMATED", 60),
                new MetricTotals.Energy("nlp", "search", "bert-base", phase, "IMPORTED", 14),
                new MetricTotals.Energy("nlp", "vision", "bert-base", phase, "MEASURED_COUNTER", 10 + 1200.5),
                new MetricTotals.Energy("nlp", "vision", "bert-base", phase, "ESTIMATED", 30),
                new MetricTotals.Energy("nlp", "vision", "bert-base", phase, "IMPORTED", 7));
        assertThat(t.co2e()).containsExactly(new MetricTotals.Co2e("nlp", "search", "bert-base", phase, 2.5));
        assertThat(t.runs()).isEqualTo(java.util.Map.of("succeeded", 3L, "failed", 1L, "running", 1L));
    }
}
