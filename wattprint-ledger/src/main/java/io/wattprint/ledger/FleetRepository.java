package io.wattprint.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The fleet registry of the server ({@code agent_hosts}, {@code agent_gpus}, {@code agent_host_runs}; V18): the hosts
 * agents send runs from, their GPUs by UUID, and which runs came from which host. The one part of the ledger that is
 * updated in place: a host's name, agent version and last-seen time, a GPU's model, host and last-seen time are the
 * latest sent (an earlier batch arriving late never moves a last-seen time back). Energy is never stored here.
 *
 * <p>Calls are serialised on the ledger's connection. Failures surface as {@link LedgerException}.
 */
public final class FleetRepository {
    private final Connection c;
    private final String ledger;

    FleetRepository(Connection connection, String ledger) {
        this.c = connection;
        this.ledger = ledger;
    }

    /** A GPU an agent reported: its UUID and model (null when the agent could not read it). */
    public record Gpu(String uuid, String model) {
        public Gpu {
            Objects.requireNonNull(uuid, "uuid");
        }
    }

    /** A GPU as registered, with when the server first and last heard of it. */
    public record SeenGpu(String uuid, String model, Instant firstSeen, Instant lastSeen) {}

    /**
     * A host as registered: its id, name, agent version, first and last seen, its GPUs, and how many of the runs the
     * caller may see it sent had measured energy and how many only estimated.
     */
    public record Host(String hostId, String host, String agentVersion, Instant firstSeen, Instant lastSeen, List<SeenGpu> gpus,
                       int measuredRuns, int estimatedRuns) {}

