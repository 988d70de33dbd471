package io.wattprint.ingest;

import static io.wattprint.ingest.codecarbon.CodeCarbonCsv.V3_HEADER;
import static io.wattprint.ingest.codecarbon.CodeCarbonCsv.row;
import static io.wattprint.ingest.codecarbon.CodeCarbonCsv.v3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.wattprint.ingest.codecarbon.CodeCarbonCsv;
import io.wattprint.ingest.codecarbon.CodeCarbonImporter;
import io.wattprint.ingest.codecarbon.CodeCarbonWriter;
import io.wattprint.ledger.RunRecord;
import io.wattprint.ledger.FootprintRepository;
import io.wattprint.ledger.ImportRecord;
import io.wattprint.ledger.Ledger;
import io.wattprint.ledger.QuarantinedRow;
import io.wattprint.ledger.RunQuery;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest runner on a real ledger: the same cases on SQLite and PostgreSQL. */
abstract class IngestContract {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path tmp;
    Ledger ledger;

    protected abstract String freshLedgerSpec() throws Exception;

    @BeforeEach
    void open() throws Exception { ledger = Ledger.open(freshLedgerSpec()); }

    @AfterEach
    void close() { ledger.close(); }

    static Ingest.Options options(boolean dryRun, boolean strict) { return new Ingest.Options(dryRun, strict, CLOCK, null); }

    IngestSummary ingest(Path p, boolean dryRun, boolean strict) throws Exception {
        return Ingest.run(ledger, new CodeCarbonImporter(), p, options(dryRun, strict));
    }

