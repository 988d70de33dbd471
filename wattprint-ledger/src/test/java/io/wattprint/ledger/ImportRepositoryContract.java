package io.wattprint.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every ledger database must do with imports, quarantined rows and batches of imported runs. */
abstract class ImportRepositoryContract {
    private static final Instant T = Instant.parse("2026-11-23T10:00:00Z");

    protected Ledger ledger;
    protected ImportRepository imports;

    protected abstract String freshLedgerSpec() throws Exception;

    @BeforeEach
    void openLedger() throws Exception {
        ledger = Ledger.open(freshLedgerSpec());
        imports = ledger.imports();
    }

    @AfterEach
    void closeLedger() {
        if (ledger != null) ledger.close();
    }

    private static ImportRecord record(String id, String kind, String sha, Instant at, long quarantined) {
        return new ImportRecord(id, kind, "/data/" + id + ".csv", sha, 1234, at, at.plusSeconds(2), 10, 1, quarantined, "complete");
    }

    private static List<QuarantinedRow> rows(String importId, int n) {
        return IntStream.range(0, n).mapToObj(i -> new QuarantinedRow(importId, i, "/data/" + importId + ".csv", i + 2,
                i % 2 == 0 ? "cpu_energy" : null, "reason " + i, "raw,line," + i)).toList();
    }

    @Test
    void anImportIsStoredWithItsQuarantinedRowsInOrder() {
        imports.record(record("imp-1", "codecarbon", "aa", T, 3), rows("imp-1", 3).iterator());

        assertThat(imports.find("imp-1")).contains(record("imp-1", "codecarbon", "aa", T, 3));
        assertThat(imports.quarantined("imp-1", null, null)).containsExactlyElementsOf(rows("imp-1", 3));
    }

    @Test
    void aPreviousImportIsFoundByKindAndContentHash() {
        imports.record(record("imp-1", "codecarbon", "aa", T, 0), List.<QuarantinedRow>of().iterator());
        imports.record(record("imp-2", "codecarbon", "aa", T.plusSeconds(60), 0), List.<QuarantinedRow>of().iterator());

        assertThat(imports.previous("codecarbon", "aa")).map(ImportRecord::id).contains("imp-1");
        assertThat(imports.previous("kepler", "aa")).isEmpty();
        assertThat(imports.previous("codecarbon", "bb")).isEmpty();
    }

    @Test
    void aRowAnEarlierImportOfTheKindAndFileQuarantinedIsNotStoredAgainAndTheCountOfNewRowsIsReturned() {
        long first = imports.record(record("imp-1", "codecarbon", "aa", T, 2), rows("imp-1", 2).iterator());
        // The same file grown (other bytes): the same two rows (same line, field, raw; another reason text) and a third.
        List<QuarantinedRow> again = rows("imp-2", 3).stream()
                .map(q -> new QuarantinedRow(q.importId(), q.ordinal(), q.file(), q.line(), q.field(), "other " + q.reason(), q.raw()))
                .toList();
        long second = imports.record(new ImportRecord("imp-2", "codecarbon", "/data/imp-1.csv", "bb", 1234, T.plusSeconds(1),
                T.plusSeconds(2), 10, 1, 3, "complete"), again.iterator());
        long otherKind = imports.record(new ImportRecord("imp-3", "kepler", "/data/imp-1.csv", "aa", 1234, T.plusSeconds(2),
                T.plusSeconds(3), 10, 1, 1, "complete"), rows("imp-3", 1).iterator());
        long otherFile = imports.record(record("imp-4", "codecarbon", "cc", T.plusSeconds(3), 1), rows("imp-4", 1).iterator());

        assertThat(first).isEqualTo(2);
        assertThat(second).isEqualTo(1);
        assertThat(otherKind).as("a row is a duplicate only within its kind").isEqualTo(1);
        assertThat(otherFile).as("the same line in another file is another row").isEqualTo(1);
        assertThat(imports.quarantined(null, "codecarbon", null)).extracting(QuarantinedRow::importId, QuarantinedRow::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("imp-1", 2L), org.assertj.core.groups.Tuple.tuple("imp-1", 3L),
                        org.assertj.core.groups.Tuple.tuple("imp-2", 4L), org.assertj.core.groups.Tuple.tuple("imp-4", 2L));
    }

    @Test
    void quarantinedRowsAreFilteredByImportAndByKind() {
        imports.record(record("imp-1", "codecarbon", "aa", T, 2), rows("imp-1", 2).iterator());
        imports.record(record("imp-2", "kepler", "bb", T.plusSeconds(1), 1), rows("imp-2", 1).iterator());

        assertThat(imports.quarantined(null, null, null)).hasSize(3);
        assertThat(imports.quarantined(null, "kepler", null)).containsExactlyElementsOf(rows("imp-2", 1));
        assertThat(imports.quarantined("imp-1", "kepler", null)).isEmpty();
        assertThat(imports.quarantined(null, null, 2)).containsExactlyElementsOf(rows("imp-1", 2));
    }

    @Test
    void manyQuarantinedRowsAreStoredAcrossSeveralBatches() {
        int n = ImportRepository.BATCH * 2 + 17;
        imports.record(record("imp-1", "codecarbon", "aa", T, n), rows("imp-1", n).iterator());

        List<QuarantinedRow> back = imports.quarantined("imp-1", null, null);
        assertThat(back).hasSize(n);
        assertThat(back.get(n - 1)).isEqualTo(rows("imp-1", n).get(n - 1));
    }

