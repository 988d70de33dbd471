package io.wattprint.ledger;

import io.wattprint.core.model.EnergyInterval;
import io.wattprint.core.model.Footprint;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the CodeCarbon-compatible API stores beside runs: CodeCarbon projects and experiments (as its API client creates
 * them), and the emission deltas its trackers send. A delta is stored in one transaction with its intervals and the
 * run's recomputed footprint, keyed by (run, timestamp): a retried delta is found, not stored twice.
 *
 * <p>Every statement is prepared (names are user text). Calls are serialised on the ledger's connection; writes go
 * through {@link Sql#transaction} (SQLite busy retries, PostgreSQL reconnects). Failures surface as
 * {@link LedgerException}.
 */
public final class CodeCarbonApiRepository {
    /** A CodeCarbon project ({@code codecarbon/core/schemas.py} Project), with the team of the token that created it. */
    public record Project(String id, String name, String description, String organizationId, String team, Instant createdAt) {
        public Project {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    /** A CodeCarbon experiment ({@code schemas.py} Experiment), with the team of the token that created it. */
    public record Experiment(String id, String projectId, String name, String description, String timestamp, boolean onCloud,
                             String countryName, String countryIsoCode, String region, String cloudProvider, String cloudRegion,
                             String team, Instant createdAt) {
        public Experiment {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(projectId, "projectId");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    /**
     * One emission delta as CodeCarbon sent it (exact decimals): energies in kWh, emissions in kg, over
     * {@code durationSeconds} ending at {@code timestamp}; {@code bodySha256} tells a retry from a conflicting one.
     */
    public record Delta(String id, Instant timestamp, long durationSeconds, BigDecimal cpuKwh, BigDecimal gpuKwh, BigDecimal ramKwh,
                        BigDecimal energyKwh, BigDecimal emissionsKg, String bodySha256) {
        public Delta {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(timestamp, "timestamp");
            Objects.requireNonNull(bodySha256, "bodySha256");
        }
    }

    /** What {@link #addDelta} did. */
    public enum Outcome {
        /** Stored now. */
        STORED,
        /** The same delta (key and body) was stored before: nothing stored, its id returned. */
        REPEATED,
        /** Another delta with the same run and timestamp is stored: nothing stored. */
        CONFLICT,
        /** The delta's interval starts where one of the run's intervals already starts (overlapping deltas): nothing stored. */
        OVERLAP
    }

    /** The outcome and the id of the delta stored (for a conflict, the stored delta's id). */
    public record Added(Outcome outcome, String id) {}

    private static final String DELTA_COLUMNS = "id, ts_us, duration_s, cpu_energy_kwh, gpu_energy_kwh, ram_energy_kwh, "
            + "energy_consumed_kwh, emissions_sum_kg, body_sha256";
    private static final String INSERT_DELTA = "INSERT INTO codecarbon_deltas (rid, " + DELTA_COLUMNS + ", received_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String EXPERIMENT_COLUMNS = "id, project_id, name, description, experiment_ts, on_cloud, country_name, "
            + "country_iso_code, region, cloud_provider, cloud_region, team, created_at";

    private final Connection c;
    private final String ledger;

    CodeCarbonApiRepository(Connection connection, String ledger) {
        this.c = connection;
        this.ledger = ledger;
    }

    /** Stores a project (its id is new: a UUID the caller drew). */
    public void addProject(Project p) {
        synchronized (c) {
            Sql.transaction(c, ledger, "store CodeCarbon project " + p.id(), c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO codecarbon_projects (id, name, description, "
                        + "organization_id, team, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, p.id());
                    ps.setString(2, p.name());
                    Sql.setText(ps, 3, p.description());
                    Sql.setText(ps, 4, p.organizationId());
                    Sql.setText(ps, 5, p.team());
                    ps.setString(6, Timestamps.format(p.createdAt()));
                    return ps.executeUpdate();
                }
            });
        }
    }

    public Optional<Project> project(String id) {
        List<Project> found = projects("SELECT id, name, description, organization_id, team, created_at FROM codecarbon_projects "
                + "WHERE id = ?", id);
        return found.stream().findFirst();
    }

    /** Every project, by creation time then id. */
    public List<Project> projects() {
        return projects("SELECT id, name, description, organization_id, team, created_at FROM codecarbon_projects", null);
    }

    private List<Project> projects(String sql, String param) {
        synchronized (c) {
            return Sql.read(c, ledger, "read CodeCarbon projects", c -> {
                List<Project> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(sql + " ORDER BY created_at, id")) {
                    if (param != null) ps.setString(1, param);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(new Project(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                    Timestamps.parse(rs.getString(6))));
                        }
                    }
                }
                return out;
            });
        }
    }

    /** Stores an experiment; its project must be stored. */
    public void addExperiment(Experiment e) {
        synchronized (c) {
            Sql.transaction(c, ledger, "store CodeCarbon experiment " + e.id(), c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO codecarbon_experiments (" + EXPERIMENT_COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, e.id());
                    ps.setString(2, e.projectId());
                    ps.setString(3, e.name());
                    Sql.setText(ps, 4, e.description());
                    Sql.setText(ps, 5, e.timestamp());
                    ps.setInt(6, e.onCloud() ? 1 : 0);
                    Sql.setText(ps, 7, e.countryName());
                    Sql.setText(ps, 8, e.countryIsoCode());
                    Sql.setText(ps, 9, e.region());
                    Sql.setText(ps, 10, e.cloudProvider());
                    Sql.setText(ps, 11, e.cloudRegion());
                    Sql.setText(ps, 12, e.team());
                    ps.setString(13, Timestamps.format(e.createdAt()));
                    return ps.executeUpdate();
                }
            });
        }
    }

    public Optional<Experiment> experiment(String id) {
        return experiments("SELECT " + EXPERIMENT_COLUMNS + " FROM codecarbon_experiments WHERE id = ?", id).stream().findFirst();
    }

    /** The experiments of a project, or every experiment when {@code projectId} is null; by creation time then id. */
    public List<Experiment> experiments(String projectId) {
        return projectId == null
                ? experiments("SELECT " + EXPERIMENT_COLUMNS + " FROM codecarbon_experiments", null)
                : experiments("SELECT " + EXPERIMENT_COLUMNS + " FROM codecarbon_experiments WHERE project_id = ?", projectId);
    }

    private List<Experiment> experiments(String sql, String param) {
        synchronized (c) {
            return Sql.read(c, ledger, "read CodeCarbon experiments", c -> {
                List<Experiment> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(sql + " ORDER BY created_at, id")) {
                    if (param != null) ps.setString(1, param);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(new Experiment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                    rs.getInt(6) != 0, rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                                    rs.getString(11), rs.getString(12), Timestamps.parse(rs.getString(13))));
                        }
                    }
                }
                return out;
            });
        }
    }

    /**
     * Stores a delta of a run in one transaction: the delta's row, its intervals, and a new footprint version of the run
     * computed by {@code footprint} from the run's intervals summed by the hour (this delta's included), so the run's
     * latest footprint always covers every acknowledged delta. A delta whose (run, timestamp) is stored already is
     * {@link Outcome#REPEATED} when its body hash is the same, else {@link Outcome#CONFLICT}; neither stores anything.
     *
     * @param footprint the run's footprint from its hourly intervals (called inside the transaction; keep it pure)
     * @param dataset the reference data version the footprint is computed with, or null
     * @throws LedgerException when there is no run {@code runId}
     */
    public Added addDelta(String runId, Delta d, List<EnergyInterval> intervals, Function<List<EnergyInterval>, Footprint> footprint,
                          String dataset, Instant now) {
        Objects.requireNonNull(d, "delta");
        Objects.requireNonNull(footprint, "footprint");
        try {
            synchronized (c) {
                return Sql.transaction(c, ledger, "store a CodeCarbon emission of run " + runId, c -> {
                    long rid = RunRow.requireRun(c, runId, ledger).rid();
                    long ts = Timestamps.micros(d.timestamp());
                    int inserted;
                    try (PreparedStatement ps = c.prepareStatement(INSERT_DELTA)) {
                        ps.setLong(1, rid);
                        ps.setString(2, d.id());
                        ps.setLong(3, ts);
                        ps.setLong(4, d.durationSeconds());
                        ps.setString(5, d.cpuKwh().toString());
                        ps.setString(6, d.gpuKwh().toString());
                        ps.setString(7, d.ramKwh().toString());
                        ps.setString(8, d.energyKwh().toString());
                        ps.setString(9, d.emissionsKg().toString());
                        ps.setString(10, d.bodySha256());
                        ps.setString(11, Timestamps.format(Timestamps.truncate(now)));
                        inserted = ps.executeUpdate();
                    }
                    if (inserted == 0) {
                        try (PreparedStatement ps = c.prepareStatement(
                                "SELECT id, body_sha256 FROM codecarbon_deltas WHERE rid = ? AND ts_us = ?")) {
                            ps.setLong(1, rid);
                            ps.setLong(2, ts);
                            try (ResultSet rs = ps.executeQuery()) {
                                if (!rs.next()) throw new SQLException("a CodeCarbon delta id " + d.id() + " is stored already");
                                Outcome o = d.bodySha256().equals(rs.getString(2)) ? Outcome.REPEATED : Outcome.CONFLICT;
                                return new Added(o, rs.getString(1));
                            }
                        }
                    }
                    List<IntervalRow.Keyed> keyed = new ArrayList<>(intervals.size());
                    for (EnergyInterval x : intervals) keyed.add(new IntervalRow.Keyed(rid, x));
                    if (!keyed.isEmpty() && IntervalRow.append(c, keyed) != keyed.size()) throw new Overlap();
                    Footprint f = footprint.apply(IntervalRepository.hourly(c, runId));
                    FootprintRow.save(c, rid, f, dataset, Timestamps.truncate(now));
                    return new Added(Outcome.STORED, d.id());
                });
            }
        } catch (Overlap o) {
            return new Added(Outcome.OVERLAP, null);
        }
    }

    /** Rolls a delta's transaction back when one of its intervals is stored already. */
    private static final class Overlap extends RuntimeException {
        Overlap() { super(null, null, false, false); }
    }

    /** The deltas of a run, by timestamp. */
    public List<Delta> deltas(String runId) {
        synchronized (c) {
            return Sql.read(c, ledger, "read the CodeCarbon emissions of run " + runId, c -> {
                List<Delta> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT " + DELTA_COLUMNS + " FROM codecarbon_deltas "
                        + "WHERE rid = (SELECT rid FROM runs WHERE id = ?) ORDER BY ts_us")) {
                    ps.setString(1, runId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(new Delta(rs.getString(1), Timestamps.ofMicros(rs.getLong(2)), rs.getLong(3),
                                    new BigDecimal(rs.getString(4)), new BigDecimal(rs.getString(5)), new BigDecimal(rs.getString(6)),
                                    new BigDecimal(rs.getString(7)), new BigDecimal(rs.getString(8)), rs.getString(9)));
                        }
                    }
                }
                return out;
            });
        }
    }
}
