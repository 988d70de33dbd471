package io.wattprint.ingest.codecarbon;

import io.wattprint.data.ReferenceData;
import io.wattprint.core.text.CsvCells;
import io.wattprint.data.csv.CsvInput;
import io.wattprint.data.csv.CsvSyntaxException;
import io.wattprint.ingest.CountingStream;
import io.wattprint.ingest.ImportContext;
import io.wattprint.ingest.ImportException;
import io.wattprint.ingest.Importer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;

/**
 * CodeCarbon {@code emissions.csv} files (v3, v2 and task files) into runs: one run per row, with an
 * {@code IMPORTED} interval per component (cpu, gpu:all, dram) over [timestamp − duration, timestamp].
 * See METHODOLOGY.md §11.1 for every rule (PUE taken out, time zone, run_id, append mode).
 */
public final class CodeCarbonImporter implements Importer {
    /** Runs are written to the ledger this many to a transaction. */
    static final int BATCH = 1_000;
    private static final int PROGRESS_EVERY = 4_096;

    @Override public String kind() { return "codecarbon"; }

    @Override public boolean storesRuns() { return true; }

    @Override
    public String description() {
        return "CodeCarbon emissions.csv (v3 38 columns, v2 31 columns, task files) → runs with cpu/gpu/ram energy";
    }

    @Override
    public boolean accepts(Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".csv");
    }

    @Override
    public void importFile(Path file, ImportContext ctx) throws IOException {
        ReferenceData data = ReferenceData.load();
        try (CountingStream in = new CountingStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
             CsvInput.Records csv = CsvInput.open(file.toString(), in, CsvInput.Rules.EXPORTED)) {
            Iterator<CsvInput.Record> it = csv.iterator();
            if (!it.hasNext()) throw new ImportException(file + ": the file is empty (expected a CodeCarbon emissions.csv header)");
            CodeCarbonColumns cols;
            List<String> header = it.next().fields();
            try {
                cols = CodeCarbonColumns.of(header);
            } catch (IllegalArgumentException e) {
                throw new ImportException(file + " line 1: " + e.getMessage());
            }
            Realignment realignment = new Realignment(header);
            long realigned = 0;
            RunBuilder runs = new RunBuilder(ctx, data, file.getFileName().toString());
            Batch batch = new Batch(ctx);
            Pending pending = null;
            long superseded = 0;
            long rows = 0;
            try {
                while (it.hasNext()) {
                    CsvInput.Record r = it.next();
                    List<String> original = r.fields();
                    List<String> fields = original;
                    if (++rows % PROGRESS_EVERY == 0) ctx.progress(in.count());
                    if (fields.size() > cols.count()) {
                        ctx.reject(r.line(), null, "the row has " + fields.size() + " fields, the header has "
                                + cols.count() + " (expected one field per column)", CsvCells.rawLine(fields));
                        continue;
                    }
                    if (fields.size() < cols.count()) {
                        Realignment.Result a = realignment.realign(fields);
                        if (a.fields() == null) {
                            ctx.reject(r.line(), null, a.problem(), CsvCells.rawLine(fields));
                            continue;
                        }
                        fields = a.fields();
                        realigned++;
                        ctx.realigned(1);
                    }
                    CodeCarbonRow row;
                    try {
                        row = CodeCarbonRow.parse(cols, fields, ctx.clock().instant().plus(Duration.ofDays(1)));
                    } catch (CodeCarbonRow.Problem p) {
                        ctx.reject(r.line(), p.field, p.getMessage(), CsvCells.rawLine(original));
                        continue;
                    }
                    // Append mode: consecutive rows of one run_id are cumulative snapshots of that run; the last one stands.
                    if (pending != null && cols.generation() != CodeCarbonColumns.Generation.TASK && row.runId() != null
                            && row.runId().equals(pending.row.runId())) {
                        superseded++;
                        ctx.duplicates(1);
                    } else if (pending != null) {
                        batch.add(runs.build(pending.row, cols, pending.fields), RunBuilder.ownRunId(pending.row));
                    }
                    pending = new Pending(row, fields);
                }
                if (pending != null) batch.add(runs.build(pending.row, cols, pending.fields), RunBuilder.ownRunId(pending.row));
                batch.flush();
            } catch (CsvSyntaxException e) {
                batch.flush();
                throw new ImportException(file + " line " + e.line() + ": not readable as CSV (" + e.what() + ")");
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            ctx.progress(in.count());
            ctx.note("CodeCarbon " + cols.generation().label() + "; timestamps are local time without a zone and were read as UTC");
            if (cols.has("pue")) {
                ctx.note("energy columns include CodeCarbon's pue and were divided by it to get IT energy; the footprint applies "
                        + "that pue once");
            } else {
                ctx.note("no pue column: energy taken as IT energy, PUE not applied");
            }
            if (realigned > 0) {
                ctx.note(realigned + " row(s) shorter than the header were realigned: CodeCarbon drops the columns that are empty "
                        + "in a row before appending it (issue #1304); each was read with empty fields put back where exactly one "
                        + "choice of dropped columns fits every column's type");
            }
            if (superseded > 0) {
                ctx.note(superseded + " row(s) were earlier snapshots of the same run_id (CodeCarbon append mode writes "
                        + "cumulative totals); the last row of each run was kept, the others counted as duplicates");
            }
            if (batch.updated > 0) {
                ctx.note(batch.updated + " row(s) were later snapshots of a run already in the ledger (same run_id, later timestamp, "
                        + "longer duration; CodeCarbon rewrites a run's cumulative totals): each run was updated, counted as imported; "
                        + "its earlier figures stay as earlier footprint versions (runs show lists them)");
            }
            if (batch.older > 0) {
                ctx.note(batch.older + " row(s) were older snapshots of a run already in the ledger (not a later timestamp and a "
                        + "longer duration, or less energy in a component): the stored run stands, the rows counted as duplicates");
            }
            if (batch.own > 0) {
                ctx.note(batch.own + " row(s) were written by wattprint's own export from this ledger (codecarbon_version "
                        + "'wattprint …', run_id a run of this ledger): counted as duplicates of those runs");
            }
            runs.notes();
        } catch (CsvSyntaxException e) {
            // In the header line; a fault further on is said above, once the rows before it are written.
            throw new ImportException(file + " line " + e.line() + ": not readable as CSV (" + e.what() + ")");
        }
    }

    private record Pending(CodeCarbonRow row, List<String> fields) {}
}