    @Test
    void aFailedRecordStoresNeitherTheImportNorItsRows() {
        imports.record(record("imp-1", "codecarbon", "aa", T, 1), rows("imp-1", 1).iterator());
        Iterator<QuarantinedRow> failing = new Iterator<>() {
            int i;
            @Override public boolean hasNext() { return true; }
            @Override public QuarantinedRow next() {
                if (i == 3) throw new IllegalStateException("spill file unreadable");
                return rows("imp-2", 4).get(i++);
            }
        };

        assertThatThrownBy(() -> imports.record(record("imp-2", "codecarbon", "bb", T, 4), failing))
                .hasMessageContaining("spill file unreadable");
        assertThatThrownBy(() -> imports.record(record("imp-1", "codecarbon", "cc", T, 0), List.<QuarantinedRow>of().iterator()))
                .isInstanceOf(LedgerException.class);

        assertThat(imports.list()).extracting(ImportRecord::id).containsExactly("imp-1");
        assertThat(imports.quarantined(null, null, null)).hasSize(1);
    }

    private static ImportedRun imported(String id, String key, double cpuJoules) {
        Run run = new Run(id, key, Fixtures.workload("search"), null, io.wattprint.core.model.Location.zone("FR"),
                T, T.plusSeconds(60), RunStatus.SUCCEEDED, null, null);
        Provenance p = new Provenance.Imported("codecarbon 3.0.1");
        List<EnergyInterval> xs = List.of(new EnergyInterval(T, T.plusSeconds(60), Component.CPU, Energy.ofJoules(cpuJoules), p),
                new EnergyInterval(T, T.plusSeconds(60), Component.DRAM, Energy.ofJoules(10), p));
        return new ImportedRun(run, xs, Fixtures.footprint(500, Co2e.ofGrams(2.5), Fixtures.france2024()), "data-1", T.plusSeconds(90));
    }

    @Test
    void importedRunsAreStoredWithTagsOutcomeIntervalsAndFootprint() {
        List<String> stored = ledger.importedRuns().insert(List.of(imported("r1", "k1", 100), imported("r2", "k2", 200)));

        assertThat(stored).containsExactly("r1", "r2");
        RunRecord r1 = ledger.runs().find("r1").orElseThrow();
        assertThat(r1.run().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(r1.run().end()).isEqualTo(T.plusSeconds(60));
        assertThat(r1.run().workload().tags()).containsEntry("dataset", "squad").containsEntry("owner", "ana");
        assertThat(r1.footprint().co2e()).isEqualTo(Co2e.ofGrams(2.5));
        assertThat(r1.footprint().dataset()).isEqualTo("data-1");
        assertThat(r1.footprint().components()).hasSize(4);
        assertThat(ledger.intervals().ofRun("r2")).extracting(i -> i.energy().joules()).containsExactly(200.0, 10.0);
    }

    @Test
    void importedRunsAlreadyStoredOrRepeatedInTheBatchAreSkipped() {
        ledger.importedRuns().insert(List.of(imported("r1", "k1", 100)));

        List<String> stored = ledger.importedRuns().insert(List.of(imported("r9", "k1", 999), imported("r2", "k2", 200),
                imported("r3", "k2", 300)));

        assertThat(stored).containsExactly("r2");
        assertThat(ledger.runs().find("r9")).isEmpty();
        assertThat(ledger.intervals().ofRun("r1")).extracting(i -> i.energy().joules()).containsExactly(100.0, 10.0);
        assertThat(ledger.runs().list(RunQuery.all())).hasSize(2);
    }

    @Test
    void existingKeysNamesOnlyTheStoredOnes() {
        ledger.importedRuns().insert(List.of(imported("r1", "k1", 100)));
        List<String> asked = new ArrayList<>(List.of("k1", "k2"));
        for (int i = 0; i < 1_200; i++) asked.add("other-" + i);

        assertThat(ledger.importedRuns().existingKeys(asked)).isEqualTo(Set.of("k1"));
        assertThat(ledger.importedRuns().existingKeys(List.of())).isEmpty();
    }

    private String durability() throws Exception {
        try (java.sql.Statement st = ledger.connection().createStatement();
             java.sql.ResultSet rs = st.executeQuery(ledger.dialect() == Dialect.SQLITE ? "PRAGMA synchronous" : "SHOW synchronous_commit")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aBulkLoadDefersFlushesAndRestoresTheSettingWhenClosed() throws Exception {
        String before = durability();
        try (BulkLoad bulk = ledger.bulkLoad()) {
            assertThat(durability()).isIn("1", "off");
            assertThat(ledger.importedRuns().insert(List.of(imported("r1", "k1", 100), imported("r2", "k2", 200)))).containsExactly("r1", "r2");
        }
        assertThat(durability()).isEqualTo(before);
        assertThat(ledger.importedRuns().existingKeys(List.of("k1", "k2", "k3"))).containsExactlyInAnyOrder("k1", "k2");
        imports.record(record("imp-1", "codecarbon", "aa", T, 0), List.<QuarantinedRow>of().iterator());
        assertThat(imports.find("imp-1")).isPresent();
    }
}
