package io.wattprint.ingest;

import static io.wattprint.ingest.codecarbon.CodeCarbonCsv.V3_HEADER;
import static io.wattprint.ingest.codecarbon.CodeCarbonCsv.row;
import static io.wattprint.ingest.codecarbon.CodeCarbonCsv.v3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wattprint.ingest.codecarbon.CodeCarbonCsv;
import io.wattprint.ingest.codecarbon.CodeCarbonImporter;
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
}
