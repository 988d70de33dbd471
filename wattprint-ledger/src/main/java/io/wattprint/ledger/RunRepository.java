package io.wattprint.ledger;

import io.wattprint.core.model.Component;
import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Footprint;
import io.wattprint.core.model.Location;
import io.wattprint.core.model.Provenance;
import io.wattprint.core.model.Run;
import io.wattprint.core.model.RunMarker;
import io.wattprint.core.model.RunStatus;
import io.wattprint.core.model.Workload;
import io.wattprint.core.quantity.Energy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs, their energy intervals, outcomes and footprints. Append-only: nothing stored is
 * updated or deleted. Re-sending a run (same idempotency key) or an interval (same run,
 * component and start) changes nothing; a run is closed once; a recomputed footprint is a
 * new version. Instants are stored to the microsecond.
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
    public Run insertRunStartingAt(Run run, java.util.function.Supplier<Instant> now) {
        return insertRunStartingAt(run, now, java.time.Duration.ofMillis(Sql.WRITE_PATIENCE_MS));
    }

    /**
     * {@link #insertRunStartingAt(Run, java.util.function.Supplier)} that waits at most {@code lockPatience} for other
     * processes holding a SQLite ledger (a run that cannot wait long for its row: its spool file keeps it meanwhile).
     *
     * @throws LedgerBusyException when the ledger stayed held for all of {@code lockPatience}; nothing was stored
     */
    public Run insertRunStartingAt(Run run, java.util.function.Supplier<Instant> now, java.time.Duration lockPatience) {
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
        String existing = idForKey(run.idempotencyKey());
        if (existing != null) return existing;
        if (insertRunRow(run) == 0) {
            existing = idForKey(run.idempotencyKey());
            if (existing != null) return existing;
            throw new LedgerException("cannot store run " + run.id() + " in ledger " + ledger
                    + ": a run with that id but another idempotency key is already stored");
        }
        insertTags(run.id(), run.workload().tags());
        if (run.end() != null) insertOutcome(run.id(), run.end(), run.status(), run.exitCode());
        return run.id();
    }

    /**
     * Stores closed runs brought in from another tool, with their intervals and footprints, in one
     * transaction and one JDBC batch per table. A run whose idempotency key is already stored (or
     * appears earlier in the same list) is skipped, as {@link #insertRun} skips it.
     *
     * @return the ids of the runs stored now, in the order given
     */
    public List<String> importRuns(List<ImportedRun> runs) {
        Objects.requireNonNull(runs, "runs");
        if (runs.isEmpty()) return List.of();
        synchronized (c) {
            return Sql.transaction(c, ledger, "store " + runs.size() + " imported runs", c -> RunBatch.insert(c, runs));
        }
    }

    /** A stored run as an import compares with it: its id, start and current end (its latest update's; null while open). */
    public record StoredSpan(String id, Instant start, Instant end) {
        /** Whether a run over [start, end] is a later snapshot of this one: it ends later and lasts longer. */
        public boolean supersededBy(Instant otherStart, Instant otherEnd) {
            return end != null && otherEnd.isAfter(end)
                    && java.time.Duration.between(otherStart, otherEnd).compareTo(java.time.Duration.between(start, end)) > 0;
        }
    }

    /**
     * What {@link #importOrUpdateRuns} did: the ids of the runs stored new and of those brought up to
     * date (in order; a run updated twice is named twice), how many were duplicates (same key, same
     * end) and how many were older than what is stored (left as they are).
     */
    public record ImportOutcome(List<String> stored, List<String> updated, long duplicates, long older) {}

    /**
     * As {@link #importRuns}, and a run whose idempotency key is already stored supersedes it when it is
     * a later snapshot of it (ends later, lasts longer, no component with less energy): the stored run
     * keeps its id, tags, start and earlier footprint versions and intervals, and gets the energy added
     * since as intervals over [its end, the new end], the new footprint as the next version and a
     * {@code run_updates} row (end, import, time), which readers take its end from. A run ending when the
     * stored one ends is a duplicate; any other is older and changes nothing. Append-only: nothing
     * stored is changed. One transaction.
     */
    public ImportOutcome importOrUpdateRuns(List<ImportedRun> runs) {
        Objects.requireNonNull(runs, "runs");
        if (runs.isEmpty()) return new ImportOutcome(List.of(), List.of(), 0, 0);
        synchronized (c) {
            return Sql.transaction(c, ledger, "store or update " + runs.size() + " imported runs", c -> RunBatch.importOrUpdate(c, runs));
        }
    }

    /** The stored runs of these idempotency keys, by key (a dry run's update check). */
    public Map<String, StoredSpan> storedSpans(java.util.Collection<String> keys) {
        Objects.requireNonNull(keys, "keys");
        if (keys.isEmpty()) return Map.of();
        synchronized (c) {
            return Sql.read(c, ledger, "look up run keys", c -> RunBatch.spans(c, keys));
        }
    }

    /** Which of these run ids are stored. */
    public java.util.Set<String> existingIds(java.util.Collection<String> ids) {
        Objects.requireNonNull(ids, "ids");
        if (ids.isEmpty()) return java.util.Set.of();
        synchronized (c) {
            return Sql.read(c, ledger, "look up run ids", c -> RunBatch.existingIds(c, ids));
        }
    }

    /**
     * One footprint version of a run, oldest first in {@link #versions}: its figures, and for a version
     * written by an update (run_updates) the run's end it brought and the import that brought it.
     */
    public record RunVersion(int seq, Instant computedAt, Energy itEnergy, Energy facilityEnergy,
                             io.wattprint.core.quantity.Co2e co2e, Instant updatedEnd, String importId) {
        public boolean isUpdate() { return updatedEnd != null; }
    }

    /** Every footprint version of a run, oldest first: its history (recomputations and updates by imports). */
    public List<RunVersion> versions(String runId) {
        synchronized (c) {
            return Sql.read(c, ledger, "read footprint versions of run " + runId, c -> {
                List<RunVersion> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT f.seq, f.computed_at, f.it_energy_j, f.facility_energy_j, "
                        + "f.co2e_g, u.end_ts, u.import_id FROM footprints f LEFT JOIN run_updates u ON u.run_id = f.run_id "
                        + "AND u.seq = f.seq WHERE f.run_id = ? ORDER BY f.seq")) {
                    ps.setString(1, runId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Double co2e = Sql.getDouble(rs, "co2e_g");
                            String end = rs.getString(6);
                            out.add(new RunVersion(rs.getInt(1), Timestamps.parse(rs.getString(2)), Energy.ofJoules(rs.getDouble(3)),
                                    Energy.ofJoules(rs.getDouble(4)), co2e == null ? null : io.wattprint.core.quantity.Co2e.ofGrams(co2e),
                                    end == null ? null : Timestamps.parse(end), rs.getString(7)));
                        }
                    }
                }
                return out;
            });
        }
    }

    /** Which of these idempotency keys are already stored (a dry run's duplicate check). */
    public java.util.Set<String> existingKeys(java.util.Collection<String> keys) {
        Objects.requireNonNull(keys, "keys");
        if (keys.isEmpty()) return java.util.Set.of();
        synchronized (c) {
            return Sql.read(c, ledger, "look up run keys", c -> RunBatch.existingKeys(c, keys));
        }
    }

    /**
     * Appends energy intervals to a run in one batch; returns how many were new. An
     * interval whose run, component and start are already stored is ignored (the first
     * one sent wins), so re-sending a batch after a lost acknowledgement is safe.
     */
    public int appendIntervals(String runId, List<EnergyInterval> xs) {
        Objects.requireNonNull(xs, "intervals");
        if (xs.isEmpty()) return 0;
        synchronized (c) {
            return Sql.transaction(c, ledger, "append intervals to run " + runId, c -> {
                requireRun(runId);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO intervals (run_id, component, start_ts, end_ts, "
                        + "energy_j, provenance_kind, provenance_method) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                    for (EnergyInterval x : xs) {
                        ps.setString(1, runId);
                        ps.setString(2, x.component().toString());
                        ps.setString(3, Timestamps.format(x.start()));
                        ps.setString(4, Timestamps.format(x.end()));
                        ps.setDouble(5, x.energy().joules());
                        ps.setString(6, x.provenance().kind().name());
                        ps.setString(7, x.provenance().method());
                        ps.addBatch();
                    }
                    int added = 0;
                    for (int n : ps.executeBatch()) {
                        if (n == Statement.SUCCESS_NO_INFO) {
                            throw new SQLException("the driver did not report how many intervals were new");
                        }
                        added += n;
                    }
                    return added;
                }
            });
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
                Instant start = requireRun(runId);
                if (Timestamps.truncate(end).isBefore(start)) {
                    throw new IllegalArgumentException("run " + runId + " cannot end at " + end + ", before its start " + start);
                }
                if (insertOutcome(runId, end, status, exitCode) != 1) return false;
                if (f != null) FootprintStore.save(c, runId, f, dataset, Timestamps.truncate(computedAt));
                return true;
            });
        }
    }

    /**
     * Appends a new footprint version for a run; the latest version is what {@link #find}
     * and {@link #list} return.
     *
     * @param dataset the reference data version the footprint was computed with, or null
     * @return the version (seq) stored
     */
    public int saveFootprint(String runId, Footprint f, String dataset) {
        Objects.requireNonNull(f, "footprint");
        synchronized (c) {
            return Sql.transaction(c, ledger, "store a footprint of run " + runId, c -> {
                requireRun(runId);
                return FootprintStore.save(c, runId, f, dataset, Timestamps.truncate(Instant.now()));
            });
        }
    }

    /** Runs with no outcome yet (running, or left so by a wattprint that died), oldest first. */
    public List<RunRecord> open() {
        List<String> ids = new ArrayList<>();
        synchronized (c) {
            Sql.read(c, ledger, "list open runs", c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT r.id FROM runs r WHERE NOT EXISTS "
                        + "(SELECT 1 FROM run_outcomes o WHERE o.run_id = r.id) ORDER BY r.start_ts, r.id");
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
        if (q.since() != null) {
            where.append(" AND r.start_ts >= ?");
            params.add(Timestamps.format(Timestamps.truncate(q.since())));
        }
        if (q.until() != null) {
            where.append(" AND r.start_ts < ?");
            params.add(Timestamps.format(Timestamps.truncate(q.until())));
        }
        String order = dialect.byteOrder("r.start_ts") + " DESC, " + dialect.byteOrder("r.id") + " DESC";
        RunReader.Selection s = new RunReader.Selection(where.toString(), params, order, q.limit());
        synchronized (c) {
            return Sql.read(c, ledger, "list runs", c -> RunReader.read(c, s));
        }
    }

    // One row per run: its effective end (latest update's, else its outcome's, as RunReader reads it) and its latest
    // footprint's columns (null when it has none).
    private static final String CLOSED = "SELECT x.*, CASE WHEN x.seq IS NULL THEN 0 ELSE 1 END AS has_fp, "
            + "CASE WHEN x.co2e_g IS NULL THEN 0 ELSE 1 END AS co2e_known, "
            + "CASE WHEN x.co2e_g IS NOT NULL AND x.factor_zone IS NOT NULL AND x.factor_g_per_kwh IS NOT NULL THEN 1 ELSE 0 END "
            + "AS located FROM (SELECT r.id, r.start_ts, r.cloud_region, r.facility, "
            + "COALESCE((SELECT MAX(u.end_ts) FROM run_updates u WHERE u.run_id = r.id), o.end_ts) AS end_ts, "
            + "f.seq, f.it_energy_j, f.facility_energy_j, f.pue, f.pue_basis, f.co2e_g, f.factor_zone, f.factor_g_per_kwh, "
            + "f.factor_year, f.factor_source, f.dataset "
            + "FROM runs r LEFT JOIN run_outcomes o ON o.run_id = r.id "
            + "LEFT JOIN footprints f ON f.run_id = r.id "
            + "AND f.seq = (SELECT MAX(m.seq) FROM footprints m WHERE m.run_id = r.id)) x "
            + "WHERE x.end_ts >= ? AND x.end_ts < ?";

    /**
     * Sums over the runs closed in [from, to) (each run's end as {@link #list} reads it, its latest footprint only),
     * grouped as {@link ClosedTotals} describes: three queries whatever the number of runs, no run read whole.
     */
    public ClosedTotals closedTotals(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        List<Object> window = List.of(Timestamps.format(Timestamps.truncate(from)), Timestamps.format(Timestamps.truncate(to)));
        String cols = "y.cloud_region, y.facility, y.has_fp, y.co2e_known, y.located, y.factor_zone, y.factor_g_per_kwh, "
                + "y.factor_year, y.factor_source, y.dataset, y.pue, y.pue_basis";
        String groups = "SELECT substr(y.end_ts, 1, 4) AS yr, " + cols + ", COUNT(*) AS n, SUM(y.it_energy_j) AS it_j, "
                + "SUM(y.facility_energy_j) AS fac_j, SUM(y.co2e_g) AS co2e_g, MAX(" + dialect.byteOrder("(y.start_ts || ' ' || y.id)")
                + ") AS newest FROM (" + CLOSED + ") y GROUP BY substr(y.end_ts, 1, 4), " + cols;
        String methods = "SELECT substr(y.end_ts, 1, 4) AS yr, c.provenance_kind, c.provenance_method, "
                + "COUNT(DISTINCT c.run_id) AS n, SUM(c.energy_j) AS j FROM (" + CLOSED + ") y "
                + "JOIN footprint_components c ON c.run_id = y.id AND c.seq = y.seq "
                + "GROUP BY substr(y.end_ts, 1, 4), c.provenance_kind, c.provenance_method";
        String leftOut = "SELECT substr(y.end_ts, 1, 4) AS yr, y.id, y.cloud_region, y.has_fp FROM (" + CLOSED + ") y "
                + "WHERE y.has_fp = 0 OR y.located = 0 ORDER BY " + dialect.byteOrder("y.start_ts") + " DESC, "
                + dialect.byteOrder("y.id") + " DESC";
        synchronized (c) {
            return Sql.read(c, ledger, "sum closed runs", c -> {
                List<ClosedTotals.Group> gs = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(groups)) {
                    ps.setString(1, (String) window.get(0));
                    ps.setString(2, (String) window.get(1));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            boolean fp = rs.getInt("has_fp") == 1;
                            gs.add(new ClosedTotals.Group(Integer.parseInt(rs.getString("yr")), rs.getString("cloud_region"),
                                    rs.getString("facility"), fp, rs.getInt("co2e_known") == 1, rs.getInt("located") == 1,
                                    rs.getString("factor_zone"), Sql.getDouble(rs, "factor_g_per_kwh"), Sql.getInt(rs, "factor_year"),
                                    rs.getString("factor_source"), rs.getString("dataset"), Sql.getDouble(rs, "pue"),
                                    rs.getString("pue_basis"), rs.getInt("n"), rs.getDouble("it_j"), rs.getDouble("fac_j"),
                                    rs.getDouble("co2e_g"), rs.getString("newest")));
                        }
                    }
                }
                List<ClosedTotals.MethodTotal> ms = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(methods)) {
                    ps.setString(1, (String) window.get(0));
                    ps.setString(2, (String) window.get(1));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ms.add(new ClosedTotals.MethodTotal(Integer.parseInt(rs.getString("yr")), rs.getString(2), rs.getString(3),
                                    rs.getInt("n"), rs.getDouble("j")));
                        }
                    }
                }
                List<ClosedTotals.LeftOut> lo = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(leftOut)) {
                    ps.setString(1, (String) window.get(0));
                    ps.setString(2, (String) window.get(1));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            lo.add(new ClosedTotals.LeftOut(Integer.parseInt(rs.getString("yr")), rs.getString("id"),
                                    rs.getString("cloud_region"), rs.getInt("has_fp") == 1));
                        }
                    }
                }
                return new ClosedTotals(gs, ms, lo);
            });
        }
    }

    /** The earliest end (as {@link #list} reads it) of the runs started before {@code startedBefore}; empty if none is closed. */
    public Optional<Instant> earliestEnd(Instant startedBefore) {
        String sql = "SELECT MIN(x.end_ts) FROM (SELECT COALESCE((SELECT MAX(u.end_ts) FROM run_updates u WHERE u.run_id = r.id), "
                + "o.end_ts) AS end_ts FROM runs r LEFT JOIN run_outcomes o ON o.run_id = r.id WHERE r.start_ts < ?) x";
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

    /**
     * Appends markers to a run; returns how many were new. A marker already stored (same
     * instant, type and label) is ignored, so a spool replay after a crash adds nothing twice.
     */
    public int appendMarkers(String runId, List<RunMarker> markers) {
        Objects.requireNonNull(markers, "markers");
        if (markers.isEmpty()) return 0;
        synchronized (c) {
            return Sql.transaction(c, ledger, "append markers to run " + runId, c -> {
                requireRun(runId);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_markers (run_id, at_ts, type, label, value) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                    for (RunMarker m : markers) {
                        ps.setString(1, runId);
                        ps.setString(2, Timestamps.format(m.at()));
                        ps.setString(3, m.type().name());
                        ps.setString(4, m.label());
                        if (m.value() == null) ps.setNull(5, java.sql.Types.BIGINT);
                        else ps.setLong(5, m.value());
                        ps.addBatch();
                    }
                    int added = 0;
                    for (int n : ps.executeBatch()) {
                        if (n == Statement.SUCCESS_NO_INFO) throw new SQLException("the driver did not report how many markers were new");
                        added += n;
                    }
                    return added;
                }
            });
        }
    }

    /**
     * A run's intervals summed per component, provenance and UTC hour of their start: what a
     * footprint needs (factors vary by the hour at the finest) without reading every tick of a
     * long run into memory. Each sum spans its first start to its last end in that hour.
     */
    public List<EnergyInterval> hourlyIntervals(String runId) {
        synchronized (c) {
            return Sql.read(c, ledger, "read hourly energy of run " + runId, c -> {
                List<EnergyInterval> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT component, provenance_kind, provenance_method, "
                        + "MIN(start_ts), MAX(end_ts), SUM(energy_j) FROM intervals WHERE run_id = ? "
                        + "GROUP BY component, provenance_kind, provenance_method, substr(start_ts, 1, 13)")) {
                    ps.setString(1, runId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(new EnergyInterval(Timestamps.parse(rs.getString(4)), Timestamps.parse(rs.getString(5)),
                                    Component.parse(rs.getString(1)), Energy.ofJoules(rs.getDouble(6)),
                                    Provenance.of(Provenance.Kind.valueOf(rs.getString(2)), rs.getString(3))));
                        }
                    }
                }
                out.sort(Comparator.comparing(EnergyInterval::start).thenComparing(EnergyInterval::component));
                return out;
            });
        }
    }

    /** A run with its energy in a span of time, summed per component, provenance and UTC hour. */
    public record RunEnergy(RunRecord record, List<EnergyInterval> hourly) {}

    /**
     * The runs of a facility (their {@code facility} column) that have intervals starting in
     * [from, to), each with those intervals summed per component, provenance and UTC hour (as
     * {@link #hourlyIntervals}); ordered by start, then id. Two queries whatever the number of runs.
     */
    public List<RunEnergy> runsAtFacility(String facility, Instant from, Instant to) {
        Objects.requireNonNull(facility, "facility");
        String a = Timestamps.format(Timestamps.truncate(from));
        String b = Timestamps.format(Timestamps.truncate(to));
        synchronized (c) {
            return Sql.read(c, ledger, "read the runs of facility " + facility, c -> {
                Map<String, List<EnergyInterval>> byRun = new java.util.HashMap<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT i.run_id, i.component, i.provenance_kind, "
                        + "i.provenance_method, MIN(i.start_ts), MAX(i.end_ts), SUM(i.energy_j) FROM intervals i "
                        + "JOIN runs r ON r.id = i.run_id WHERE r.facility = ? AND i.start_ts >= ? AND i.start_ts < ? "
                        + "GROUP BY i.run_id, i.component, i.provenance_kind, i.provenance_method, substr(i.start_ts, 1, 13)")) {
                    ps.setString(1, facility);
                    ps.setString(2, a);
                    ps.setString(3, b);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            byRun.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new EnergyInterval(
                                    Timestamps.parse(rs.getString(5)), Timestamps.parse(rs.getString(6)),
                                    Component.parse(rs.getString(2)), Energy.ofJoules(rs.getDouble(7)),
                                    Provenance.of(Provenance.Kind.valueOf(rs.getString(3)), rs.getString(4))));
                        }
                    }
                }
                if (byRun.isEmpty()) return List.of();
                List<RunRecord> records = RunReader.read(c, new RunReader.Selection("r.facility = ? AND EXISTS (SELECT 1 FROM "
                        + "intervals i WHERE i.run_id = r.id AND i.start_ts >= ? AND i.start_ts < ?)", List.of(facility, a, b),
                        null, null));
                List<RunEnergy> out = new ArrayList<>();
                for (RunRecord r : records) {
                    List<EnergyInterval> xs = byRun.get(r.run().id());
                    if (xs == null) continue;   // a run whose first interval arrived between the two queries
                    xs.sort(Comparator.comparing(EnergyInterval::start).thenComparing(EnergyInterval::component));
                    out.add(new RunEnergy(r, List.copyOf(xs)));
                }
                out.sort(Comparator.comparing((RunEnergy e) -> e.record().run().start()).thenComparing(e -> e.record().run().id()));
                return out;
            });
        }
    }

    /** How many intervals a run has. */
    public long intervalCount(String runId) {
        synchronized (c) {
            return Sql.read(c, ledger, "count intervals of run " + runId, c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM intervals WHERE run_id = ?")) {
                    ps.setString(1, runId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }
            });
        }
    }

    /** A run's markers in time order. */
    public List<RunMarker> markers(String runId) {
        synchronized (c) {
            return Sql.read(c, ledger, "read markers of run " + runId, c -> {
                List<RunMarker> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT at_ts, type, label, value FROM run_markers WHERE run_id = ?")) {
                    ps.setString(1, runId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            long v = rs.getLong(4);
                            Long value = rs.wasNull() ? null : v;
                            out.add(new RunMarker(Timestamps.parse(rs.getString(1)), RunMarker.Type.valueOf(rs.getString(2)),
                                    rs.getString(3), value));
                        }
                    }
                }
                out.sort(Comparator.comparing(RunMarker::at).thenComparing(RunMarker::type).thenComparing(RunMarker::label));
                return out;
            });
        }
    }

    /** A run's intervals, ordered by start, then component. */
    public List<EnergyInterval> intervals(String runId) {
        synchronized (c) {
            return Sql.read(c, ledger, "read intervals of run " + runId, c -> {
                List<EnergyInterval> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT component, start_ts, end_ts, energy_j, "
                        + "provenance_kind, provenance_method FROM intervals WHERE run_id = ?")) {
                    ps.setString(1, runId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(new EnergyInterval(Timestamps.parse(rs.getString(2)), Timestamps.parse(rs.getString(3)),
                                    Component.parse(rs.getString(1)), Energy.ofJoules(rs.getDouble(4)),
                                    Provenance.of(Provenance.Kind.valueOf(rs.getString(5)), rs.getString(6))));
                        }
                    }
                }
                // Sorted here, not by the database: the same order whatever a server's collation.
                out.sort(Comparator.comparing(EnergyInterval::start).thenComparing(EnergyInterval::component));
                return out;
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

    private String idForKey(String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM runs WHERE idempotency_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The run's start; a missing run is the caller's error. */
    private Instant requireRun(String runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT start_ts FROM runs WHERE id = ?")) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new LedgerException("no run " + runId + " in ledger " + ledger);
                return Timestamps.parse(rs.getString(1));
            }
        }
    }

    private int insertRunRow(Run run) throws SQLException {
        Workload w = run.workload();
        Location l = run.location();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO runs (id, idempotency_key, workload, project, team, "
                + "model, model_version, phase, host, zone, cloud_region, facility, start_ts, command) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, run.id());
            ps.setString(2, run.idempotencyKey());
            ps.setString(3, w.name());
            Sql.setText(ps, 4, w.project());
            Sql.setText(ps, 5, w.team());
            Sql.setText(ps, 6, w.model());
            Sql.setText(ps, 7, w.modelVersion());
            Sql.setText(ps, 8, w.phase() == null ? null : w.phase().label());
            Sql.setText(ps, 9, run.host());
            Sql.setText(ps, 10, l.zone());
            Sql.setText(ps, 11, l.cloudRegion());
            Sql.setText(ps, 12, l.facility());
            ps.setString(13, Timestamps.format(run.start()));
            Sql.setText(ps, 14, run.command());
            return ps.executeUpdate();
        }
    }

    private void insertTags(String runId, Map<String, String> tags) throws SQLException {
        if (tags.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_tags (run_id, tag, value) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String> t : tags.entrySet()) {
                ps.setString(1, runId);
                ps.setString(2, t.getKey());
                ps.setString(3, t.getValue() == null ? "" : t.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private int insertOutcome(String runId, Instant end, RunStatus status, Integer exitCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_outcomes (run_id, end_ts, status, exit_code) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, runId);
            ps.setString(2, Timestamps.format(end));
            ps.setString(3, status.name());
            Sql.setInt(ps, 4, exitCode);
            return ps.executeUpdate();
        }
    }
}
