package io.wattprint.ingest.meter;

import io.wattprint.core.text.CsvCells;
import io.wattprint.ingest.Excerpt;
import io.wattprint.core.facility.Facility;
import io.wattprint.core.facility.MeterReading;
import io.wattprint.data.csv.CsvInput;
import io.wattprint.data.csv.CsvSyntaxException;
import io.wattprint.ingest.CountingStream;
import io.wattprint.ingest.ImportContext;
import io.wattprint.ingest.ImportException;
import io.wattprint.ingest.Importer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code wattprint ingest meter}: facility energy into the facility ledger as meter readings. Reads
 * interval data, bills, instantaneous power (W or kW, integrated by the trapezoid rule) and
 * cumulative kWh counters (differenced, a drop taken as a reset); see docs/METHODOLOGY.md §11.4
 * for the conventions. Rows of one meter must come in time order; memory grows with the number of
 * meters, not of rows.
 */
public final class MeterImporter implements Importer {
    /** Power samples further apart than this are not integrated across: the reading stops at the gap. */
    static final Duration MAX_GAP = Duration.ofMinutes(15);
    private static final int PROGRESS_EVERY = 4096;

    @Override public String kind() { return "meter"; }

    @Override
    public String description() {
        return "facility meters: interval data (timestamp, meter_id, kwh), bills (period_start, period_end, site, kwh), "
                + "PDU/BMS power (power_w or power_kw) and cumulative counters (kwh_total)";
    }

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    @Override
    public void importFile(Path file, ImportContext ctx) throws IOException {
        String name = file.getFileName().toString();
        try (CountingStream in = new CountingStream(Files.newInputStream(file));
             CsvInput.Records csv = CsvInput.open(name, in, CsvInput.Rules.EXPORTED)) {
            Iterator<CsvInput.Record> it = csv.iterator();
            if (!it.hasNext()) throw new ImportException(name + ": the file is empty; " + MeterLayout.EXPECTED);
            List<String> header = it.next().fields();
            MeterLayout layout = MeterLayout.of(name, header);
            for (String col : layout.ignored()) ctx.note(name + ": column " + Excerpt.of(col) + " ignored (not a facility meter column)");
            ReadingWriter writer = new ReadingWriter(ctx, name);
            MeterRows rows = new MeterRows(layout, facilities(ctx), writer, ctx);
            long n = 0;
            while (it.hasNext()) {
                CsvInput.Record rec = it.next();
                String raw = CsvCells.rawLine(rec.fields());
                try {
                    if (rec.fields().size() != header.size()) {
                        throw new MeterRows.BadRow(null, "the row has " + rec.fields().size() + " fields, the header "
                                + header.size());
                    }
                    rows.row(rec.line(), rec.fields(), raw);
                } catch (MeterRows.BadRow bad) {
                    ctx.reject(rec.line(), bad.field, bad.getMessage(), raw);
                }
                if (++n % PROGRESS_EVERY == 0) ctx.progress(in.count());
            }
            rows.finish();
            ctx.progress(in.count());
        } catch (CsvSyntaxException e) {
            throw new ImportException(name + " line " + e.line() + ": not readable as CSV (" + e.what() + ")");
        }
    }

    private static Map<String, Facility> facilities(ImportContext ctx) {
        Map<String, Facility> out = new TreeMap<>();
        if (ctx.ledger() != null) for (Facility f : ctx.ledger().facilities().facilities()) out.put(f.name(), f);
        return out;
    }
}