    /**
     * Records that host {@code hostId} (named {@code host}, agent {@code agentVersion}) sent run {@code runId} at
     * {@code seen} with these GPUs; {@code measured} when some of the batch's intervals were measured. One transaction.
     */
    public void saw(String hostId, String host, String agentVersion, List<Gpu> gpus, String runId, boolean measured, Instant seen) {
        Objects.requireNonNull(hostId, "hostId");
        Objects.requireNonNull(runId, "runId");
        long us = Timestamps.micros(Timestamps.truncate(seen));
        synchronized (c) {
            Sql.transaction(c, ledger, "register host " + hostId, c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO agent_hosts (host_id, host, agent_version, first_seen_us, "
                        + "last_seen_us) VALUES (?, ?, ?, ?, ?) ON CONFLICT (host_id) DO UPDATE SET "
                        + "host = CASE WHEN excluded.last_seen_us >= agent_hosts.last_seen_us THEN excluded.host ELSE agent_hosts.host END, "
                        + "agent_version = CASE WHEN excluded.last_seen_us >= agent_hosts.last_seen_us THEN excluded.agent_version "
                        + "ELSE agent_hosts.agent_version END, "
                        + "last_seen_us = CASE WHEN excluded.last_seen_us > agent_hosts.last_seen_us THEN excluded.last_seen_us "
                        + "ELSE agent_hosts.last_seen_us END")) {
                    ps.setString(1, hostId);
                    Sql.setText(ps, 2, host);
                    Sql.setText(ps, 3, agentVersion);
                    ps.setLong(4, us);
                    ps.setLong(5, us);
                    ps.executeUpdate();
                }
                if (!gpus.isEmpty()) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO agent_gpus (uuid, host_id, model, first_seen_us, "
                            + "last_seen_us) VALUES (?, ?, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE SET "
                            + "host_id = CASE WHEN excluded.last_seen_us >= agent_gpus.last_seen_us THEN excluded.host_id ELSE agent_gpus.host_id END, "
                            + "model = CASE WHEN excluded.last_seen_us >= agent_gpus.last_seen_us THEN excluded.model ELSE agent_gpus.model END, "
                            + "last_seen_us = CASE WHEN excluded.last_seen_us > agent_gpus.last_seen_us THEN excluded.last_seen_us "
                            + "ELSE agent_gpus.last_seen_us END")) {
                        for (Gpu g : gpus) {
                            ps.setString(1, g.uuid());
                            ps.setString(2, hostId);
                            Sql.setText(ps, 3, g.model());
                            ps.setLong(4, us);
                            ps.setLong(5, us);
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO agent_host_runs (host_id, run_id, measured) VALUES (?, ?, ?) "
                        + "ON CONFLICT (host_id, run_id) DO UPDATE SET measured = CASE WHEN excluded.measured > agent_host_runs.measured "
                        + "THEN excluded.measured ELSE agent_host_runs.measured END")) {
                    ps.setString(1, hostId);
                    ps.setString(2, runId);
                    ps.setInt(3, measured ? 1 : 0);
                    ps.executeUpdate();
                }
                return null;
            });
        }
    }

    /** A host's last contact, as {@code /metrics} shows it: no GPUs, no run counts. */
    public record LastSeen(String hostId, String host, String agentVersion, Instant lastSeen) {}

    /** How many hosts are registered. */
    public long hostCount() {
        synchronized (c) {
            return Sql.read(c, ledger, "count the fleet", c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM agent_hosts"); ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            });
        }
    }

    /**
     * The {@code limit} hosts heard from most recently, latest first (ties by host id): one read of {@code agent_hosts}
     * alone, cheap enough for every scrape of {@code /metrics}.
     */
    public List<LastSeen> lastSeen(int limit) {
        if (limit < 0) throw new IllegalArgumentException("limit must not be negative, got " + limit);
        synchronized (c) {
            return Sql.read(c, ledger, "read the fleet's last contacts", c -> {
                List<LastSeen> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT host_id, host, agent_version, last_seen_us FROM agent_hosts "
                        + "ORDER BY last_seen_us DESC, host_id LIMIT " + limit); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new LastSeen(rs.getString(1), rs.getString(2), rs.getString(3), Timestamps.ofMicros(rs.getLong(4))));
                    }
                }
                return out;
            });
        }
    }

    /**
     * The registered hosts, by host id, with their GPUs. {@code team} and {@code project} (each null for no
     * restriction) keep only hosts that sent runs of that team and project, and count only those runs; with neither,
     * every host is listed, also one whose runs are all another's.
     */
    public List<Host> hosts(String team, String project) {
        boolean restricted = team != null || project != null;
        String runFilter = (team != null ? " AND r.team = ?" : "") + (project != null ? " AND r.project = ?" : "");
        String sql = "SELECT h.host_id, h.host, h.agent_version, h.first_seen_us, h.last_seen_us, "
                + "COALESCE(SUM(CASE WHEN r.id IS NOT NULL AND hr.measured = 1 THEN 1 ELSE 0 END), 0) AS measured_runs, "
                + "COALESCE(SUM(CASE WHEN r.id IS NOT NULL AND hr.measured = 0 THEN 1 ELSE 0 END), 0) AS estimated_runs "
                + "FROM agent_hosts h LEFT JOIN agent_host_runs hr ON hr.host_id = h.host_id "
                + "LEFT JOIN runs r ON r.id = hr.run_id" + runFilter
                + " GROUP BY h.host_id, h.host, h.agent_version, h.first_seen_us, h.last_seen_us"
                + (restricted ? " HAVING SUM(CASE WHEN r.id IS NOT NULL THEN 1 ELSE 0 END) > 0" : "")
                + " ORDER BY h.host_id";
        synchronized (c) {
            return Sql.read(c, ledger, "read the fleet", c -> {
                Map<String, Host> out = new LinkedHashMap<>();
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    int i = 1;
                    if (team != null) ps.setString(i++, team);
                    if (project != null) ps.setString(i, project);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String id = rs.getString(1);
                            out.put(id, new Host(id, rs.getString(2), rs.getString(3), Timestamps.ofMicros(rs.getLong(4)),
                                    Timestamps.ofMicros(rs.getLong(5)), new ArrayList<>(), rs.getInt(6), rs.getInt(7)));
                        }
                    }
                }
                if (out.isEmpty()) return List.of();
                try (PreparedStatement ps = c.prepareStatement("SELECT host_id, uuid, model, first_seen_us, last_seen_us FROM agent_gpus "
                        + "ORDER BY host_id, uuid"); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Host h = out.get(rs.getString(1));
                        if (h != null) {
                            h.gpus().add(new SeenGpu(rs.getString(2), rs.getString(3), Timestamps.ofMicros(rs.getLong(4)),
                                    Timestamps.ofMicros(rs.getLong(5))));
                        }
                    }
                }
                List<Host> list = new ArrayList<>();
                for (Host h : out.values()) {
                    list.add(new Host(h.hostId(), h.host(), h.agentVersion(), h.firstSeen(), h.lastSeen(), List.copyOf(h.gpus()),
                            h.measuredRuns(), h.estimatedRuns()));
                }
                return List.copyOf(list);
            });
        }
    }
}