    /** n good rows with run ids r0…, every {@code badEvery}-th one (when > 0) with a negative cpu_energy. */
    Path file(String name, int n, int badEvery) throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, String> v = new java.util.HashMap<>(v3("r" + i, "2026-01-10T10:00:00", 60, 0.01 + i * 1e-6, 0, 0.001, 1.1, 0.001));
            if (badEvery > 0 && i % badEvery == badEvery - 1) v.put("cpu_energy", "-1");
            rows.add(row(V3_HEADER, v));
        }
        return CodeCarbonCsv.write(tmp.resolve(name), V3_HEADER, rows.toArray(String[]::new));
    }

    long runCount() { return ledger.runs().list(RunQuery.all()).size(); }

    @Test
    void everyRowIsImportedDuplicateOrQuarantinedAndTheImportIsRecorded() throws Exception {
        Path f = file("e.csv", 2_500, 10);
        IngestSummary s = ingest(f, false, false);

        assertThat(s.imported()).isEqualTo(2_250);
        assertThat(s.quarantined()).isEqualTo(250);
        assertThat(s.skippedDuplicates()).isZero();
        assertThat(runCount()).isEqualTo(2_250);
        FileImport fi = s.files().get(0);
        ImportRecord rec = ledger.imports().find(fi.importId()).orElseThrow();
        assertThat(rec.imported()).isEqualTo(2_250);
        assertThat(rec.quarantined()).isEqualTo(250);
        assertThat(rec.status()).isEqualTo("complete");
        List<QuarantinedRow> q = ledger.imports().quarantined(fi.importId(), null, null);
        assertThat(q).hasSize(250);
        // Row i is on line i + 2; the first bad row is i = 9.
        assertThat(q.get(0).line()).isEqualTo(11);
        assertThat(q.get(0).field()).isEqualTo("cpu_energy");
    }

    @Test
    void importingTheSameFileTwiceAddsNothingAndSaysWhenItWasFirstImported() throws Exception {
        Path f = file("e.csv", 1_500, 0);
        IngestSummary first = ingest(f, false, false);
        IngestSummary second = ingest(f, false, false);

        assertThat(first.imported()).isEqualTo(1_500);
        assertThat(second.imported()).isZero();
        assertThat(second.skippedDuplicates()).isEqualTo(1_500);
        assertThat(second.files().get(0).previous().id()).isEqualTo(first.files().get(0).importId());
        assertThat(runCount()).isEqualTo(1_500);
    }

    @Test
    void workloadAttributesGivenForTheImportAreOnEveryRunStored() throws Exception {
        Path f = file("e.csv", 3, 0);
        WorkloadDefaults w = new WorkloadDefaults("llama", "3.1", io.wattprint.core.model.Phase.TRAINING, "ml-platform");
        IngestSummary s = Ingest.run(ledger, new CodeCarbonImporter(), f, new Ingest.Options(false, false, CLOCK, null, w));

        assertThat(s.imported()).isEqualTo(3);
        List<RunRecord> runs = ledger.runs().list(RunQuery.all());
        assertThat(runs).hasSize(3).allSatisfy(r -> {
            assertThat(r.run().workload().model()).isEqualTo("llama");
            assertThat(r.run().workload().modelVersion()).isEqualTo("3.1");
            assertThat(r.run().workload().phase()).isEqualTo(io.wattprint.core.model.Phase.TRAINING);
            assertThat(r.run().workload().team()).isEqualTo("ml-platform");
            // The file's own attribution stays: project_name is the project and the workload name.
            assertThat(r.run().workload().project()).isEqualTo("bert");
        });
    }

    @Test
    void reImportingWithOtherWorkloadAttributesCountsDuplicatesAndChangesNothing() throws Exception {
        Path f = file("e.csv", 2, 0);
        Ingest.run(ledger, new CodeCarbonImporter(), f, new Ingest.Options(false, false, CLOCK, null,
                new WorkloadDefaults("llama", "3", io.wattprint.core.model.Phase.TRAINING, null)));
        IngestSummary again = Ingest.run(ledger, new CodeCarbonImporter(), f, new Ingest.Options(false, false, CLOCK, null,
                new WorkloadDefaults("mistral", "7", io.wattprint.core.model.Phase.INFERENCE, "other")));

        assertThat(again.imported()).isZero();
        assertThat(again.skippedDuplicates()).isEqualTo(2);
        assertThat(ledger.runs().list(RunQuery.all())).hasSize(2).allSatisfy(r -> {
            assertThat(r.run().workload().model()).isEqualTo("llama");
            assertThat(r.run().workload().phase()).isEqualTo(io.wattprint.core.model.Phase.TRAINING);
            assertThat(r.run().workload().team()).isNull();
        });
    }

    @Test
    void workloadAttributesForAKindThatStoresNoRunsAreRefusedBeforeAnythingIsRead() throws Exception {
        Path f = Files.writeString(tmp.resolve("grid.csv"), "not read\n");
        WorkloadDefaults w = new WorkloadDefaults("llama", null, null, null);

        assertThatThrownBy(() -> Ingest.run(ledger, new io.wattprint.ingest.grid.ElectricityMapsImporter(), f,
                new Ingest.Options(false, false, CLOCK, null, w)))
                .isInstanceOf(ImportException.class)
                .hasMessage("the electricitymaps kind stores no runs, so it takes no workload attributes (model, model version, phase, "
                        + "team)");
        assertThat(ledger.imports().list()).isEmpty();
    }

    @Test
    void aDryRunCountsButWritesNothing() throws Exception {
        Path f = file("e.csv", 30, 10);
        IngestSummary s = ingest(f, true, false);

        assertThat(s.imported()).isEqualTo(27);
        assertThat(s.quarantined()).isEqualTo(3);
        assertThat(s.files().get(0).importId()).isNull();
        assertThat(runCount()).isZero();
        assertThat(ledger.imports().list()).isEmpty();
    }

    @Test
    void aDryRunAfterAnImportCountsDuplicates() throws Exception {
        Path f = file("e.csv", 30, 0);
        ingest(f, false, false);
        IngestSummary s = ingest(f, true, false);

        assertThat(s.imported()).isZero();
        assertThat(s.skippedDuplicates()).isEqualTo(30);
    }

    @Test
    void strictStopsAtTheFirstBadRowKeepingTheBatchesCommittedBeforeIt() throws Exception {
        // Bad row i = 1,499 (line 1,501): the first batch of 1,000 runs was committed before it, the second was not.
        Path f = file("e.csv", 3_000, 1_500);
        IngestSummary s = ingest(f, false, true);

        assertThat(s.stopped()).isTrue();
        assertThat(s.files().get(0).stoppedAt()).isEqualTo(f + " line 1501, field cpu_energy: '-1' is negative (expected a number ≥ 0, kWh)");
        assertThat(s.imported()).isEqualTo(1_000);
        assertThat(runCount()).isEqualTo(1_000);
        ImportRecord rec = ledger.imports().list().get(0);
        assertThat(rec.status()).isEqualTo("stopped");
        assertThat(ledger.imports().quarantined(rec.id(), null, null)).extracting(QuarantinedRow::line).containsExactly(1_501L);
    }

    @Test
    void aDirectoryIsWalkedInSortedOrderSkippingFilesTheImporterDoesNotRead() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("cc"));
        Files.createDirectories(dir.resolve("b"));
        Files.move(file("x.csv", 2, 0), dir.resolve("b/emissions.csv"));
        Files.writeString(dir.resolve("notes.txt"), "not csv");
        Path a = CodeCarbonCsv.write(dir.resolve("a.csv"), V3_HEADER, row(V3_HEADER, v3("other", "2026-01-10T10:00:00", 60, 0.01, 0, 0, 1.0, 0.001)));

        IngestSummary s = ingest(dir, false, false);

        assertThat(s.files()).extracting(FileImport::file).containsExactly(a, dir.resolve("b/emissions.csv"));
        assertThat(s.imported()).isEqualTo(3);
        assertThat(ledger.imports().list()).hasSize(2);
    }

    @Test
    void aDirectoryGoesOnPastARefusedFileReportingEachFileAndRecordingOnlyTheFilesRead() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("cc"));
        Files.move(file("a.csv", 4, 0), dir.resolve("a.csv"));
        byte[] binary = new byte[512];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) (i * 37);
        Files.write(dir.resolve("b.csv"), binary);
        CodeCarbonCsv.write(dir.resolve("c.csv"), V3_HEADER, row(V3_HEADER, v3("c1", "2026-01-10T10:00:00", 60, 0.01, 0, 0, 1.0, 0.001)));

        IngestSummary s = ingest(dir, false, false);

        assertThat(s.files()).extracting(FileImport::file).containsExactly(dir.resolve("a.csv"), dir.resolve("b.csv"), dir.resolve("c.csv"));
        assertThat(s.files()).extracting(FileImport::imported).containsExactly(4L, 0L, 1L);
        assertThat(s.refused()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(dir.resolve("b.csv"));
            assertThat(f.importId()).isNull();
            assertThat(f.refused()).startsWith(dir.resolve("b.csv") + " line 1: the header lacks timestamp");
        });
        assertThat(runCount()).isEqualTo(5);
        // The test clock is fixed, so the imports' order in the ledger (by start, then id) is not the walk's.
        assertThat(ledger.imports().list()).extracting(ImportRecord::file)
                .containsExactlyInAnyOrder(dir.resolve("a.csv").toAbsolutePath().toString(), dir.resolve("c.csv").toAbsolutePath().toString());
    }

    @Test
    void strictStopsTheWalkAtARefusedFile() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("cc"));
        Files.move(file("a.csv", 2, 0), dir.resolve("a.csv"));
        Files.writeString(dir.resolve("b.csv"), "zone,value\nFR,20\n");
        CodeCarbonCsv.write(dir.resolve("c.csv"), V3_HEADER, row(V3_HEADER, v3("c1", "2026-01-10T10:00:00", 60, 0.01, 0, 0, 1.0, 0.001)));

        IngestSummary s = ingest(dir, false, true);

        assertThat(s.files()).extracting(FileImport::file).containsExactly(dir.resolve("a.csv"), dir.resolve("b.csv"));
        assertThat(runCount()).isEqualTo(2);
    }

    @Test
    void aSingleFileThatIsNotOfTheKindIsRefusedAndNothingRecorded() throws Exception {
        Path f = Files.writeString(tmp.resolve("e.csv"), "zone,value\nFR,20\n");
        assertThatThrownBy(() -> ingest(f, false, false)).isInstanceOf(ImportException.class).hasMessageStartingWith(f + " line 1");
        assertThat(ledger.imports().list()).isEmpty();
    }

    @Test
    void aQuarantinedRowIsStoredOnceHoweverOftenItsFileIsImported() throws Exception {
        Path f = file("e.csv", 5, 2);
        IngestSummary first = ingest(f, false, false);
        IngestSummary second = ingest(f, false, false);

        assertThat(first.quarantined()).isEqualTo(2);
        assertThat(first.alreadyQuarantined()).isZero();
        assertThat(second.quarantined()).as("the second import finds the same bad rows").isEqualTo(2);
        assertThat(second.alreadyQuarantined()).isEqualTo(2);
        List<QuarantinedRow> q = ledger.imports().quarantined(null, null, null);
        assertThat(q).extracting(QuarantinedRow::line).containsExactly(3L, 5L);
        assertThat(q).extracting(QuarantinedRow::importId).containsOnly(first.files().get(0).importId());
    }

    @Test
    void aRowQuarantinedAgainAfterItsFileGrewIsNotStoredTwiceButANewBadRowIs() throws Exception {
        Path f = file("e.csv", 4, 2);
        ingest(f, false, false);
        // Append mode: the same file with more rows, one of them bad.
        Path grown = file("e.csv", 8, 2);
        IngestSummary second = ingest(grown, false, false);

        assertThat(second.quarantined()).isEqualTo(4);
        assertThat(second.alreadyQuarantined()).isEqualTo(2);
        assertThat(ledger.imports().quarantined(null, null, null)).extracting(QuarantinedRow::line)
                .containsExactlyInAnyOrder(3L, 5L, 7L, 9L);
    }

    @Test
    void aDirectoryWithNothingToImportIsRefused() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> ingest(dir, false, false)).isInstanceOf(ImportException.class)
                .hasMessage("no file in directory " + dir + " is one the codecarbon importer reads");
    }

    @Test
    void aMissingPathIsNamed() {
        Path missing = tmp.resolve("nope.csv");
        assertThatThrownBy(() -> ingest(missing, false, false)).isInstanceOf(NoSuchFileException.class).hasMessage(missing.toString());
    }

    @Test
    void theContentHashIsTheSha256OfTheBytes() throws Exception {
        Path f = tmp.resolve("abc.csv");
        Files.writeString(f, "abc");
        // FIPS 180-2 appendix B.1: SHA-256("abc").
        assertThat(Ingest.sha256(f)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void shuffledFilesImportTheSameRunsWhateverTheRowOrder() throws Exception {
        // Seeded property: any order of distinct runs gives the same set of runs and the same total energy.
        Random random = new Random(20261123L);
        List<String> rows = new ArrayList<>();
        double expectedKwh = 0;
        for (int i = 0; i < 200; i++) {
            double kwh = random.nextDouble() * 0.1;
            double pue = 1 + random.nextInt(5) / 10.0;
            expectedKwh += kwh / pue;
            rows.add(row(V3_HEADER, v3("s" + i, "2026-01-10T10:00:00", 60, kwh, 0, 0, pue, 0.001)));
        }
        java.util.Collections.shuffle(rows, random);
        ingest(CodeCarbonCsv.write(tmp.resolve("s.csv"), V3_HEADER, rows.toArray(String[]::new)), false, false);

        double stored = ledger.runs().list(RunQuery.all()).stream().mapToDouble(r -> r.footprint().itEnergy().kilowattHours()).sum();
        assertThat(stored).isCloseTo(expectedKwh, org.assertj.core.api.Assertions.within(1e-9));
    }

    // --- updated exports (CodeCarbon on_csv_write=update rewrites a run's row with later cumulative totals)

    Path oneRow(String name, String runId, String timestamp, double duration, double cpuKwh) throws Exception {
        return CodeCarbonCsv.write(tmp.resolve(name), V3_HEADER, row(V3_HEADER, v3(runId, timestamp, duration, cpuKwh, 0, 0.001, 1.0, 0.001)));
    }

    RunRecord only() {
        List<RunRecord> all = ledger.runs().list(RunQuery.all());
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void anUpdatedRowSupersedesTheStoredRunAndTheEarlierFiguresStay() throws Exception {
        Path first = oneRow("e1.csv", "u1", "2026-01-10T10:01:00", 60, 0.01);
        Path updated = oneRow("e2.csv", "u1", "2026-01-10T10:10:00", 600, 0.05);
        IngestSummary a = ingest(first, false, false);
        String runId = only().run().id();

        IngestSummary b = ingest(updated, false, false);

        assertThat(b.imported()).as("an update counts as imported").isEqualTo(1);
        assertThat(b.skippedDuplicates()).isZero();
        assertThat(b.files().get(0).notes()).anyMatch(n -> n.startsWith("1 row(s) were later snapshots of a run already in the ledger"));
        RunRecord r = only();
        assertThat(r.run().id()).as("the same run").isEqualTo(runId);
        assertThat(r.run().start()).isEqualTo(Instant.parse("2026-01-10T10:00:00Z"));
        assertThat(r.run().end()).isEqualTo(Instant.parse("2026-01-10T10:10:00Z"));
        // Current figures only (no double counting): cpu 0.05 + dram 0.001 kWh.
        assertThat(r.footprint().itEnergy().kilowattHours()).isCloseTo(0.051, within(1e-12));
        double intervalKwh = ledger.intervals().ofRun(runId).stream().mapToDouble(x -> x.energy().kilowattHours()).sum();
        assertThat(intervalKwh).as("intervals: the first snapshot plus what the update added").isCloseTo(0.051, within(1e-12));
        assertThat(ledger.intervals().ofRun(runId)).filteredOn(x -> x.start().equals(Instant.parse("2026-01-10T10:01:00Z")))
                .singleElement().satisfies(x -> assertThat(x.energy().kilowattHours()).isCloseTo(0.04, within(1e-12)));
        // History: version 1 as first imported, version 2 by the second import.
        List<FootprintRepository.RunVersion> v = ledger.footprints().versions(runId);
        assertThat(v).extracting(FootprintRepository.RunVersion::seq).containsExactly(1, 2);
        assertThat(v.get(0).isUpdate()).isFalse();
        assertThat(v.get(0).itEnergy().kilowattHours()).isCloseTo(0.011, within(1e-12));
        assertThat(v.get(1).importId()).isEqualTo(b.files().get(0).importId());
        assertThat(v.get(1).updatedEnd()).isEqualTo(Instant.parse("2026-01-10T10:10:00Z"));
        assertThat(a.files().get(0).importId()).isNotEqualTo(b.files().get(0).importId());

        // The same updated file again, and the older file again: nothing changes.
        IngestSummary again = ingest(updated, false, false);
        assertThat(again.imported()).isZero();
        assertThat(again.skippedDuplicates()).isEqualTo(1);
        IngestSummary older = ingest(first, false, false);
        assertThat(older.imported()).isZero();
        assertThat(older.skippedDuplicates()).isEqualTo(1);
        assertThat(older.files().get(0).notes()).anyMatch(n -> n.startsWith("1 row(s) were older snapshots"));
        assertThat(only().run().end()).isEqualTo(Instant.parse("2026-01-10T10:10:00Z"));
        assertThat(ledger.footprints().versions(runId)).hasSize(2);
    }

    @Test
    void aLaterRowWithLessEnergyOrAShorterDurationDoesNotReplaceTheStoredRun() throws Exception {
        ingest(oneRow("e1.csv", "u2", "2026-01-10T10:10:00", 600, 0.05), false, false);

        IngestSummary lessEnergy = ingest(oneRow("e2.csv", "u2", "2026-01-10T10:20:00", 1200, 0.04), false, false);
        IngestSummary shorter = ingest(oneRow("e3.csv", "u2", "2026-01-10T10:20:00", 300, 0.09), false, false);

        assertThat(lessEnergy.imported()).isZero();
        assertThat(lessEnergy.skippedDuplicates()).isEqualTo(1);
        assertThat(shorter.imported()).isZero();
        assertThat(shorter.skippedDuplicates()).isEqualTo(1);
        RunRecord r = only();
        assertThat(r.run().end()).isEqualTo(Instant.parse("2026-01-10T10:10:00Z"));
        assertThat(r.footprint().itEnergy().kilowattHours()).isCloseTo(0.051, within(1e-12));
        assertThat(ledger.footprints().versions(r.run().id())).hasSize(1);
    }

    @Test
    void successiveUpdatesEachAddAVersionAndADryRunCountsAnUpdateWithoutWritingIt() throws Exception {
        ingest(oneRow("e1.csv", "u3", "2026-01-10T10:01:00", 60, 0.01), false, false);
        ingest(oneRow("e2.csv", "u3", "2026-01-10T10:02:00", 120, 0.02), false, false);
        Path third = oneRow("e3.csv", "u3", "2026-01-10T10:03:00", 180, 0.03);

        IngestSummary dry = ingest(third, true, false);
        assertThat(dry.imported()).isEqualTo(1);
        assertThat(ledger.footprints().versions(only().run().id())).hasSize(2);

        ingest(third, false, false);
        RunRecord r = only();
        assertThat(ledger.footprints().versions(r.run().id())).extracting(FootprintRepository.RunVersion::seq).containsExactly(1, 2, 3);
        assertThat(r.footprint().itEnergy().kilowattHours()).isCloseTo(0.031, within(1e-12));
        assertThat(ledger.intervals().ofRun(r.run().id()).stream().mapToDouble(x -> x.energy().kilowattHours()).sum())
                .isCloseTo(0.031, within(1e-12));
        assertThat(r.run().end()).isEqualTo(Instant.parse("2026-01-10T10:03:00Z"));
    }

    // --- wattprint's own export brought back into the ledger it came from

    @Test
    void reImportingOurOwnExportIntoTheSameLedgerAddsNothing() throws Exception {
        Map<String, String> unknown = new java.util.HashMap<>(v3("x3", "2026-01-10T10:03:00", 60, 0.01, 0, 0, 1.0, 0.001));
        unknown.put("country_iso_code", "XXX");
        unknown.put("country_name", "");
        ingest(CodeCarbonCsv.write(tmp.resolve("src.csv"), V3_HEADER,
                row(V3_HEADER, v3("x1", "2026-01-10T10:01:00", 60, 0.01, 0.02, 0.001, 1.2, 0.001)),
                row(V3_HEADER, v3("x2", "2026-01-10T10:02:00", 60, 0.03, 0, 0.001, 1.0, 0.001)),
                row(V3_HEADER, unknown)), false, false);
        assertThat(runCount()).isEqualTo(3);
        Path export = tmp.resolve("export.csv");
        try (java.io.Writer out = Files.newBufferedWriter(export)) {
            CodeCarbonWriter w = new CodeCarbonWriter(out, "wattprint 0.1.0");
            for (RunRecord r : ledger.runs().list(RunQuery.all())) w.write(r);
            w.flush();
        }
        assertThat(Files.readString(export)).as("the unknown location's emissions is empty").contains(",,");

        IngestSummary s = ingest(export, false, false);

        assertThat(s.imported()).isZero();
        assertThat(s.quarantined()).as("an empty emissions is imported, not quarantined").isZero();
        assertThat(s.skippedDuplicates()).isEqualTo(3);
        assertThat(s.files().get(0).notes()).anyMatch(n -> n.startsWith("3 row(s) were written by wattprint's own export"));
        assertThat(runCount()).isEqualTo(3);
        IngestSummary dry = ingest(export, true, false);
        assertThat(dry.imported()).isZero();
        assertThat(dry.skippedDuplicates()).isEqualTo(3);
    }
}
