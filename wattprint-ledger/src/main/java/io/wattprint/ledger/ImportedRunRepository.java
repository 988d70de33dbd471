package io.wattprint.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Closed runs brought in from other tools (CodeCarbon, cloud usage, Kepler …) in batches, with their
 * intervals and footprints, and the later snapshots of those runs ({@code run_updates}); plus the
 * look-ups an import makes before storing (which keys and ids are stored, and the stored runs' spans).
 * The rows are those a run stored alone has ({@link RunRow}, {@link IntervalRow}, {@link FootprintRow}),
 * written one JDBC batch per table in one transaction ({@link RunBatch}). Append-only: an update adds
 * rows, it changes none.
 *
 * <p>Calls are serialised on the ledger's connection. Failures surface as {@link LedgerException}.
 */
public final class ImportedRunRepository {
    /** Keys are looked up this many to a query (well under SQLite's 32,766 parameters). */
    private static final int KEYS_PER_QUERY = 500;

    private final Connection c;
    private final String ledger;

    ImportedRunRepository(Connection connection, String ledger) {
        this.c = connection;
        this.ledger = ledger;
    }

    /** A stored run as an import compares with it: its id, start and current end (its latest update's; null while open). */
    public record StoredSpan(String id, Instant start, Instant end) {
        /** Whether a run over [start, end] is a later snapshot of this one: it ends later and lasts longer. */
        public boolean supersededBy(Instant otherStart, Instant otherEnd) {
            return end != null && otherEnd.isAfter(end)
                    && Duration.between(otherStart, otherEnd).compareTo(Duration.between(start, end)) > 0;
        }
    }

    /**
     * What {@link #insertOrUpdate} did: the ids of the runs stored new and of those brought up to
     * date (in order; a run updated twice is named twice), how many were duplicates (same key, same
     * end) and how many were older than what is stored (left as they are).
     */
    public record ImportOutcome(List<String> stored, List<String> updated, long duplicates, long older) {}

    /**
     * Stores closed runs with their intervals and footprints (version 1), in one transaction and one
     * JDBC batch per table. A run whose idempotency key is already stored (or appears earlier in the
     * same list) is skipped, as {@link RunRepository#insertRun} skips it.
     *
     * @return the ids of the runs stored now, in the order given
     */
    public List<String> insert(List<ImportedRun> runs) {
        Objects.requireNonNull(runs, "runs");
        if (runs.isEmpty()) return List.of();
        synchronized (c) {
            return Sql.transaction(c, ledger, "store " + runs.size() + " imported runs", c -> RunBatch.insert(c, runs));
        }
    }

    /**
     * As {@link #insert}, and a run whose idempotency key is already stored supersedes it when it is
     * a later snapshot of it (ends later, lasts longer, no component with less energy): the stored run
     * keeps its id, tags, start and earlier footprint versions and intervals, and gets the energy added
     * since as intervals over [its end, the new end], the new footprint as the next version and a
     * {@code run_updates} row (end, import, time), which readers take its end from. A run ending when the
     * stored one ends is a duplicate; any other is older and changes nothing. One transaction.
     */
    public ImportOutcome insertOrUpdate(List<ImportedRun> runs) {
        Objects.requireNonNull(runs, "runs");
        if (runs.isEmpty()) return new ImportOutcome(List.of(), List.of(), 0, 0);
        synchronized (c) {
            return Sql.transaction(c, ledger, "store or update " + runs.size() + " imported runs",
                    c -> RunBatch.insertOrUpdate(c, runs));
        }
    }

    /** The stored runs of these idempotency keys, by key (a dry run's update check). */
    public Map<String, StoredSpan> storedSpans(Collection<String> keys) {
        Objects.requireNonNull(keys, "keys");
        if (keys.isEmpty()) return Map.of();
        synchronized (c) {
            return Sql.read(c, ledger, "look up run keys", c -> spans(c, keys));
        }
    }

    /** Which of these idempotency keys are already stored (a dry run's duplicate check). */
    public Set<String> existingKeys(Collection<String> keys) {
        Objects.requireNonNull(keys, "keys");
        if (keys.isEmpty()) return Set.of();
        synchronized (c) {
            return Sql.read(c, ledger, "look up run keys", c -> {
                Set<String> found = new HashSet<>();
                lookUp(c, "SELECT idempotency_key FROM runs WHERE idempotency_key IN (%s)", keys, rs -> found.add(rs.getString(1)));
                return found;
            });
        }
    }

    /** Which of these run ids are stored. */
    public Set<String> existingIds(Collection<String> ids) {
        Objects.requireNonNull(ids, "ids");
        if (ids.isEmpty()) return Set.of();
        synchronized (c) {
            return Sql.read(c, ledger, "look up run ids", c -> {
                Set<String> found = new HashSet<>();
                lookUp(c, "SELECT id FROM runs WHERE id IN (%s)", ids, rs -> found.add(rs.getString(1)));
                return found;
            });
        }
    }

    /** The stored run of each of these idempotency keys that has one: its id, start and current end (null when open). */
    static Map<String, StoredSpan> spans(Connection c, Collection<String> keys) throws SQLException {
        Map<String, StoredSpan> found = new HashMap<>();
        lookUp(c, "SELECT r.idempotency_key, r.id, r.start_ts, "
                + "COALESCE((SELECT MAX(u.end_ts) FROM run_updates u WHERE u.rid = r.rid), o.end_ts) "
                + "FROM runs r LEFT JOIN run_outcomes o ON o.rid = r.rid WHERE r.idempotency_key IN (%s)", keys, rs -> {
                    String end = rs.getString(4);
                    found.put(rs.getString(1), new StoredSpan(rs.getString(2), Timestamps.parse(rs.getString(3)),
                            end == null ? null : Timestamps.parse(end)));
                });
        return found;
    }

    @FunctionalInterface
    private interface RowHandler {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Runs {@code sql} (its {@code %s} the question marks) for the distinct values, {@value #KEYS_PER_QUERY} at a time. */
    private static void lookUp(Connection c, String sql, Collection<String> values, RowHandler handler) throws SQLException {
        List<String> all = new ArrayList<>(new LinkedHashSet<>(values));
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            List<String> part = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
            String marks = String.join(", ", Collections.nCopies(part.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement(String.format(sql, marks))) {
                for (int i = 0; i < part.size(); i++) ps.setString(i + 1, part.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) handler.accept(rs);
                }
            }
        }
    }
}
