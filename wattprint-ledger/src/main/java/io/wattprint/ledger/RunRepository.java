package io.wattprint.ledger;

import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Runs ({@code runs}, with their {@code run_tags}) and how they ended ({@code run_outcomes}): a run is
 * stored when it starts, closed once (with its first footprint, in the same transaction), and read back
 * with its tags and latest footprint ({@link RunReader}). Append-only: nothing stored is updated or
 * deleted. Re-sending a run (same idempotency key) changes nothing; a run is closed once. Instants are
 * stored to the microsecond. What is stored per run lives beside it: {@link IntervalRepository},
 * {@link MarkerRepository}, {@link FootprintRepository}; runs imported in batches go through
 * {@link ImportedRunRepository}.
 *
 * <p>Calls are serialised on the ledger's connection. Failures surface as
 * {@link LedgerException}; invalid arguments as {@link IllegalArgumentException}.
 */
public final class RunRepository {
    /** Shortest id prefix {@link #find(String)} accepts, so a typo does not match half the ledger. */
    public static final int MIN_PREFIX = 4;
    private static final int AMBIGUOUS_SHOWN = 10;

    private final Connection c;
    private final Dialect dialect;
    private final String ledger;

    RunRepository(Connection connection, Dialect dialect, String ledger) {
        this.c = connection;
        this.dialect = dialect;
        this.ledger = ledger;
    }

    /**
     * Stores a run and returns its id. A run whose idempotency key is already stored is not
     * stored again: the id it was stored under is returned. A run given already closed
     * (an import) is stored with its outcome.
     */
    public String insertRun(Run run) {
        Objects.requireNonNull(run, "run");
        if (run.status() != RunStatus.RUNNING && run.end() == null) {
            throw new IllegalArgumentException("run " + run.id() + " is " + run.status().label() + " but has no end");
        }
        if (run.status() == RunStatus.RUNNING && run.end() != null) {
            throw new IllegalArgumentException("run " + run.id() + " has an end but is still running");
        }
        synchronized (c) {
            return Sql.transaction(c, ledger, "store run " + run.id(), c -> store(run));
        }
    }

    /**
     * Stores a running run whose start is {@code now}, read once the ledger is ready to write it (inside
     * the transaction, after any wait for other processes holding the ledger), and returns it as
     * stored: the wait is not part of the run.
     *
     * @throws LedgerException when a run with its idempotency key is already stored
     */
    public Run insertRunStartingAt(Run run, Supplier<Instant> now) {
        return insertRunStartingAt(run, now, java.time.Duration.ofMillis(Sql.WRITE_PATIENCE_MS));
    }

    /**
     * {@link #insertRunStartingAt(Run, Supplier)} that waits at most {@code lockPatience} for other
     * processes holding a SQLite ledger (a run that cannot wait long for its row: its spool file keeps it meanwhile).
     *
     * @throws LedgerBusyException when the ledger stayed held for all of {@code lockPatience}; nothing was stored
     */
    public Run insertRunStartingAt(Run run, Supplier<Instant> now, java.time.Duration lockPatience) {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(lockPatience, "lockPatience");
        if (run.status() != RunStatus.RUNNING) {
            throw new IllegalArgumentException("run " + run.id() + " is " + run.status().label() + ", not running");
        }
        synchronized (c) {
            long patience = Math.min(lockPatience.toMillis(), Sql.WRITE_PATIENCE_MS);
            return Sql.transaction(c, ledger, "store run " + run.id(), patience, c -> {
                Run stamped = run.startingAt(now.get());
                if (!store(stamped).equals(stamped.id())) {
                    throw new LedgerException("cannot store run " + run.id() + " in ledger " + ledger
                            + ": its idempotency key is already stored for another run");
                }
                return stamped;
            });
        }
    }

