package io.wattprint.ledger;

import io.wattprint.core.cloud.CloudEmission;
import io.wattprint.core.cloud.ModelVersions;
import io.wattprint.core.model.Period;
import io.wattprint.core.quantity.Co2e;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Emissions cloud providers reported (AWS, Google Cloud, Azure exports). Append-only: a figure is
 * identified by {@link CloudEmission#figureKey()} and its model version. {@link #add} stores nothing
 * for a figure equal to the latest one stored for its key and model (an idempotent re-import), and a
 * different one with the next seq (an updated export), which supersedes the earlier from then on.
 * {@link #current} returns, per group ({@link CloudEmission#groupKey()}), the figures of the newest
 * model version only, the latest seq of each; {@link #history} returns every row ever stored.
 *
 * <p>Calls are serialised on the ledger's connection; failures surface as {@link LedgerException}.
 */
public final class CloudEmissionRepository {
    /** What a batch did: for each figure, in order, whether it was stored (false: equal to what was stored already). */
    public record Added(List<Boolean> stored) {
        public Added { stored = List.copyOf(stored); }

        public int added() { return (int) stored.stream().filter(b -> b).count(); }

        public int unchanged() { return stored.size() - added(); }
    }

    /** A stored row: the figure, its seq for its key and model, the import that brought it, and whether reads use it. */
    public record Recorded(CloudEmission emission, int seq, String importId, boolean current) {}

    private static final String COLUMNS = "provider, model_version, payer_account, account, project, service, region, "
            + "location, period_start, period_end, scope, method, co2e_g, source_kind, seq, import_id, figure_key, group_key";

    private final Connection c;
    private final String ledger;

    CloudEmissionRepository(Connection connection, String ledger) {
        this.c = connection;
        this.ledger = ledger;
    }

    /** Stores a batch in one transaction; {@code importId} names the import the rows came from. */
    public Added add(List<CloudEmission> batch, String importId) {
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(importId, "importId");
        if (batch.isEmpty()) return new Added(List.of());
        synchronized (c) {
            return Sql.transaction(c, ledger, "store " + batch.size() + " cloud emission figures", c -> {
                List<Boolean> stored = new ArrayList<>();
                String now = Timestamps.format(Timestamps.truncate(Instant.now()));
                try (PreparedStatement latest = c.prepareStatement("SELECT seq, co2e_g FROM cloud_emissions "
                        + "WHERE figure_key = ? AND model_version = ? ORDER BY seq DESC LIMIT 1");
                     PreparedStatement insert = c.prepareStatement("INSERT INTO cloud_emissions (" + COLUMNS
                             + ", recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (CloudEmission e : batch) {
                        latest.setString(1, e.figureKey());
                        latest.setString(2, e.modelVersion());
                        int seq = 1;
                        try (ResultSet rs = latest.executeQuery()) {
                            if (rs.next()) {
                                if (rs.getDouble(2) == e.co2e().grams()) {
                                    stored.add(false);
                                    continue;
                                }
                                seq = rs.getInt(1) + 1;
                            }
                        }
                        bind(insert, e, seq, importId, now);
                        insert.executeUpdate();
                        stored.add(true);
                    }
                }
                return new Added(stored);
            });
        }
    }

    /**
     * The figures reads count, for periods starting in [{@code from}, {@code to}) (either may be null:
     * unbounded): per group the newest model version only, and of each figure its latest seq. Ordered
     * by period, provider, group, scope and method.
     */
    public List<CloudEmission> current(Instant from, Instant to) {
        return history(from, to).stream().filter(Recorded::current).map(Recorded::emission).toList();
    }

    /** Every row stored for periods starting in [{@code from}, {@code to}), superseded ones included, flagged. */
    public List<Recorded> history(Instant from, Instant to) {
        synchronized (c) {
            return Sql.read(c, ledger, "read cloud emissions", c -> {
                StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM cloud_emissions WHERE 1 = 1");
                if (from != null) sql.append(" AND period_start >= ?");
                if (to != null) sql.append(" AND period_start < ?");
                List<Recorded> rows = new ArrayList<>();
                List<String> keys = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                    int i = 1;
                    if (from != null) ps.setString(i++, Timestamps.format(from));
                    if (to != null) ps.setString(i, Timestamps.format(to));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new Recorded(read(rs), rs.getInt("seq"), rs.getString("import_id"), false));
                            keys.add(rs.getString("group_key"));
                        }
                    }
                }
                return flagCurrent(rows, keys);
            });
        }
    }

    /** Marks, per group, the latest seq of each figure of the newest model version as current. */
    private static List<Recorded> flagCurrent(List<Recorded> rows, List<String> groupKeys) {
        Map<String, String> newestModel = new LinkedHashMap<>();
        Map<String, Integer> latestSeq = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            CloudEmission e = rows.get(i).emission();
            newestModel.merge(groupKeys.get(i), e.modelVersion(),
                    (a, b) -> ModelVersions.compare(a, b) >= 0 ? a : b);
            latestSeq.merge(e.figureKey() + "#" + e.modelVersion(), rows.get(i).seq(), Math::max);
        }
        List<Recorded> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Recorded r = rows.get(i);
            CloudEmission e = r.emission();
            boolean current = e.modelVersion().equals(newestModel.get(groupKeys.get(i)))
                    && r.seq() == latestSeq.get(e.figureKey() + "#" + e.modelVersion());
            out.add(new Recorded(e, r.seq(), r.importId(), current));
        }
        out.sort(Comparator.comparing((Recorded r) -> r.emission().period().from())
                .thenComparing(r -> r.emission().provider())
                .thenComparing(r -> r.emission().groupKey())
                .thenComparing(r -> r.emission().figureKey())
                .thenComparing(r -> r.emission().modelVersion(), ModelVersions.ORDER)
                .thenComparingInt(Recorded::seq));
        return out;
    }

    private static void bind(PreparedStatement ps, CloudEmission e, int seq, String importId, String now) throws SQLException {
        ps.setString(1, e.provider());
        ps.setString(2, e.modelVersion());
        Sql.setText(ps, 3, e.payerAccount());
        Sql.setText(ps, 4, e.account());
        Sql.setText(ps, 5, e.project());
        Sql.setText(ps, 6, e.service());
        Sql.setText(ps, 7, e.region());
        Sql.setText(ps, 8, e.location());
        ps.setString(9, Timestamps.format(e.period().from()));
        ps.setString(10, Timestamps.format(e.period().to()));
        Sql.setInt(ps, 11, e.scope());
        Sql.setText(ps, 12, e.method() == null ? null : e.method().label());
        ps.setDouble(13, e.co2e().grams());
        ps.setString(14, e.sourceKind());
        ps.setInt(15, seq);
        ps.setString(16, importId);
        ps.setString(17, e.figureKey());
        ps.setString(18, e.groupKey());
        ps.setString(19, now);
    }

    private static CloudEmission read(ResultSet rs) throws SQLException {
        String method = rs.getString("method");
        return new CloudEmission(rs.getString("provider"), rs.getString("model_version"), rs.getString("payer_account"),
                rs.getString("account"), rs.getString("project"), rs.getString("service"), rs.getString("region"),
                rs.getString("location"), new Period(Timestamps.parse(rs.getString("period_start")),
                Timestamps.parse(rs.getString("period_end"))), Sql.getInt(rs, "scope"),
                method == null ? null : CloudEmission.Method.parse(method), Co2e.ofGrams(rs.getDouble("co2e_g")),
                rs.getString("source_kind"));
    }
}
