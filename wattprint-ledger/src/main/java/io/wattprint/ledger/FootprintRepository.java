package io.wattprint.ledger;

import io.wattprint.core.model.Footprint;
import io.wattprint.core.quantity.Co2e;
import io.wattprint.core.quantity.Energy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The footprints of runs ({@code footprints}, with their explanations, and {@code footprint_components}):
 * versions appended when a run is recomputed, the history of a run's versions, and sums of the latest
 * versions of the runs closed in a period. A run's first version is stored with its close
 * ({@link RunRepository#closeRun(String, Instant, io.wattprint.core.model.RunStatus, Integer, Footprint, String,
 * Instant)}) or its import ({@link ImportedRunRepository}). Append-only: a recomputed footprint is a new version.
 *
 * <p>Calls are serialised on the ledger's connection. Failures surface as {@link LedgerException}.
 */
public final class FootprintRepository {
    private final Connection c;
    private final Dialect dialect;
    private final String ledger;

    FootprintRepository(Connection connection, Dialect dialect, String ledger) {
        this.c = connection;
        this.dialect = dialect;
        this.ledger = ledger;
    }

    /**
     * Appends a new footprint version for a run; the latest version is what {@link RunRepository#find}
     * and {@link RunRepository#list} return.
     *
     * @param dataset the reference data version the footprint was computed with, or null
     * @return the version (seq) stored
     */
    public int save(String runId, Footprint f, String dataset) {
        Objects.requireNonNull(f, "footprint");
        synchronized (c) {
            return Sql.transaction(c, ledger, "store a footprint of run " + runId, c -> {
                long rid = RunRow.requireRun(c, runId, ledger).rid();
                return FootprintRow.save(c, rid, f, dataset, Timestamps.truncate(Instant.now()));
            });
        }
    }

    /**
     * One footprint version of a run, oldest first in {@link #versions}: its figures, and for a version
     * written by an update (run_updates) the run's end it brought and the import that brought it.
     */
    public record RunVersion(int seq, Instant computedAt, Energy itEnergy, Energy facilityEnergy, Co2e co2e,
                             Instant updatedEnd, String importId) {
        public boolean isUpdate() { return updatedEnd != null; }
    }

    /** Every footprint version of a run, oldest first: its history (recomputations and updates by imports). */
    public List<RunVersion> versions(String runId) {
        synchronized (c) {
            return Sql.read(c, ledger, "read footprint versions of run " + runId, c -> {
                List<RunVersion> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT f.seq, f.computed_at, f.it_energy_j, f.facility_energy_j, "
                        + "f.co2e_g, u.end_ts, u.import_id FROM runs r JOIN footprints f ON f.rid = r.rid "
                        + "LEFT JOIN run_updates u ON u.rid = f.rid AND u.seq = f.seq WHERE r.id = ? ORDER BY f.seq")) {
                    ps.setString(1, runId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) out.add(version(rs));
                    }
                }
                return out;
            });
        }
    }

    private static RunVersion version(ResultSet rs) throws SQLException {
        Double co2e = Sql.getDouble(rs, "co2e_g");
        String end = rs.getString(6);
        return new RunVersion(rs.getInt(1), Timestamps.parse(rs.getString(2)), Energy.ofJoules(rs.getDouble(3)),
                Energy.ofJoules(rs.getDouble(4)), co2e == null ? null : Co2e.ofGrams(co2e),
                end == null ? null : Timestamps.parse(end), rs.getString(7));
    }

    /**
     * Sums over the runs closed in [from, to) (each run's end as {@link RunRepository#list} reads it, its latest
     * footprint only), grouped as {@link ClosedTotals} describes: three queries whatever the number of runs, no
     * run read whole.
     */
    public ClosedTotals closedTotals(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        ClosedTotalsQuery q = new ClosedTotalsQuery(dialect, Timestamps.format(Timestamps.truncate(from)),
                Timestamps.format(Timestamps.truncate(to)));
        synchronized (c) {
            return Sql.read(c, ledger, "sum closed runs", q::run);
        }
    }

    /**
     * What {@code /metrics} exposes of the stored runs ({@link MetricTotals}): the closed runs' component energy and
     * CO2e (latest footprints) by team, project, model, phase (and provenance kind), and every run by status. Three
     * aggregate queries whatever the number of runs; no run is read whole.
     */
    public MetricTotals metricTotals() {
        synchronized (c) {
            return Sql.read(c, ledger, "sum the runs for /metrics", MetricTotalsQuery::run);
        }
    }

    /**
     * Per UTC year of the runs closed in [from, to) (each run's end as {@link #closedTotals} reads it): the months
     * with a closed run that has a footprint, and the runs whose latest footprint was recomputed after the year
     * ended ({@link YearHistory}); years without a closed run with a footprint or a recomputed run are absent.
     * Two queries whatever the number of runs.
     */
    public java.util.Map<Integer, YearHistory> yearHistory(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        YearHistoryQuery q = new YearHistoryQuery(Timestamps.format(Timestamps.truncate(from)),
                Timestamps.format(Timestamps.truncate(to)));
        synchronized (c) {
            return Sql.read(c, ledger, "read the history of closed years", q::run);
        }
    }
}
