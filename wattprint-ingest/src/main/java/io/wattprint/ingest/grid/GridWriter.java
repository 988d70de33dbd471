package io.wattprint.ingest.grid;

import io.wattprint.core.factor.FactorSeries;
import io.wattprint.core.factor.FactorSeries.Point;
import io.wattprint.ingest.ImportContext;
import io.wattprint.ledger.FactorSeriesRepository.AppendResult;
import io.wattprint.ledger.SeriesConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the rows a grid-intensity importer reads into factor series points in the ledger, in chunks
 * of at most {@link #CHUNK_ROWS} rows, so memory does not grow with the file.
 *
 * <p>A row gives one point (most formats) or several (an Electricity Maps CSV row: its lifecycle and
 * its direct value, two series). Every row ends in exactly one of: imported, duplicate or rejected.
 * <ul>
 *   <li>A row whose point starts before the end of the previous point of the same series (out of
 *       order or overlapping) is rejected at once, naming the earlier line; the rest goes on.</li>
 *   <li>Each chunk is appended series by series ({@code FactorSeriesRepository.append}, all or
 *       nothing, idempotent); a point that contradicts a stored point is rejected with the
 *       ledger's reason and the series appended again without it.</li>
 *   <li>Rows are counted from the ledger's counts: with k points per row, a chunk's imported rows
 *       are ⌈points added ÷ k⌉ and the rest duplicates (exact for k = 1; for k = 2 exact unless the
 *       lifecycle and the direct point of one row were stored at different times).</li>
 * </ul>
 * A dry run asks the ledger what would be new ({@code check}) and writes nothing.
 */
final class GridWriter {
    static final int CHUNK_ROWS = 10_000;

    /** One point of a row and the series it belongs to. */
    record Entry(SeriesKey key, Point point) {}

    private record Row(long line, String raw, String timeField, List<Entry> entries) {}

    private record Last(Instant end, long line) {}

    private final ImportContext ctx;
    private final int chunkRows;
    private final Instant addedAt;
    private final List<Row> pending = new ArrayList<>();
    private final Map<SeriesKey, Last> last = new HashMap<>();
    private long rows;

    GridWriter(ImportContext ctx) { this(ctx, CHUNK_ROWS); }

    GridWriter(ImportContext ctx, int chunkRows) {
        this.ctx = ctx;
        this.chunkRows = chunkRows;
        this.addedAt = ctx.clock().instant();
    }

    /** Adds one row; it is rejected now when a point of it is out of order or overlaps the previous point of its series. */
    void add(long line, String raw, String timeField, List<Entry> entries) {
        rows++;
        for (Entry e : entries) {
            Last prev = last.get(e.key());
            if (prev != null && e.point().from().isBefore(prev.end())) {
                ctx.reject(line, timeField, "point " + e.point() + " starts before the end " + prev.end()
                        + " of the previous point of " + e.key().label() + " (line " + prev.line()
                        + "): out of order or overlapping (expected points in time order, not overlapping)", raw);
                return;
            }
        }
        for (Entry e : entries) last.put(e.key(), new Last(e.point().to(), line));
        pending.add(new Row(line, raw, timeField, List.copyOf(entries)));
        if (pending.size() >= chunkRows) flush();
    }

    /** Writes what is pending; call once at the end of the file. */
    void finish() { flush(); }

    /** Rows handed to {@link #add} so far. */
    long rows() { return rows; }

    private void flush() {
        if (pending.isEmpty()) return;
        List<Row> chunk = new ArrayList<>(pending);
        pending.clear();
        boolean[] rejected = new boolean[chunk.size()];
        long added = 0;
        int pointsPerRow = chunk.get(0).entries().size();
        boolean uniform = true;
        Map<SeriesKey, List<Integer>> byKey = new LinkedHashMap<>();
        for (int r = 0; r < chunk.size(); r++) {
            if (chunk.get(r).entries().size() != pointsPerRow) uniform = false;
            for (Entry e : chunk.get(r).entries()) byKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<SeriesKey, List<Integer>> k : byKey.entrySet()) {
            added += append(k.getKey(), chunk, k.getValue(), rejected);
        }
        long accepted = 0;
        for (boolean b : rejected) if (!b) accepted++;
        long importedRows = uniform ? Math.min(accepted, (added + pointsPerRow - 1) / pointsPerRow) : Math.min(accepted, added);
        ctx.imported(importedRows);
        ctx.duplicates(accepted - importedRows);
    }

    /** Appends the chunk's points of one series, rejecting rows whose point contradicts the ledger; the points added. */
    private long append(SeriesKey key, List<Row> chunk, List<Integer> rowsOfKey, boolean[] rejected) {
        List<Integer> live = new ArrayList<>();
        for (int r : rowsOfKey) if (!rejected[r]) live.add(r);
        while (!live.isEmpty()) {
            List<Point> points = new ArrayList<>(live.size());
            for (int r : live) points.add(pointOf(chunk.get(r), key));
            FactorSeries s = new FactorSeries(key.zone(), key.source(), key.dataset(), key.basis(), key.boundary(), key.licence(),
                    points);
            try {
                AppendResult res = ctx.dryRun() ? ctx.ledger().factorSeries().check(s) : ctx.ledger().factorSeries().append(s, addedAt);
                return res.added();
            } catch (SeriesConflictException e) {
                int r = live.remove(e.pointIndex());
                Row row = chunk.get(r);
                rejected[r] = true;
                ctx.reject(row.line(), row.timeField(), "contradicts the ledger: " + e.getMessage(), row.raw());
            }
        }
        return 0;
    }

    private static Point pointOf(Row row, SeriesKey key) {
        for (Entry e : row.entries()) if (e.key().equals(key)) return e.point();
        throw new IllegalStateException("row " + row.line() + " has no point of " + key.label());
    }
}
