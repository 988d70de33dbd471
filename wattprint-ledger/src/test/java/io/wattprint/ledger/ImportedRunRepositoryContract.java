package io.wattprint.ledger;

import static io.wattprint.ledger.Fixtures.T0;
import static io.wattprint.ledger.Fixtures.footprint;
import static io.wattprint.ledger.Fixtures.interval;
import static io.wattprint.ledger.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every ledger database must do with runs imported in batches and their later snapshots; the same
 * cases run on SQLite and PostgreSQL. (Batches of new runs: {@link ImportRepositoryContract}.)
 */
abstract class ImportedRunRepositoryContract extends LedgerContract {
    private static final Instant END = T0.plusSeconds(600);

    private static ImportedRun imported(Run run, List<EnergyInterval> xs, double gpuJoules, String importId) {
        return new ImportedRun(run, xs, footprint(gpuJoules, Co2e.ofGrams(gpuJoules / 100), Fixtures.france2024()), "data-1",
                run.end(), importId);
    }

    @Test
    void aRunImportedInABatchReadsBackAsTheSameRunStoredAlone() {
        Run alone = run("alone", T0).closed(END, RunStatus.FAILED, 3);
        Run batched = run("batched", T0).closed(END, RunStatus.FAILED, 3);

        runs.insertRun(alone);
        assertThat(importedRuns.insert(List.of(imported(batched, List.of(), 100, null)))).containsExactly("batched");

        Run a = runs.find("alone").orElseThrow().run();
        Run b = runs.find("batched").orElseThrow().run();
        assertThat(b).usingRecursiveComparison().ignoringFields("id", "idempotencyKey").isEqualTo(a);
        assertThat(b).isEqualTo(batched);
        assertThat(b.workload().tags()).isEqualTo(Map.of("dataset", "squad", "owner", "ana"));
    }

    @Test
    void aLaterSnapshotAddsItsNewEnergyAndFootprintAndMovesTheEnd() {
        Run first = run("r", T0).closed(END, RunStatus.SUCCEEDED, 0);
        Component gpu = Component.gpu("0");
        importedRuns.insertOrUpdate(List.of(imported(first, List.of(interval(gpu, 0, 100)), 100, "import-1")));
        Run later = run("r-again", "key-r", "search", T0).closed(END.plusSeconds(600), RunStatus.SUCCEEDED, 0);

        ImportedRunRepository.ImportOutcome o = importedRuns.insertOrUpdate(List.of(
                imported(later, List.of(interval(gpu, 0, 100), interval(gpu, 1, 50)), 150, "import-2"),
                imported(later, List.of(interval(gpu, 0, 150)), 150, "import-2"),
                imported(first, List.of(interval(gpu, 0, 100)), 100, "import-3")));

        assertThat(o.stored()).isEmpty();
        assertThat(o.updated()).as("stored under its first id").containsExactly("r");
        assertThat(o.duplicates()).as("the same end again").isEqualTo(1);
        assertThat(o.older()).isEqualTo(1);
        RunRecord r = runs.find("r").orElseThrow();
        assertThat(r.run().end()).isEqualTo(END.plusSeconds(600));
        assertThat(r.footprint().co2e()).isEqualTo(Co2e.ofGrams(1.5));
        assertThat(intervals.ofRun("r")).containsExactly(interval(gpu, 0, 100),
                new EnergyInterval(END, END.plusSeconds(600), gpu, Energy.ofJoules(50), Fixtures.NVML));
        assertThat(footprints.versions("r")).extracting(FootprintRepository.RunVersion::importId).containsExactly(null, "import-2");
        assertThat(importedRuns.storedSpans(List.of("key-r", "key-none")))
                .containsOnly(Map.entry("key-r", new ImportedRunRepository.StoredSpan("r", T0, END.plusSeconds(600))));
        assertThat(importedRuns.existingIds(List.of("r", "r-again"))).containsExactly("r");
    }

    @Test
    void aSnapshotWithLessEnergyInAComponentIsNotAnUpdate() {
        Component gpu = Component.gpu("0");
        importedRuns.insert(List.of(imported(run("r", T0).closed(END, RunStatus.SUCCEEDED, 0),
                List.of(interval(gpu, 0, 100)), 100, null)));
        Run longerButLess = run("r", T0).closed(END.plusSeconds(60), RunStatus.SUCCEEDED, 0);

        ImportedRunRepository.ImportOutcome o = importedRuns.insertOrUpdate(List.of(
                imported(longerButLess, List.of(interval(gpu, 0, 90)), 90, null)));

        assertThat(o.updated()).isEmpty();
        assertThat(o.older()).isEqualTo(1);
        assertThat(runs.find("r").orElseThrow().run().end()).isEqualTo(END);
        assertThat(footprints.versions("r")).hasSize(1);
        assertThat(intervals.count("r")).isEqualTo(1);
    }
}
