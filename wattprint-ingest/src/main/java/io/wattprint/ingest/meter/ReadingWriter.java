package io.wattprint.ingest.meter;

import io.wattprint.core.facility.MeterReading;
import io.wattprint.core.model.Period;
import io.wattprint.core.quantity.Energy;
import io.wattprint.ingest.ImportContext;
import io.wattprint.ledger.FacilityRepository;

/**
 * Stores each closed span as a meter reading and accounts for its rows: stored (added or a
 * correction) → imported; the same reading already stored → duplicates; refused (an overlapping
 * reading, nothing to store) → every row quarantined with the reason.
 */
final class ReadingWriter {
    private final ImportContext ctx;
    private final String fileName;
    long readings;

    ReadingWriter(ImportContext ctx, String fileName) {
        this.ctx = ctx;
        this.fileName = fileName;
    }

    void accept(Span s) {
        if (!s.to.isAfter(s.from)) {
            rejectAll(s, "isolated sample of meter " + s.meter + " at " + s.from + ": no other sample within "
                    + MeterImporter.MAX_GAP.toMinutes() + " minutes before or after it, so there is nothing to integrate");
            return;
        }
        Period period = new Period(s.from, s.to);
        if (s.joules <= 0) {
            rejectAll(s, kindLabel(s) + " reading of meter " + s.meter + " for " + period.label()
                    + " totals 0 kWh; a meter reading must be more than 0 kWh");
            return;
        }
        String source = fileName + (s.firstLine == s.lastLine ? " line " + s.firstLine : " lines " + s.firstLine + "–" + s.lastLine)
                + (s.meter.equals(s.facility) ? "" : " (meter " + s.meter + ")");
        MeterReading r = new MeterReading(s.facility, period, Energy.ofJoules(s.joules), s.kind, source);
        readings++;
        if (ctx.dryRun()) {
            ctx.imported(s.rows.size());
            return;
        }
        try {
            FacilityRepository.Stored stored = ctx.ledger().facilities().addReading(r);
            if (stored == FacilityRepository.Stored.UNCHANGED) ctx.duplicates(s.rows.size());
            else ctx.imported(s.rows.size());
        } catch (IllegalArgumentException e) {   // an overlapping reading: the message names both
            rejectAll(s, e.getMessage());
        }
    }

    private void rejectAll(Span s, String reason) {
        if (s.rows.isEmpty()) {
            ctx.note(reason);
            return;
        }
        for (Span.Row row : s.rows) ctx.reject(row.line(), null, reason, row.raw());
    }

    private static String kindLabel(Span s) { return s.kind.label(); }
}
