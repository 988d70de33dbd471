package io.wattprint.ingest;

import io.wattprint.ledger.BulkLoad;
import io.wattprint.ledger.ImportRecord;
import io.wattprint.ledger.Ledger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Runs an importer over a file, or over every file of a directory it accepts (walked in sorted
 * order), and records each file in the ledger's {@code imports} table with the rows it quarantined.
 *
 * <p>For each file: its SHA-256 is computed first (one streaming read), and a previous import of the
 * same kind and bytes is looked up — the summary then says "already imported", but the rows are read
 * and checked by natural key all the same (they count as skipped duplicates), so the outcome is
 * idempotent either way. Quarantined rows wait in a temporary spill file and are written with the
 * {@code imports} row in one transaction when the file is done. The importer's own batches are
 * committed as it goes: under {@code --strict} the batches committed before the first bad row stay,
 * the batch holding it is not written, and the import is recorded with status {@code stopped} and
 * that row in quarantine. A dry run records nothing.
 *
 * <p>A file refused as a whole (not of the kind: {@link ImportException}) is reported in its {@link FileImport}
 * ({@code refused}); a single file is thrown back to the caller, while a directory's walk goes on with the next file
 * ({@code --strict}: stops). A refused file is recorded (status {@code failed}) only when some of its rows were written
 * before it was refused. A number out of range that escaped an importer's checks stops its file the same way, never as
 * a stack trace (METHODOLOGY.md §11).
 */
public final class Ingest {
    /** Told how far the current file is read; called often, so implementations throttle their output. */
    public interface Progress {
        Progress NONE = new Progress() {
            @Override public void start(Path file, long sizeBytes) {}
            @Override public void update(long bytesRead, long rows) {}
            @Override public void done() {}
        };

        void start(Path file, long sizeBytes);

        void update(long bytesRead, long rows);

        void done();
    }

    /**
     * How to import: {@code strict} stops at the first bad row; {@code dryRun} writes nothing; {@code workload}
     * is given to every run stored (only for an importer that {@linkplain Importer#storesRuns() stores runs}).
     */
    public record Options(boolean dryRun, boolean strict, Clock clock, Progress progress, WorkloadDefaults workload) {
        public Options {
            Objects.requireNonNull(clock, "clock");
            progress = progress == null ? Progress.NONE : progress;
            workload = workload == null ? WorkloadDefaults.NONE : workload;
        }

        public Options(boolean dryRun, boolean strict, Clock clock, Progress progress) {
            this(dryRun, strict, clock, progress, WorkloadDefaults.NONE);
        }
    }

    private Ingest() {}

    /**
     * Imports a file or a directory.
     *
     * @throws NoSuchFileException when the path does not exist
     * @throws ImportException when a directory holds no file the importer reads, or a file is not of this kind
     * @throws IOException when a file cannot be read
     */
    public static IngestSummary run(Ledger ledger, Importer importer, Path path, Options options) throws IOException {
        if (!options.workload().isEmpty() && !importer.storesRuns()) {
            throw new ImportException("the " + importer.kind() + " kind stores no runs, so it takes no workload attributes (model, "
                    + "model version, phase, team)");
        }
        if (!Files.exists(path)) throw new NoSuchFileException(path.toString());
        boolean directory = Files.isDirectory(path);
        List<Path> files = files(importer, path);
        List<FileImport> done = new ArrayList<>();
        for (Path f : files) {
            FileImport r = importFile(ledger, importer, f, options);
            // A single file refused as a whole is the caller's error to report; in a directory the walk goes on
            // (every file is reported, the refused ones too), unless --strict stops at the first problem.
            if (r.isRefused() && !directory && r.importId() == null) throw new ImportException(r.refused());
            done.add(r);
            if (r.stopped() || (r.isRefused() && options.strict())) break;
        }
        return new IngestSummary(importer.kind(), options.dryRun(), done);
    }

    static List<Path> files(Importer importer, Path path) throws IOException {
        if (!Files.isDirectory(path)) return List.of(path);
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> files = walk.filter(Files::isRegularFile).filter(importer::accepts).sorted().toList();
            if (files.isEmpty()) {
                throw new ImportException("no file in directory " + path + " is one the " + importer.kind() + " importer reads");
            }
            return files;
        }
    }

    private static FileImport importFile(Ledger ledger, Importer importer, Path file, Options o) throws IOException {
        long size = Files.size(file);
        String sha = sha256(file);
        ImportRecord previous = ledger.imports().previous(importer.kind(), sha).orElse(null);
        String id = UUID.randomUUID().toString();
        Instant started = o.clock().instant();
        try (QuarantineSpill spill = new QuarantineSpill(id, file.toString())) {
            LedgerImportContext ctx = new LedgerImportContext(ledger, id, o.dryRun(), o.strict(), o.clock(), spill, o.progress(),
                    file.toString(), o.workload());
            o.progress().start(file, size);
            String refused = null;
            // The batches are committed unflushed; the imports row below is flushed, and with it every batch.
            try (BulkLoad bulk = o.dryRun() ? null : ledger.bulkLoad()) {
                importer.importFile(file, ctx);
            } catch (ImportException e) {
                if (ctx.stoppedAt == null) refused = e.getMessage();
            } catch (ArithmeticException | java.time.DateTimeException | IllegalArgumentException e) {
                // IllegalArgumentException: a core quantity refusing a value (an infinite energy or CO2e) that the importer let
                // through. The file stops there (what was written is recorded, status failed), with a message, not a stack trace.
                refused = file + ": a value is out of range (" + Excerpt.of(e.getMessage(), 160) + "); expected numbers and times a "
                        + importer.kind() + " file can hold";
            } finally {
                o.progress().done();
            }
            // A refused file is recorded only when some of it was written before it was refused (status "failed"), so that
            // its rows are accounted for; refused at once, it leaves nothing in the ledger.
            boolean written = ctx.imported + ctx.duplicates + spill.count() > 0;
            boolean record = !o.dryRun() && (refused == null || written);
            long stored = spill.count();
            if (record) {
                String status = refused != null ? "failed" : ctx.stoppedAt == null ? "complete" : "stopped";
                stored = ledger.imports().record(new ImportRecord(id, importer.kind(), file.toAbsolutePath().toString(), sha, size,
                        started, o.clock().instant(), ctx.imported, ctx.duplicates, spill.count(), status), spill.rows());
            }
            return new FileImport(file, record ? id : null, sha, size, ctx.imported, ctx.duplicates, spill.count(), ctx.realigned,
                    spill.count() - stored, previous, new ArrayList<>(ctx.notes), ctx.stoppedAt, refused);
        }
    }

    /** SHA-256 of a file's bytes, read as a stream. */
    static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            byte[] buf = new byte[1 << 16];
            while (in.read(buf) >= 0) {
                // DigestInputStream digests what passes through.
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