    /** The body of {@link #insertRun}, inside its transaction. */
    private String store(Run run) throws SQLException {
        String existing = RunRow.idForKey(c, run.idempotencyKey());
        if (existing != null) return existing;
        long rid = RunRow.newKeys(c, 1)[0];
        if (insertRunRow(run, rid) == 0) {
            existing = RunRow.idForKey(c, run.idempotencyKey());
            if (existing != null) return existing;
            throw new LedgerException("cannot store run " + run.id() + " in ledger " + ledger
                    + ": a run with that id but another idempotency key is already stored");
        }
        if (!run.workload().tags().isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(RunRow.INSERT_TAG)) {
                RunRow.addTags(ps, rid, run.workload().tags());
                ps.executeBatch();
            }
        }
        if (run.end() != null) insertOutcome(rid, run.end(), run.status(), run.exitCode());
        return run.id();
    }

    private int insertRunRow(Run run, long rid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(RunRow.INSERT)) {
            RunRow.bind(ps, run, rid);
            return ps.executeUpdate();
        }
    }

    private int insertOutcome(long rid, Instant end, RunStatus status, Integer exitCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(RunRow.INSERT_OUTCOME)) {
            RunRow.bindOutcome(ps, rid, end, status, exitCode);
            return ps.executeUpdate();
        }
    }

    /**
     * Records how a run ended. Returns false, changing nothing, when it was already
     * closed: the first outcome stands.
     */
    public boolean closeRun(String runId, Instant end, RunStatus status, Integer exitCode) {
        return close(runId, end, status, exitCode, null, null, null);
    }

    /**
     * Closes a run and stores its footprint in one transaction, so that a closed run always has
     * the footprint it was closed with. Returns false, changing nothing, when it was already closed.
     *
     * @param computedAt when the footprint was computed
     */
    public boolean closeRun(String runId, Instant end, RunStatus status, Integer exitCode, Footprint f, String dataset,
                            Instant computedAt) {
        Objects.requireNonNull(f, "footprint");
        Objects.requireNonNull(computedAt, "computedAt");
        return close(runId, end, status, exitCode, f, dataset, computedAt);
    }

    private boolean close(String runId, Instant end, RunStatus status, Integer exitCode, Footprint f, String dataset,
                          Instant computedAt) {
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(status, "status");
        if (status == RunStatus.RUNNING) {
            throw new IllegalArgumentException("a run is closed with a final status, not " + status.label());
        }
        synchronized (c) {
            return Sql.transaction(c, ledger, "close run " + runId, c -> {
                RunRow.Stored run = RunRow.requireRun(c, runId, ledger);
                if (Timestamps.truncate(end).isBefore(run.start())) {
                    throw new IllegalArgumentException("run " + runId + " cannot end at " + end + ", before its start "
                            + run.start());
                }
                if (insertOutcome(run.rid(), end, status, exitCode) != 1) return false;
                if (f != null) FootprintRow.save(c, run.rid(), f, dataset, Timestamps.truncate(computedAt));
                return true;
            });
        }
    }

    /**
     * A tag given to {@link #addTags} whose key the run already has with another value. The ledger never changes a
     * stored row, so nothing of the call was stored.
     */
    public static final class TagConflict extends IllegalArgumentException {
        TagConflict(String message) { super(message); }
    }

    /**
     * Adds tags to a stored run (exact id), in one transaction: a key the run does not have yet is stored; the same
     * key with the same value changes nothing; a key already set to another value is refused ({@link TagConflict})
     * and then none of the tags is stored — the ledger never updates a stored row. Keys and values are stored as given
     * (the caller strips them); a key must not be blank and neither may pass {@link Workload#MAX_TEXT}.
     *
     * @return the tags this call stored, in key order; empty when the run had every one already
     * @throws TagConflict when a key is already set to another value (the message names both values)
     * @throws LedgerException when there is no such run
     */
    public Map<String, String> addTags(String runId, Map<String, String> tags) {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(tags, "tags");
        Map<String, String> sorted = new TreeMap<>();
        tags.forEach((k, v) -> {
            if (k == null || k.isBlank()) throw new IllegalArgumentException("a tag key must not be empty");
            Objects.requireNonNull(v, () -> "tag " + k + ": value");
            String problem = Workload.tooLong(k);
            if (problem != null) throw new IllegalArgumentException("tag key " + problem);
            problem = Workload.tooLong(v);
            if (problem != null) throw new IllegalArgumentException("tag " + k + " " + problem);
            sorted.put(k, v);
        });
        synchronized (c) {
            return Sql.transaction(c, ledger, "tag run " + runId, c -> {
                long rid = RunRow.requireRun(c, runId, ledger).rid();
                Map<String, String> added = new TreeMap<>();
                try (PreparedStatement insert = c.prepareStatement(RunRow.INSERT_TAG + " ON CONFLICT DO NOTHING");
                     PreparedStatement read = c.prepareStatement("SELECT value FROM run_tags WHERE rid = ? AND tag = ?")) {
                    for (Map.Entry<String, String> t : sorted.entrySet()) {
                        insert.setLong(1, rid);
                        insert.setString(2, t.getKey());
                        insert.setString(3, t.getValue());
                        if (insert.executeUpdate() == 1) {
                            added.put(t.getKey(), t.getValue());
                            continue;
                        }
                        String stored = storedTag(read, rid, t.getKey());
                        if (!t.getValue().equals(stored)) throw conflict(runId, t.getKey(), stored, t.getValue());
                    }
                }
                return Collections.unmodifiableMap(added);
            });
        }
    }

    private static String storedTag(PreparedStatement read, long rid, String key) throws SQLException {
        read.setLong(1, rid);
        read.setString(2, key);
        try (ResultSet rs = read.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private TagConflict conflict(String runId, String key, String stored, String given) {
        return new TagConflict("run " + runId + " already has tag " + key + "='" + stored + "', not '" + given
                + "': the ledger never changes a stored row, so nothing was stored. Keep the stored value, or record the "
                + "corrected figure under another key (e.g. " + key + "_corrected=" + given + ")");
    }

    /** Runs with no outcome yet (running, or left so by a wattprint that died), oldest first. */
    public List<RunRecord> open() {
        List<String> ids = new ArrayList<>();
        synchronized (c) {
            Sql.read(c, ledger, "list open runs", c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT r.id FROM runs r WHERE NOT EXISTS "
                        + "(SELECT 1 FROM run_outcomes o WHERE o.rid = r.rid) ORDER BY r.start_ts, r.id");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) ids.add(rs.getString(1));
                }
                return null;
            });
        }
        List<RunRecord> out = new ArrayList<>(ids.size());
        for (String id : ids) find(id).ifPresent(out::add);
        return out;
    }

    /** A run by its exact id (no prefix matching: for the server's API, where a prefix would reveal other ids). */
    public Optional<RunRecord> byId(String id) {
        Objects.requireNonNull(id, "id");
        synchronized (c) {
            return Sql.read(c, ledger, "look up run " + id, c -> RunReader.read(c,
                    new RunReader.Selection("r.id = ?", List.of(id), null, null)).stream().findFirst());
        }
    }

    /**
     * A run by its id or by a unique prefix of at least {@value #MIN_PREFIX} characters.
     *
     * @throws LedgerException when the prefix matches several runs (the message lists them)
     */
    public Optional<RunRecord> find(String idOrUniquePrefix) {
        Objects.requireNonNull(idOrUniquePrefix, "id");
        String key = idOrUniquePrefix.strip();
        synchronized (c) {
            return Sql.read(c, ledger, "look up run " + key, c -> {
                List<RunRecord> exact = RunReader.read(c, new RunReader.Selection("r.id = ?", List.of(key), null, null));
                if (!exact.isEmpty()) return Optional.of(exact.get(0));
                if (key.length() < MIN_PREFIX) return Optional.empty();
                List<RunRecord> matches = RunReader.read(c, new RunReader.Selection("substr(r.id, 1, " + key.length()
                        + ") = ?", List.of(key), dialect.byteOrder("r.id"), AMBIGUOUS_SHOWN + 1));
                if (matches.isEmpty()) return Optional.empty();
                if (matches.size() == 1) return Optional.of(matches.get(0));
                throw ambiguous(key, matches);
            });
        }
    }

    /**
     * Runs matching the query, newest start first (ties: higher id first), each with its tags and
     * latest footprint; read in three queries whatever their number (see {@link RunReader}).
     */
    public List<RunRecord> list(RunQuery q) {
        Objects.requireNonNull(q, "query");
        StringBuilder where = new StringBuilder("1 = 1");
        List<Object> params = new ArrayList<>();
        if (q.project() != null) {
            where.append(" AND r.project = ?");
            params.add(q.project());
        }
        if (q.model() != null) {
            where.append(" AND r.model = ?");
            params.add(q.model());
        }
        if (q.modelVersion() != null) {
            where.append(" AND r.model_version = ?");
            params.add(q.modelVersion());
        }
        if (q.team() != null) {
            where.append(" AND r.team = ?");
            params.add(q.team());
        }
        if (q.after() != null) {
            // Keyset paging in the order of newestFirst(): strictly after (start, id), compared as that order compares.
            String start = dialect.byteOrder("r.start_ts");
            where.append(" AND (").append(start).append(" < ? OR (").append(start).append(" = ? AND ")
                    .append(dialect.byteOrder("r.id")).append(" < ?))");
            String at = Timestamps.format(Timestamps.truncate(q.after().start()));
            params.add(at);
            params.add(at);
            params.add(q.after().id());
        }
        if (q.since() != null) {
            where.append(" AND r.start_ts >= ?");
            params.add(Timestamps.format(Timestamps.truncate(q.since())));
        }
        if (q.until() != null) {
            where.append(" AND r.start_ts < ?");
            params.add(Timestamps.format(Timestamps.truncate(q.until())));
        }
        RunReader.Selection s = new RunReader.Selection(where.toString(), params, newestFirst(), q.limit());
        synchronized (c) {
            return Sql.read(c, ledger, "list runs", c -> RunReader.read(c, s));
        }
    }

    /** {@link #list}'s order: newest start first, ties by id, both compared as bytes on either database. */
    private String newestFirst() {
        return dialect.byteOrder("r.start_ts") + " DESC, " + dialect.byteOrder("r.id") + " DESC";
    }

    /** {@link RunReader#scan} of every run in {@link #list}'s order: the floor {@code bench/ledger-list.sh} compares with. */
    long scanAll() {
        RunReader.Selection s = new RunReader.Selection("1 = 1", List.of(), newestFirst(), null);
        synchronized (c) {
            return Sql.read(c, ledger, "scan runs", c -> RunReader.scan(c, s));
        }
    }

    /** The earliest end (as {@link #list} reads it) of the runs started before {@code startedBefore}; empty if none is closed. */
    public Optional<Instant> earliestEnd(Instant startedBefore) {
        String sql = "SELECT MIN(x.end_ts) FROM (SELECT COALESCE((SELECT MAX(u.end_ts) FROM run_updates u WHERE u.rid = r.rid), "
                + "o.end_ts) AS end_ts FROM runs r LEFT JOIN run_outcomes o ON o.rid = r.rid WHERE r.start_ts < ?) x";
        synchronized (c) {
            return Sql.read(c, ledger, "find the earliest end", c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, Timestamps.format(Timestamps.truncate(startedBefore)));
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.ofNullable(Timestamps.parse(rs.getString(1))) : Optional.<Instant>empty();
                    }
                }
            });
        }
    }

    private LedgerException ambiguous(String prefix, List<RunRecord> matches) {
        StringBuilder msg = new StringBuilder("run id prefix '").append(prefix).append("' is ambiguous in ledger ")
                .append(ledger).append(": it matches ");
        for (int i = 0; i < Math.min(matches.size(), AMBIGUOUS_SHOWN); i++) {
            Run r = matches.get(i).run();
            if (i > 0) msg.append(", ");
            msg.append(r.id()).append(" (").append(r.workload().name()).append(", ").append(r.start()).append(')');
        }
        if (matches.size() > AMBIGUOUS_SHOWN) msg.append(" and more");
        return new LedgerException(msg.append("; give more characters of the id").toString());
    }
}
